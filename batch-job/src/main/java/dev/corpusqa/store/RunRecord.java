package dev.corpusqa.store;

import java.time.Instant;

/** One row of run history. */
public record RunRecord(long runId, Instant startedAt, Instant finishedAt, String corpusRoot, String toolVersion,
        String configFingerprint, String failOn, int maxAllowed, String status, String decision, Integer documents,
        Integer findings, Integer errors, Integer warnings, Integer infos, Long jobExecutionId) {
}
