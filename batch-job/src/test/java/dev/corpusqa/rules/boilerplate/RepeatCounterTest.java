package dev.corpusqa.rules.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bounded line counter: exact for repeated keys, off by at most one, and precision-safe when full. */
class RepeatCounterTest {

    private static void add(RepeatCounter c, long... ks) {
        c.addAll(ks, ks.length);
    }

    @Test
    void countsRepeatedKeysExactly() {
        RepeatCounter c = new RepeatCounter(20, 1 << 12);
        for (int i = 0; i < 5; i++) {
            add(c, 42L, 7L);
        }
        add(c, 42L);
        add(c, 0L, 0L); // zero is a key like any other
        assertThat(c.count(42L)).isEqualTo(6);
        assertThat(c.count(7L)).isEqualTo(5);
        assertThat(c.count(0L)).isEqualTo(2);
        assertThat(c.count(99L)).isEqualTo(0);
        assertThat(c.repeatedKeys()).isEqualTo(3);
        assertThat(c.saturated()).isFalse();
    }

    @Test
    void aCrowdedFilterOvercountsByAtMostOne() {
        // a deliberately small filter (2^12 bits) for 15k distinct keys: many false positives
        RepeatCounter c = new RepeatCounter(12, 1 << 16);
        Map<Long, Integer> truth = new HashMap<>();
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            long k = rnd.nextInt(15_000);
            truth.merge(k, 1, Integer::sum);
            add(c, k);
        }
        truth.forEach((k, n) -> assertThat(c.count(k)).as("key %d seen %d times", k, n).isBetween(n, n + 1));
    }

    @Test
    void aFullTableMissesRepeatsButNeverInventsThem() {
        RepeatCounter c = new RepeatCounter(24, 1 << 12); // at most 3072 repeated keys
        for (long k = 1; k <= 10_000; k++) {
            add(c, k);
            add(c, k);
        }
        assertThat(c.saturated()).isTrue();
        int counted = 0;
        for (long k = 1; k <= 10_000; k++) {
            int n = c.count(k);
            assertThat(n).isBetween(1, 2);
            counted += n == 2 ? 1 : 0;
        }
        assertThat(counted).isGreaterThan(2000).isLessThanOrEqualTo(3072);
        assertThat(c.count(123_456L)).isLessThanOrEqualTo(1);
    }

    @Test
    void theTableNeverGrowsPastItsBound() {
        RepeatCounter c = new RepeatCounter(16, 1 << 10);
        for (long k = 1; k <= 100_000; k++) {
            add(c, k, k);
        }
        assertThat(c.repeatedKeys()).isLessThanOrEqualTo(1 << 10);
        assertThat(c.saturated()).isTrue();
    }
}
