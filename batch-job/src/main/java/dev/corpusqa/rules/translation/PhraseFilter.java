package dev.corpusqa.rules.translation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a text can hold any of a set of phrases, compared the way {@code org.ahocorasick}'s
 * {@code ignoreCase()} trie compares (phrases lower-cased with {@link String#toLowerCase()}, each text
 * character with {@link Character#toLowerCase(char)}), without the whole-word test. A
 * deterministic Aho-Corasick automaton in flat arrays: one table look-up per character, no boxing.
 * A text it rejects yields no emit in that trie, so the trie (which boxes every character into a
 * hash-map look-up) only runs on the few texts that may match.
 */
final class PhraseFilter {

    private final short[] classOf = new short[0x10000]; // character -> alphabet index, 0 = in no phrase
    private final int alphabet;
    private final int[] delta; // state * alphabet + class -> state
    private final boolean[] output;

    PhraseFilter(Collection<String> phrases) {
        List<Map<Integer, Integer>> go = new ArrayList<>();
        List<Boolean> out = new ArrayList<>();
        go.add(new HashMap<>());
        out.add(false);
        int classes = 1;
        for (String p : phrases) {
            String k = p.toLowerCase();
            if (k.isEmpty()) {
                continue;
            }
            int s = 0;
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                if (classOf[c] == 0) {
                    classOf[c] = (short) classes++;
                }
                Integer next = go.get(s).get((int) classOf[c]);
                if (next == null) {
                    next = go.size();
                    go.add(new HashMap<>());
                    out.add(false);
                    go.get(s).put((int) classOf[c], next);
                }
                s = next;
            }
            out.set(s, true);
        }
        alphabet = classes;
        int states = go.size();
        delta = new int[states * alphabet];
        output = new boolean[states];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int a = 0; a < alphabet; a++) {
            Integer next = go.get(0).get(a);
            delta[a] = next == null ? 0 : next;
            if (next != null) {
                fail[next] = 0;
                queue.add(next);
            }
        }
        output[0] = out.get(0);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            output[s] = out.get(s) || output[fail[s]];
            for (int a = 0; a < alphabet; a++) {
                Integer next = go.get(s).get(a);
                if (next == null) {
                    delta[s * alphabet + a] = delta[fail[s] * alphabet + a];
                } else {
                    delta[s * alphabet + a] = next;
                    fail[next] = delta[fail[s] * alphabet + a];
                    queue.add(next);
                }
            }
        }
    }

    /** Whether some phrase occurs in {@code t} (case-insensitively, word boundaries not checked). */
    boolean mayMatch(CharSequence t) {
        int s = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            s = delta[s * alphabet + classOf[Character.toLowerCase(t.charAt(i))]];
            if (output[s]) {
                return true;
            }
        }
        return false;
    }
}
