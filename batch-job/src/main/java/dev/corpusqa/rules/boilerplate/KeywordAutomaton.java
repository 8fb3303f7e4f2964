package dev.corpusqa.rules.boilerplate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over chars, compiled to a DFA: every occurrence of every keyword in one
 * pass, one table look-up per char and no allocation. Chars that occur in no keyword share one class
 * (they lead back to the start), the others get a class each, so the table has
 * {@code states x (classes + 1)} entries. Hits come in order of their end; hits that end at the same
 * char come in keyword order.
 */
final class KeywordAutomaton {

    /** Receives each occurrence: the keyword's index, its start and end (exclusive). */
    interface Sink {
        void hit(int keyword, int start, int end);
    }

    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    /** The class of each input char: {@code classOf} itself, or of the char after {@link Lexicon#foldChar}. */
    private final char[] inputClass;
    private final int classes;
    /** The DFA: next state = delta[state * classes + classOf[c]]. */
    private final int[] delta;
    private final char[][] labels;
    private final int[][] targets;
    private final int[] fail;
    private final int[][] out;
    private final int[] length;

    /** @param keywords distinct, non-empty keywords; a hit reports the keyword's index in this list */
    KeywordAutomaton(List<String> keywords) {
        this(keywords, false);
    }

    /**
     * @param keywords distinct, non-empty keywords
     * @param folding  read the text as {@link Lexicon#fold} would make it (the keywords being folded
     *                 already), without making the folded copy
     */
    KeywordAutomaton(List<String> keywords, boolean folding) {
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        children.add(new TreeMap<>());
        own.add(new ArrayList<>());
        length = new int[keywords.size()];
        for (int k = 0; k < keywords.size(); k++) {
            String w = keywords.get(k);
            if (w.isEmpty()) {
                throw new IllegalArgumentException("empty keyword");
            }
            length[k] = w.length();
            int st = 0;
            for (int i = 0; i < w.length(); i++) {
                Integer next = children.get(st).get(w.charAt(i));
                if (next == null) {
                    next = children.size();
                    children.add(new TreeMap<>());
                    own.add(new ArrayList<>());
                    children.get(st).put(w.charAt(i), next);
                }
                st = next;
            }
            own.get(st).add(k);
        }
        int n = children.size();
        labels = new char[n][];
        targets = new int[n][];
        fail = new int[n];
        out = new int[n][];
        for (int s = 0; s < n; s++) {
            TreeMap<Character, Integer> c = children.get(s);
            labels[s] = new char[c.size()];
            targets[s] = new int[c.size()];
            int i = 0;
            for (Map.Entry<Character, Integer> e : c.entrySet()) {
                labels[s][i] = e.getKey();
                targets[s][i] = e.getValue();
                i++;
            }
        }
        int cls = 1;
        for (String w : keywords) {
            for (int i = 0; i < w.length(); i++) {
                if (classOf[w.charAt(i)] == 0) {
                    if (cls == Character.MAX_VALUE) {
                        throw new IllegalArgumentException("too many distinct chars in keywords");
                    }
                    classOf[w.charAt(i)] = (char) cls++;
                }
            }
        }
        classes = cls;
        if (folding) {
            inputClass = new char[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                inputClass[c] = classOf[Lexicon.foldChar((char) c)];
            }
        } else {
            inputClass = classOf;
        }
        // breadth first: failure links, and each state's output = its own keywords + its failure state's
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        List<List<Integer>> outs = new ArrayList<>(own);
        for (int t : targets[0]) {
            fail[t] = 0;
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int i = 0; i < labels[s].length; i++) {
                int t = targets[s][i];
                fail[t] = step(fail[s], labels[s][i]);
                queue.add(t);
            }
            if (!outs.get(fail[s]).isEmpty()) {
                List<Integer> merged = new ArrayList<>(outs.get(s));
                merged.addAll(outs.get(fail[s]));
                outs.set(s, merged);
            }
        }
        // the DFA, in breadth-first order so that a state's failure state is complete before it
        delta = new int[n * classes];
        char[] rep = new char[classes];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (classOf[c] != 0) {
                rep[classOf[c]] = (char) c;
            }
        }
        ArrayDeque<Integer> order = new ArrayDeque<>();
        order.add(0);
        while (!order.isEmpty()) {
            int s = order.poll();
            for (int k = 1; k < classes; k++) {
                int i = Arrays.binarySearch(labels[s], rep[k]);
                delta[s * classes + k] = i >= 0 ? targets[s][i] : s == 0 ? 0 : delta[fail[s] * classes + k];
            }
            for (int t : targets[s]) {
                order.add(t);
            }
        }
        for (int s = 0; s < n; s++) {
            List<Integer> o = outs.get(s);
            if (!o.isEmpty()) {
                out[s] = o.stream().sorted((a, b) -> keywords.get(a).compareTo(keywords.get(b))).mapToInt(Integer::intValue).toArray();
            }
        }
    }

    private int step(int st, char c) {
        while (st != 0) {
            int k = Arrays.binarySearch(labels[st], c);
            if (k >= 0) {
                return targets[st][k];
            }
            st = fail[st];
        }
        int k = Arrays.binarySearch(labels[0], c);
        return k >= 0 ? targets[0][k] : 0;
    }

    void scan(String s, Sink sink) {
        int st = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            st = delta[st * classes + inputClass[c]];
            int[] o = out[st];
            if (o != null) {
                for (int k : o) {
                    sink.hit(k, i + 1 - length[k], i + 1);
                }
            }
        }
    }
}
