package dev.corpusqa.rules.boilerplate;

import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Corpus statistic for near-duplicate detection: a MinHash signature of {@link #HASHES} 32-bit
 * values per document over its word {@link #SHINGLE}-shingles (lower-cased words). Memory is bounded:
 * about 260 bytes per document plus its path, for at most {@link #MAX_DOCUMENTS} documents (later
 * documents are not sketched). Documents of fewer than {@link #MIN_WORDS} words are skipped: short
 * texts share shingles by chance. Written here because MinHash is a few lines over our own word
 * tokenisation and no well-kept small Java library provides it without a large dependency tree.
 */
public final class MinHashSketches implements CorpusStatistic {

    public static final int HASHES = 64;
    public static final int SHINGLE = 5;
    public static final int MIN_WORDS = 50;
    public static final int MAX_DOCUMENTS = 1_000_000;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    private final ConcurrentHashMap<String, int[]> signatures = new ConcurrentHashMap<>();
    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void add(Document doc) {
        if (!doc.hasText()) {
            return;
        }
        if (signatures.size() >= MAX_DOCUMENTS) {
            skipped.incrementAndGet();
            return;
        }
        int[] sig = sketch(doc.text());
        if (sig != null) {
            signatures.put(doc.path(), sig);
        }
    }

    /** The MinHash signature of a text, or {@code null} when it has fewer than {@link #MIN_WORDS} words. */
    static int[] sketch(String text) {
        List<Long> wordHashes = new ArrayList<>();
        int len = Math.min(text.length(), 2_000_000);
        int i = 0;
        while (i < len) {
            while (i < len && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < len && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                wordHashes.add(LineNormalizer.hash64(text.substring(s, i).toLowerCase(Locale.ROOT)));
            }
        }
        if (wordHashes.size() < MIN_WORDS) {
            return null;
        }
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int k = 0; k + SHINGLE <= wordHashes.size(); k++) {
            long h = 0;
            for (int j = 0; j < SHINGLE; j++) {
                h = mix(h * 31 + wordHashes.get(k + j));
            }
            for (int t = 0; t < HASHES; t++) {
                int v = (int) (mix(h ^ SEEDS[t]) >>> 33);
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

    public java.util.Map<String, int[]> signatures() {
        return signatures;
    }

    public int skipped() {
        return skipped.get();
    }
}
