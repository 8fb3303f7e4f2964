package dev.corpusqa.rules.encoding;

import java.util.function.Function;

/**
 * A one-entry cache per thread, keyed by identity: the engine and several rules ask the same question
 * about the same document's bytes or text in turn (charset guess, UTF-16 sniffing, rare-character
 * facts), and the answer is computed once. Identity, not equality, because comparing two 5 MB arrays
 * would cost what the cache saves; callers must not mutate a key after asking.
 */
final class LastResult<K, V> {

    private final ThreadLocal<Object[]> last = ThreadLocal.withInitial(() -> new Object[2]);
    private final Function<K, V> compute;

    LastResult(Function<K, V> compute) {
        this.compute = compute;
    }

    @SuppressWarnings("unchecked")
    V get(K key) {
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
