package dev.corpusqa.rules.translation;

import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Corpus statistic for {@code translation.entity-variant}: in how many documents each capitalised,
 * name-like word occurs (not at a sentence start, not in a Title Case headline), plus a fixed-size
 * bit set of every word seen in lower case (so that "Harbour" in a headline is known to be a
 * word, not a name). Memory is bounded: at most {@link #MAX_NAMES} distinct names are counted
 * (later new names are ignored, existing ones still counted) and the lower-case set is 1 MiB.
 * After {@link #finish}, frequent names are indexed by transliteration skeleton and by their
 * one-deletion neighbourhood (SymSpell) so that a rare spelling finds its frequent twin in
 * O(word length) lookups.
 */
public final class NameFrequency implements CorpusStatistic {

    static final int MAX_NAMES = 200_000;
    private static final int BITS = 1 << 23;

    private final ConcurrentHashMap<String, Integer> docs = new ConcurrentHashMap<>();
    private final AtomicLongArray lowerSeen = new AtomicLongArray(BITS / 64);
    private volatile Map<String, List<String>> bySkeleton = Map.of();
    private volatile Map<String, List<String>> byDeletion = Map.of();
    private int minFrequent = 3;

    @Override
    public void add(Document doc) {
        if (!doc.hasText()) {
            return;
        }
        TextUnits.Analysis a = TextUnits.of(doc);
        Set<String> names = new HashSet<>();
        for (TextUnits.Word w : a.words()) {
            if (!w.capitalised()) {
                markLower(w.lower());
                continue;
            }
            if (nameLike(a, w)) {
                names.add(w.base());
            }
        }
        for (String n : names) {
            if (docs.size() < MAX_NAMES || docs.containsKey(n)) {
                docs.merge(n, 1, Integer::sum);
            }
        }
    }

    /** A capitalised word that can be a name: not sentence-initial, not in a Title Case line, not all caps. */
    static boolean nameLike(TextUnits.Analysis a, TextUnits.Word w) {
        String t = w.base();
        if (w.initial() || t.length() < 4 || !w.capitalised()) {
            return false;
        }
        boolean allCaps = true;
        for (int i = 1; i < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i))) {
                allCaps = false;
                break;
            }
        }
        if (allCaps || t.indexOf('-') >= 0) {
            return false;
        }
        return !a.titleCase(w.sentence());
    }

    private void markLower(String w) {
        long h = hash(w);
        set((int) (h & (BITS - 1)));
        set((int) ((h >>> 32) & (BITS - 1)));
    }

    private void set(int bit) {
        int i = bit >>> 6;
        long mask = 1L << (bit & 63);
        long cur;
        do {
            cur = lowerSeen.get(i);
            if ((cur & mask) != 0) {
                return;
            }
        } while (!lowerSeen.compareAndSet(i, cur, cur | mask));
    }

    private boolean get(int bit) {
        return (lowerSeen.get(bit >>> 6) & (1L << (bit & 63))) != 0;
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    /** Whether the word was seen in lower case anywhere in the corpus (may err towards yes). */
    public boolean seenLowerCase(String word) {
        long h = hash(word.toLowerCase(Locale.ROOT));
        return get((int) (h & (BITS - 1))) && get((int) ((h >>> 32) & (BITS - 1)));
    }

    /** Number of documents in which this name (possessive stripped) occurs as a name. */
    public int documents(String name) {
        return docs.getOrDefault(name, 0);
    }

    @Override
    public void finish(int documentCount) {
        Map<String, List<String>> sk = new HashMap<>();
        Map<String, List<String>> del = new HashMap<>();
        for (Map.Entry<String, Integer> e : docs.entrySet()) {
            if (e.getValue() < minFrequent) {
                continue;
            }
            String n = e.getKey();
            sk.computeIfAbsent(NameVariants.skeleton(n), k -> new ArrayList<>(2)).add(n);
            String l = n.toLowerCase(Locale.ROOT);
            if (l.length() >= 5) {
                del.computeIfAbsent(l, k -> new ArrayList<>(2)).add(n);
                for (int i = 1; i < l.length(); i++) {
                    del.computeIfAbsent(l.substring(0, i) + l.substring(i + 1), k -> new ArrayList<>(2)).add(n);
                }
            }
        }
        bySkeleton = sk;
        byDeletion = del;
    }

    /** Frequent names (seen in at least 3 documents) that may be variants of {@code name}. */
    public Set<String> frequentNeighbours(String name) {
        Set<String> out = new HashSet<>(bySkeleton.getOrDefault(NameVariants.skeleton(name), List.of()));
        String l = name.toLowerCase(Locale.ROOT);
        if (l.length() >= 5) {
            out.addAll(byDeletion.getOrDefault(l, List.of()));
            for (int i = 1; i < l.length(); i++) {
                out.addAll(byDeletion.getOrDefault(l.substring(0, i) + l.substring(i + 1), List.of()));
            }
        }
        out.remove(name);
        return out;
    }
}
