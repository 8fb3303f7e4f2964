package dev.corpusqa.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * UTF-8 well-formedness (Unicode Table 3-7: no overlong forms, encoded surrogates or code points
 * above U+10FFFF), the one table both the document decoder and the encoding rules' scanner use.
 * The JDK's decoder only answers "malformed" and costs a decode into a CharBuffer; the scanner
 * needs every location and reason, and the decoder a fast yes or no.
 */
public final class Utf8 {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Utf8() {
    }

    /** Continuation bytes a lead byte {@code c} (0x80..0xFF) needs: 1 to 3, or 0 when it never starts a sequence. */
    public static int need(int c) {
        if (c >= 0xC2 && c <= 0xDF) {
            return 1;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            return 2;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            return 3;
        }
        return 0;
    }

    /** Lowest allowed first continuation byte after lead byte {@code c} (excludes overlong forms). */
    public static int firstLow(int c) {
        return c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    }

    /** Highest allowed first continuation byte after lead byte {@code c} (excludes surrogates and > U+10FFFF). */
    public static int firstHigh(int c) {
        return c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    }

    /** Whether {@code b} is well-formed UTF-8: eight ASCII bytes at a time, the table for the rest. */
    public static boolean isWellFormed(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            if (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                i += 8;
                continue;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need = need(c);
            if (need == 0 || i + need >= n) {
                return false; // not a lead byte, or truncated at the end
            }
            int d = b[i + 1] & 0xFF;
            if (d < firstLow(c) || d > firstHigh(c)) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }
}
