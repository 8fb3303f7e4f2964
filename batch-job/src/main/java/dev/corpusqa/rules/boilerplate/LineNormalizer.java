package dev.corpusqa.rules.boilerplate;

import java.util.Locale;

/**
 * The normal form used to compare lines across documents: lower-cased, every digit mapped to 0,
 * punctuation and symbols dropped, runs of white space folded to one space.
 */
public final class LineNormalizer {
    private LineNormalizer() {
    }

    public static String normalize(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        boolean nonAscii = false;
        for (int i = 0; i < line.length();) {
            char c = line.charAt(i);
            if (c < 128) { // ASCII fast path: same classes as the code-point path below
                i++;
                if (c >= '0' && c <= '9') {
                    sb.append('0');
                    space = false;
                } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    sb.append((char) (c | 0x20));
                    space = false;
                } else if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)) {
                    if (!space && sb.length() > 0) {
                        sb.append(' ');
                        space = true;
                    }
                }
                continue;
            }
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                sb.append('0');
                space = false;
            } else if (Character.isLetter(cp)) {
                sb.appendCodePoint(Character.toLowerCase(cp));
                nonAscii = true;
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
        // String.toLowerCase differs from Character.toLowerCase on a few non-ASCII letters; ASCII is done
        return nonAscii ? sb.toString().toLowerCase(Locale.ROOT) : sb.toString();
    }

    /** Number of letters in a normalised line (digits, mapped to 0, and spaces do not count). */
    public static int letters(String normalized) {
        int n = 0;
        for (int i = 0; i < normalized.length(); i++) {
            if (Character.isLetter(normalized.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** 64-bit FNV-1a hash of a string: cheap, stable across runs and JVMs. */
    public static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
