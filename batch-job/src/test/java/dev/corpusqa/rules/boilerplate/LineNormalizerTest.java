package dev.corpusqa.rules.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ASCII fast path of the line normal form must equal the general code-point form. */
class LineNormalizerTest {

    /** The normal form as first written, one code point at a time. */
    private static String reference(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length();) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                sb.append('0');
                space = false;
            } else if (Character.isLetter(cp)) {
                sb.appendCodePoint(Character.toLowerCase(cp));
                space = false;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!space && sb.length() > 0) {
                    sb.append(' ');
                    space = true;
                }
            }
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') {
            sb.setLength(n - 1);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    @Test
    void equalsTheCodePointForm() {
        SplittableRandom rnd = new SplittableRandom(5);
        String extra = "\u00A0\u2003İıßЖж٣é\uD83D\uDE00";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(rnd.nextInt(4) == 0 ? extra.charAt(rnd.nextInt(extra.length())) : (char) rnd.nextInt(128));
            }
            String s = sb.toString();
            assertThat(LineNormalizer.normalize(s)).as("%s", s).isEqualTo(reference(s));
        }
        assertThat(LineNormalizer.normalize("  Sign up for our Newsletter, 2024!  ")).isEqualTo("sign up for our newsletter 0000");
    }
}
