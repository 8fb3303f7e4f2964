package dev.corpusqa.rules.boilerplate;

/**
 * Counts 64-bit keys (hashed lines) in bounded memory, exactly where it matters: for keys seen more
 * than once. The first sighting of a key only sets bits in a Bloom filter; the second moves the key
 * into an exact open-addressing table (count 2), where later sightings are counted. Most lines of
 * a news corpus occur once, so the table holds only the repeated ones.
 *
 * <p>Memory is fixed by the constructor, whatever the corpus: {@code 2^bloomBits / 8} bytes of
 * filter plus at most {@code 12 x maxSlots} bytes of table (grown by doubling from 4096 slots). The
 * defaults ({@link #RepeatCounter()}) are 16 MB and at most 48 MB.
 *
 * <p>Error, documented in {@code docs/rules/boilerplate.repeated-line.md}:
 * <ul>
 *   <li>A Bloom false positive on a key's first sighting makes its count one too high, only ever by
 *       one. With {@code n} distinct keys and the 2^27-bit filter (3 probes) the rate is
 *       {@code (1 - e^(-3n / 2^27))^3}: about 1e-5 at one million distinct lines, 0.8% at ten
 *       million. A line is then reported repeated only if it really occurs in one document fewer
 *       than the threshold.</li>
 *   <li>When the table is full ({@link #saturated()}), keys not yet in it are no longer counted
 *       beyond 1: repeated lines are missed (recall), never invented (precision).</li>
 * </ul>
 * We wrote this instead of taking a sketch library because none of the well-kept ones (DataSketches,
 * stream-lib) offers "exact above one, bounded below" in one structure; it is a few dozen lines.
 * Thread-safe: methods are synchronized (callers batch a document's keys into one call).
 */
public final class RepeatCounter {

    private static final int PROBES = 3;

    private final long[] bloom;
    private final long bloomMask;
    private final int maxSlots;
    private long[] keys;
    private int[] counts;
    private int size;
    private boolean saturated;

    public RepeatCounter() {
        this(27, 1 << 22);
    }

    /** A filter of {@code 2^bloomBits} bits and a table of at most {@code maxSlots} slots (a power of two). */
    public RepeatCounter(int bloomBits, int maxSlots) {
        if (Integer.bitCount(maxSlots) != 1 || bloomBits < 6 || bloomBits > 34) {
            throw new IllegalArgumentException("bloomBits 6..34 and a power-of-two maxSlots");
        }
        this.bloom = new long[(int) ((1L << bloomBits) >>> 6)];
        this.bloomMask = (1L << bloomBits) - 1;
        this.maxSlots = maxSlots;
        int initial = Math.min(4096, maxSlots);
        this.keys = new long[initial];
        this.counts = new int[initial];
    }

    /** Count one sighting of each key (a document's distinct keys). */
    public synchronized void addAll(long[] ks, int n) {
        for (int i = 0; i < n; i++) {
            add(mix(ks[i]));
        }
    }

    /** How often {@code key} was added: exact when at least 2 (but see the class comment), else 0 or 1. */
    public synchronized int count(long key) {
        long k = mix(key);
        int slot = find(k);
        if (slot >= 0) {
            return counts[slot];
        }
        return inBloom(k) ? 1 : 0;
    }

    /** True once a repeated key could not be admitted because the table was full. */
    public synchronized boolean saturated() {
        return saturated;
    }

    /** Distinct keys counted exactly (seen at least twice). */
    public synchronized int repeatedKeys() {
        return size;
    }

    private void add(long k) {
        int slot = find(k);
        if (slot >= 0) {
            if (counts[slot] < Integer.MAX_VALUE) {
                counts[slot]++;
            }
            return;
        }
        if (!inBloom(k)) {
            setBloom(k);
            return;
        }
        if ((size + 1) * 4L > keys.length * 3L) { // keep the load factor under 3/4
            if (keys.length >= maxSlots) {
                saturated = true;
                return;
            }
            grow();
        }
        insert(k, 2);
    }

    private int find(long k) {
        int mask = keys.length - 1;
        for (int i = (int) k & mask; ; i = (i + 1) & mask) {
            if (keys[i] == 0) { // 0 marks an empty slot; mix() never returns 0
                return -1;
            }
            if (keys[i] == k) {
                return i;
            }
        }
    }

    private void insert(long k, int count) {
        int mask = keys.length - 1;
        int i = (int) k & mask;
        while (keys[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = k;
        counts[i] = count;
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(oldKeys[i], oldCounts[i]);
            }
        }
    }

    private boolean inBloom(long k) {
        long h1 = k;
        long h2 = (k >>> 32) | 1;
        for (int i = 0; i < PROBES; i++) {
            long bit = (h1 + i * h2) & bloomMask;
            if ((bloom[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    private void setBloom(long k) {
        long h1 = k;
        long h2 = (k >>> 32) | 1;
        for (int i = 0; i < PROBES; i++) {
            long bit = (h1 + i * h2) & bloomMask;
            bloom[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    /** MurmurHash3's fmix64 (spreads the FNV hash's bits over the whole word), never 0. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
