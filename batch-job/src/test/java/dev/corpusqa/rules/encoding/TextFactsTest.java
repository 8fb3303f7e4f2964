package dev.corpusqa.rules.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Each flag of {@link TextFacts} is set whenever the rule it lets return early could find something. */
class TextFactsTest {

    private static final String[] PIECES = {"a", "Z", " ", "\n", "\r", "\r\n", "\t", "\u0001", "\u001B", "\u007F", "\u0080", "\u0085",
        "\u0092", "\u00A0", "Ã", "Ã©", "â€™", "Â", "é", "e\u0301", "\u0301", "\u212B", "\u2126", "ГЃ", "Рѕ", "о", "α", "μ", "Ω",
        "\u200B", "\u200C", "\u200D", "\u2060", "\u202A", "\u202E", "\u2066", "\u2069", "\uFEFF", "\uFFFD", "’", "“", "—", "…",
        "\uF900", "\uAC00", "\u1100\u1161", "ᄀ", "\uD83D\uDE00", "\uD800", "ſ", "ﬁ", "&amp;", "x"};

    private static String randomText(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void flagsAreNecessaryConditions() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 300_000; i++) {
            String t = randomText(r);
            int f = TextFacts.scan(t);
            if (!MojibakeDetector.find(t, Integer.MAX_VALUE).isEmpty()) {
                assertThat(f & TextFacts.MOJIBAKE_START).as(t).isNotZero();
            }
            if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
                assertThat(f & TextFacts.NOT_INERT).as(t).isNotZero();
            }
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if (ControlCharRule.isControl(c)) {
                    assertThat(f & (TextFacts.C0 | TextFacts.C1)).as(t).isNotZero();
                }
                if (ZeroWidthRule.isZeroWidth(c)) {
                    assertThat(f & TextFacts.ZERO_WIDTH).as(t).isNotZero();
                }
                if (BidiControlRule.isBidi(c)) {
                    assertThat(f & TextFacts.BIDI).as(t).isNotZero();
                }
                if (c == 0xA0) {
                    assertThat(f & TextFacts.NBSP).as(t).isNotZero();
                }
                if (c == '\r') {
                    assertThat(f & TextFacts.CR).as(t).isNotZero();
                }
                if (Character.isLetter(c) && c >= 0x80 && (UnicodeScript.of(c) == UnicodeScript.CYRILLIC || UnicodeScript.of(c) == UnicodeScript.GREEK)) {
                    assertThat(f & TextFacts.CYRILLIC_GREEK).as(t).isNotZero();
                }
            }
        }
    }

    @Test
    void byteScanFindsEveryPosition() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[r.nextInt(40)];
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) (r.nextInt(4) == 0 ? 0x1B : r.nextInt(256));
            }
            int from = b.length == 0 ? 0 : r.nextInt(b.length);
            int expected = -1;
            for (int k = from; k < b.length; k++) {
                if (b[k] == 0x1B) {
                    expected = k;
                    break;
                }
            }
            assertThat(ByteScan.indexOf(b, from, b.length, (byte) 0x1B)).isEqualTo(expected);
        }
    }
}
