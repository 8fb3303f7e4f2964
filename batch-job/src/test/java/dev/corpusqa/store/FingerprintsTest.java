package dev.corpusqa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Stored baselines hold fingerprints: the fast normalisation must equal the regex one it replaced. */
class FingerprintsTest {

    private static String regexForm(String evidence) {
        return evidence.toLowerCase(Locale.ROOT).replaceAll("[0-9]", "0").replaceAll("\\s+", " ").trim();
    }

    @Test
    void normalisationEqualsTheRegexForm() {
        String alphabet = "aZ09 \t\n\u000B\f\r\u00A0\u2003İIßЖé.,%\u0001\u001F-";
        SplittableRandom rnd = new SplittableRandom(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(30);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(Fingerprints.normalize(s)).as("'%s'", s).isEqualTo(regexForm(s));
        }
    }

    @Test
    void measuredValuesAndSpacingDoNotChangeTheFingerprint() {
        assertThat(Fingerprints.of("a.txt", "boilerplate.document-share", "21.1% of the words  flagged"))
                .isEqualTo(Fingerprints.of("a.txt", "boilerplate.document-share", "34.7% of the words flagged"));
        assertThat(Fingerprints.of("a.txt", "r", "x")).isNotEqualTo(Fingerprints.of("b.txt", "r", "x")).hasSize(32);
    }
}
