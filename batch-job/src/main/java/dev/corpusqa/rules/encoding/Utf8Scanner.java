package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Utf8;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds malformed UTF-8 sequences with their byte offsets, following the Unicode standard's
 * well-formedness table (Table 3-7): overlong forms, encoded surrogates (CESU-8 / Java modified
 * UTF-8), code points above U+10FFFF, truncated and stray continuation bytes are all errors. The
 * JDK's decoder only says "malformed"; we need every location, so this small scanner is ours.
 */
public final class Utf8Scanner {

    private Utf8Scanner() {
    }

    /** One malformed sequence: [start, end) in bytes and why. */
    public record Bad(int start, int end, String reason) {
    }

    /** The malformed sequences, at most {@code limit} listed; {@code total[0]} receives the full count. */
    public static List<Bad> scan(byte[] b, int limit, int[] total) {
        return scan(b, limit, total, false);
    }

    /** The first {@code limit} malformed sequences; stops there instead of counting the rest. */
    public static List<Bad> first(byte[] b, int limit) {
        return scan(b, limit, null, true);
    }

    /** Placeholder reason while scanning; the byte is named only for sequences that are listed. */
    private static final String NEVER = "never appears in UTF-8";

    private static List<Bad> scan(byte[] b, int limit, int[] total, boolean stopAtLimit) {
        List<Bad> out = new ArrayList<>();
        int count = 0;
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need = Utf8.need(c);
            int lo = Utf8.firstLow(c);
            int hi = Utf8.firstHigh(c);
            String reason = null;
            if (need == 0) {
                reason = c >= 0x80 && c <= 0xBF ? "stray continuation byte" : c == 0xC0 || c == 0xC1 ? "overlong encoding"
                        : NEVER;
            }
            int j = i + 1;
            if ((c == 0xC0 || c == 0xC1) && j < n && (b[j] & 0xC0) == 0x80) {
                j++; // an overlong two-byte form: one bad sequence, not two
            }
            if (reason == null) {
                for (int k = 0; k < need; k++, j++) {
                    if (j >= n) {
                        reason = "truncated sequence at end of file";
                        break;
                    }
                    int d = b[j] & 0xFF;
                    int l = k == 0 ? lo : 0x80;
                    int h = k == 0 ? hi : 0xBF;
                    if (d < l || d > h) {
                        if (k == 0 && c == 0xED && d >= 0xA0 && d <= 0xBF) {
                            reason = "encoded surrogate (CESU-8 / modified UTF-8)";
                        } else if (k == 0 && (c == 0xE0 || c == 0xF0) && d >= 0x80 && d < lo) {
                            reason = "overlong encoding";
                        } else if (k == 0 && c == 0xF4 && d > 0x8F) {
                            reason = "code point above U+10FFFF";
                        } else {
                            reason = "truncated sequence";
                        }
                        if (reason.startsWith("encoded surrogate") || reason.startsWith("overlong")) {
                            j = Math.min(n, i + need + 1); // swallow the whole bad sequence
                        }
                        break;
                    }
                }
            }
            if (reason == null) {
                i = j;
                continue;
            }
            count++;
            if (out.size() < limit) {
                out.add(new Bad(i, Math.max(i + 1, j), reason == NEVER ? "byte 0x" + Integer.toHexString(c).toUpperCase() + " " + NEVER : reason));
            } else if (stopAtLimit) {
                break;
            }
            i = Math.max(i + 1, j);
        }
        if (total != null && total.length > 0) {
            total[0] = count;
        }
        return out;
    }

    public static boolean isValid(byte[] b) {
        return Utf8.isWellFormed(b);
    }
}
