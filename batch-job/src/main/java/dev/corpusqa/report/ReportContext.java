package dev.corpusqa.report;

import dev.corpusqa.config.QaOptions;
import dev.corpusqa.gate.Gate;
import dev.corpusqa.rules.RuleRegistry;
import dev.corpusqa.store.Fingerprints;
import dev.corpusqa.store.QaStore;
import dev.corpusqa.store.RunRecord;
import java.nio.file.Path;

/**
 * What every report writer reads: the store and run id (findings and documents are streamed from
 * the store, never held by the job), the options, the rule registry for metadata, the gate decision,
 * the previous run (may be null) and the delta against it.
 */
public record ReportContext(QaStore store, long runId, QaOptions options, RuleRegistry registry, Gate gate, Gate.Decision decision,
        String toolVersion, Path corpusRoot, RunRecord previous, RunDelta delta) {

    /** How the gate treats this finding. */
    public Gate.Status status(dev.corpusqa.core.Finding f) {
        return gate.status(f, Fingerprints.of(f));
    }

    /** Repository-relative path of a corpus file (the corpus base's place in its Git work tree + path). */
    public String repoPath(String path) {
        return Text.repoPrefix(corpusRoot) + path;
    }
}
