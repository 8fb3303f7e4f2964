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
