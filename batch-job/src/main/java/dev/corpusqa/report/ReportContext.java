package dev.corpusqa.report;

import dev.corpusqa.config.QaOptions;
import dev.corpusqa.gate.Gate;
import dev.corpusqa.rules.RuleRegistry;
import dev.corpusqa.store.QaStore;
import dev.corpusqa.store.RunRecord;
import java.nio.file.Path;

/**
 * What every report writer reads: the store and run id (findings and documents are streamed from
 * the store, never held by the job), the options, the rule registry for metadata, the gate decision
 * and the previous run for deltas (may be null).
 */
public record ReportContext(QaStore store, long runId, QaOptions options, RuleRegistry registry, Gate gate, Gate.Decision decision,
        String toolVersion, Path corpusRoot, RunRecord previous) {
}
