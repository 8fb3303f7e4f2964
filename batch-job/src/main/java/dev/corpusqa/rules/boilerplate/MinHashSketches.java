package dev.corpusqa.rules.boilerplate;

import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Corpus statistic for near-duplicate detection: a MinHash signature of {@link #HASHES} 32-bit
 * values per document over its word {@link #SHINGLE}-shingles (lower-cased words). Memory is bounded:
 * signatures live in one growing {@code int[]} (256 bytes per document, no object per document) and
 * paths in one array, for at most {@link #MAX_DOCUMENTS} documents, i.e. at most about 64 MB of
 * signatures plus the paths; later documents are not sketched ({@link #skipped()}): past that
 * size near-duplicates among the later documents are missed, never invented. Documents of fewer
 * than {@link #MIN_WORDS} words are skipped: short texts share shingles by chance. Written here
 * because MinHash is a few lines over our own word tokenisation and no well-kept small Java library
 * provides it without a large dependency tree.
 */
public final class MinHashSketches implements CorpusStatistic {

    public static final int HASHES = 64;
    public static final int SHINGLE = 5;
    public static final int MIN_WORDS = 50;
    public static final int MAX_DOCUMENTS = 250_000;

    private static final long[] SEEDS = new long[HASHES];
    private static final long[] MULTIPLIERS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
            s = mix(s + 0x9E3779B97F4A7C15L);
            MULTIPLIERS[i] = s | 1;
        }
    }

    private int[] arena = new int[HASHES * 1024];
    private String[] paths = new String[1024];
    private int count;
    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void add(Document doc) {
        if (!doc.hasText()) {
            return;
        }
        synchronized (this) {
            if (count >= MAX_DOCUMENTS) {
                skipped.incrementAndGet();
                return;
            }
        }
        int[] sig = sketch(doc.text());
        if (sig != null) {
            put(doc.path(), sig);
        }
    }

    private synchronized void put(String path, int[] sig) {
        if (count >= MAX_DOCUMENTS) {
            skipped.incrementAndGet();
            return;
        }
        if (count == paths.length) {
            paths = java.util.Arrays.copyOf(paths, paths.length * 2);
            arena = java.util.Arrays.copyOf(arena, arena.length * 2);
        }
        System.arraycopy(sig, 0, arena, count * HASHES, HASHES);
        paths[count++] = path;
    }

    /** Number of documents sketched. */
    public synchronized int size() {
        return count;
    }

    /** Path of the {@code i}-th sketched document (in the order they were added). */
    public synchronized String path(int i) {
        return paths[i];
    }

    /** Value {@code t} of the {@code i}-th document's signature. */
    public synchronized int value(int i, int t) {
        return arena[i * HASHES + t];
    }

    /** Estimated Jaccard similarity of the {@code i}-th and {@code j}-th documents. */
    public synchronized double similarity(int i, int j) {
        int eq = 0;
        for (int t = 0; t < HASHES; t++) {
            if (arena[i * HASHES + t] == arena[j * HASHES + t]) {
                eq++;
            }
        }
        return (double) eq / HASHES;
    }

    /** The MinHash signature of a text, or {@code null} when it has fewer than {@link #MIN_WORDS} words. */
    static int[] sketch(String text) {
        long[] wordHashes = new long[256];
        int words = 0;
        int len = Math.min(text.length(), 2_000_000);
        int i = 0;
        while (i < len) {
            while (i < len && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            // FNV-1a over the lower-cased word, as LineNormalizer.hash64 would hash it, without a substring
            long h = 0xcbf29ce484222325L;
            int s = i;
            while (i < len && Character.isLetterOrDigit(text.charAt(i))) {
                h ^= Character.toLowerCase(text.charAt(i));
                h *= 0x100000001b3L;
                i++;
            }
            if (i > s) {
                if (words == wordHashes.length) {
                    wordHashes = java.util.Arrays.copyOf(wordHashes, words * 2);
                }
                wordHashes[words++] = h;
            }
        }
        if (words < MIN_WORDS) {
            return null;
        }
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int k = 0; k + SHINGLE <= words; k++) {
            long h = 0;
            for (int j = 0; j < SHINGLE; j++) {
                h = mix(h * 31 + wordHashes[k + j]);
            }
            // the 64 hash functions are multiply-add-shift over the (already mixed) shingle hash: one
            // multiplication each instead of a full 64-bit finaliser, the profile step's main cost before
            for (int t = 0; t < HASHES; t++) {
                int v = (int) ((h * MULTIPLIERS[t] + SEEDS[t]) >>> 33);
                if (v < sig[t]) {
                    sig[t] = v;
                }
            }
        }
        return sig;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Estimated Jaccard similarity of two signatures: the share of equal positions. */
    static double similarity(int[] a, int[] b) {
        int eq = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                eq++;
            }
        }
        return (double) eq / HASHES;
    }

    public int skipped() {
        return skipped.get();
    }
}
