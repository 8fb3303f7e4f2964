package dev.corpusqa.rules.boilerplate;

import java.util.Collection;

/** A small set of words that answers for a region of a string without cutting it out (no allocation). */
final class WordSet {

    private final String[] table;
    private final int mask;
    private final int minLength;
    private final int maxLength;
    /** The chars some word starts with: most words are turned away on their first char. */
    private final boolean[] first = new boolean[Character.MAX_VALUE + 1];

    WordSet(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        table = new String[size];
        mask = size - 1;
        minLength = words.stream().mapToInt(String::length).min().orElse(1);
        maxLength = words.stream().mapToInt(String::length).max().orElse(0);
        for (String w : words) {
            if (!w.isEmpty()) {
                first[w.charAt(0)] = true;
            }
            int i = hash(w, 0, w.length()) & mask;
            while (table[i] != null && !table[i].equals(w)) {
                i = (i + 1) & mask;
            }
            table[i] = w;
        }
    }

    private static int hash(String s, int a, int b) {
        int h = 0;
        for (int i = a; i < b; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    /** Whether {@code Lexicon.fold(s)[a, b)} is in the set, without folding a copy. */
    boolean containsFolded(String s, int a, int b) {
        int len = b - a;
        if (len < minLength || len > maxLength || !first[Lexicon.foldChar(s.charAt(a))]) {
            return false;
        }
        int h = 0;
        for (int i = a; i < b; i++) {
            h = 31 * h + Lexicon.foldChar(s.charAt(i));
        }
        h ^= h >>> 16;
        for (int i = h & mask; table[i] != null; i = (i + 1) & mask) {
            String w = table[i];
            if (w.length() == len && equalsFolded(s, a, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsFolded(String s, int a, String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Lexicon.foldChar(s.charAt(a + i)) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    boolean contains(String s, int a, int b) {
        int len = b - a;
        if (len < minLength || len > maxLength || !first[s.charAt(a)]) {
            return false;
        }
        for (int i = hash(s, a, b) & mask; table[i] != null; i = (i + 1) & mask) {
            String w = table[i];
            if (w.length() == len && s.regionMatches(a, w, 0, len)) {
                return true;
            }
        }
        return false;
    }
}
