package dev.corpusqa.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Document}'s own UTF-8 check and line index must agree exactly with the JDK's strict
 * decoder and with the plain definition of a line (LF, CRLF or a lone CR ends it).
 */
class DocumentDecodingTest {

    /** The JDK's strict decoding: the reference. */
    private static String jdkStrict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void edgeCasesAgreeWithTheJdk() {
        int[][] cases = {
            {}, {0x41}, {0xC3, 0xA9}, {0xC3}, {0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80}, {0xE0, 0xA0, 0x80},
            {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xEF, 0xBB, 0xBF, 0x41}, {0xF0, 0x8F, 0xBF, 0xBF}, {0xF0, 0x90, 0x80, 0x80},
            {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0x80}, {0xE2, 0x82},
            {0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0xE2, 0x82, 0xAC}, {0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0xE2, 0x82},
        };
        for (int[] c : cases) {
            byte[] b = new byte[c.length];
            for (int i = 0; i < c.length; i++) {
                b[i] = (byte) c[i];
            }
            assertThat(Document.strictUtf8(b)).as(java.util.Arrays.toString(c)).isEqualTo(jdkStrict(b));
        }
    }

    @Test
    void randomBytesAgreeWithTheJdk() {
        SplittableRandom rnd = new SplittableRandom(17);
        int valid = 0;
        for (int n = 0; n < 20_000; n++) {
            byte[] b = randomUtf8ish(rnd, rnd.nextInt(40));
            String expected = jdkStrict(b);
            valid += expected == null ? 0 : 1;
            assertThat(Document.strictUtf8(b)).as(java.util.HexFormat.of().formatHex(b)).isEqualTo(expected);
        }
        assertThat(valid).as("both outcomes are exercised").isBetween(2_000, 18_000);
    }

    /** Mostly ASCII runs and well-formed sequences, with a few broken or out-of-range bytes. */
    private static byte[] randomUtf8ish(SplittableRandom rnd, int units) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int u = 0; u < units; u++) {
            int kind = rnd.nextInt(20);
            if (kind < 10) {
                out.write(0x20 + rnd.nextInt(0x5F));
            } else if (kind < 16) {
                int cp = switch (rnd.nextInt(4)) {
                    case 0 -> 0x80 + rnd.nextInt(0x780);
                    case 1 -> 0x800 + rnd.nextInt(0xF800);
                    case 2 -> 0x10000 + rnd.nextInt(0x100000);
                    default -> 0xD800 + rnd.nextInt(0x800); // a surrogate: String.getBytes makes '?', so encode by hand below
                };
                out.writeBytes(encode(cp));
            } else if (kind < 18) {
                out.write(rnd.nextInt(256));
            } else {
                byte[] e = encode(0x800 + rnd.nextInt(0xF800));
                out.write(e, 0, 1 + rnd.nextInt(e.length)); // possibly truncated
            }
        }
        return out.toByteArray();
    }

    /** UTF-8 bytes of a code point, surrogates included (as CESU-8 would write them). */
    private static byte[] encode(int cp) {
        if (cp < 0x80) {
            return new byte[] {(byte) cp};
        } else if (cp < 0x800) {
            return new byte[] {(byte) (0xC0 | cp >> 6), (byte) (0x80 | cp & 0x3F)};
        } else if (cp < 0x10000) {
            return new byte[] {(byte) (0xE0 | cp >> 12), (byte) (0x80 | cp >> 6 & 0x3F), (byte) (0x80 | cp & 0x3F)};
        }
        return new byte[] {(byte) (0xF0 | cp >> 18), (byte) (0x80 | cp >> 12 & 0x3F), (byte) (0x80 | cp >> 6 & 0x3F), (byte) (0x80 | cp & 0x3F)};
    }

    @Test
    void lineIndexFollowsLfCrlfAndLoneCr() {
        SplittableRandom rnd = new SplittableRandom(5);
        String[] pieces = {"a", "bc", "\n", "\r\n", "\r", "é", " "};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(12);
            for (int i = 0; i < len; i++) {
                sb.append(pieces[rnd.nextInt(rnd.nextBoolean() ? 3 : pieces.length)]);
            }
            String t = sb.toString();
            Document d = Document.ofText("t.txt", t);
            List<Integer> expected = new ArrayList<>(List.of(0));
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n'))) {
                    expected.add(i + 1);
                }
            }
            List<Integer> actual = new ArrayList<>();
            for (int line = 1; line <= d.lineCount(); line++) {
                actual.add(d.lineStart(line));
            }
            assertThat(actual).as(t.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(expected);
        }
    }

    @Test
    void invalidBytesGetTheLenientDecoding() {
        Document d = Document.of("x.txt", new byte[] {'a', (byte) 0xC3, 'b'}, Map.of());
        assertThat(d.isValidUtf8()).isFalse();
        assertThat(d.text()).isEqualTo("a\uFFFDb");
    }
}
