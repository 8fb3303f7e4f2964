package dev.corpusqa.core;

import java.util.function.Function;

/**
 * A one-entry cache per thread, keyed by identity: the engine and the rules of a family ask the same
 * question about the same document, its bytes or its text in turn (charset guess, UTF-16 sniffing,
 * rare-character facts, the translation rules' word analysis, the boilerplate line classification),
 * and the answer is computed once. It holds at most one key and answer per thread. Identity, not equality, because comparing two 5 MB arrays
 * would cost what the cache saves; callers must not mutate a key after asking.
 */
public final class LastResult<K, V> {

    private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);
    private final Function<K, V> compute;

    public LastResult(Function<K, V> compute) {
        this.compute = compute;
    }

    @SuppressWarnings("unchecked")
    public V get(K key) {
        Object[] l = last.get();
        if (l[0] == key) {
            return (V) l[1];
        }
        V v = compute.apply(key);
        l[0] = key;
        l[1] = v;
        return v;
    }
}
