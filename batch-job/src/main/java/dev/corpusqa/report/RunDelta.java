package dev.corpusqa.report;

import dev.corpusqa.core.Finding;
import dev.corpusqa.store.Fingerprints;
import dev.corpusqa.store.QaStore;
import dev.corpusqa.store.RunRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * New, fixed and still-open findings of a run against the previous completed run over the same
 * corpus, matched by fingerprint (file + rule + normalised evidence), so moved lines are not "new".
 * Holds two sets of fingerprints and at most {@link #MAX_FIXED_KEPT} fixed findings for display.
 */
public final class RunDelta {

    public static final int MAX_FIXED_KEPT = 500;

    /** A finding's state against the previous run. */
    public enum State { NEW, OPEN }

    private final RunRecord previous;
    private final long[] previousKeys;
    private final int fixedCount;
    private final List<Finding> fixed;
    private final int newCount;
    private final int openCount;

    private RunDelta(RunRecord previous, long[] previousKeys, int fixedCount, List<Finding> fixed, int newCount, int openCount) {
        this.previous = previous;
        this.previousKeys = previousKeys;
        this.fixedCount = fixedCount;
        this.fixed = fixed;
        this.newCount = newCount;
        this.openCount = openCount;
    }

    public static RunDelta compute(QaStore store, long runId, RunRecord previous) {
        if (previous == null) {
            return new RunDelta(null, new long[0], 0, List.of(), store.findingCount(runId), 0);
        }
        if (store.rows(runId) == store.rows(previous.runId())) {
            // an unchanged re-run shares the previous run's rows: everything is open, nothing new or
            // fixed, and no fingerprint needs to be read to say so (ALL_OPEN)
            return new RunDelta(previous, ALL_OPEN, 0, List.of(), 0, store.findingCount(runId));
        }
        long[] current = store.fingerprintKeys(runId);
        long[] prev = store.fingerprintKeys(previous.runId());
        // counts from the stored fingerprints alone (no findings built, no sort); the sorted pass over
        // the previous run's findings only when some are fixed, to list the first of them in path order
        int[] n = {0};
        store.forEachFingerprint(previous.runId(), fp -> n[0] += contains(current, fp) ? 0 : 1);
        List<Finding> fixed = new ArrayList<>();
        if (n[0] > 0) {
            store.forEachFinding(previous.runId(), f -> {
                if (fixed.size() < MAX_FIXED_KEPT && !contains(current, Fingerprints.of(f))) {
                    fixed.add(f);
                }
            });
        }
        int[] newOpen = {0, 0};
        store.forEachFingerprint(runId, fp -> newOpen[contains(prev, fp) ? 1 : 0]++);
        return new RunDelta(previous, prev, n[0], fixed, newOpen[0], newOpen[1]);
    }

    /** Marks a delta against a run with the very same rows: every finding is open. */
    private static final long[] ALL_OPEN = new long[0];

    private static boolean contains(long[] sortedKeys, String fingerprint) {
        return java.util.Arrays.binarySearch(sortedKeys, QaStore.fingerprintKey(fingerprint)) >= 0;
    }

    /** The previous run, or null when this is the first run over the corpus. */
    public RunRecord previous() {
        return previous;
    }

    public boolean hasPrevious() {
        return previous != null;
    }

    /** NEW or OPEN; null when there is no previous run to compare with. */
    public State state(String fingerprint) {
        if (previous == null) {
            return null;
        }
        return previousKeys == ALL_OPEN || contains(previousKeys, fingerprint) ? State.OPEN : State.NEW;
    }

    /** Findings of this run whose fingerprint the previous run did not have (all of them on a first run). */
    public int newCount() {
        return newCount;
    }

    /** Findings of this run whose fingerprint the previous run had too. */
    public int openCount() {
        return openCount;
    }

    /** Findings of the previous run whose fingerprint is gone. */
    public int fixedCount() {
        return fixedCount;
    }

    /** The first {@link #MAX_FIXED_KEPT} fixed findings, in path order. */
    public List<Finding> fixed() {
        return fixed;
    }
}
