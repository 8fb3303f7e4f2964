package dev.corpusqa.report;

import dev.corpusqa.config.QaOptions;
import dev.corpusqa.config.RuleSettings;
import dev.corpusqa.gate.Gate;
import dev.corpusqa.job.RunState;
import dev.corpusqa.rules.RuleRegistry;
import dev.corpusqa.rules.RuleSet;
import dev.corpusqa.store.Fingerprints;
import dev.corpusqa.store.QaStore;
import dev.corpusqa.store.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the requested formats and computes the gate decision, both from the stored findings.
 * Front ends (command line, Maven plugin) call {@link #write(RunState)} after a run, or
 * {@link #write(QaStore, long, QaOptions, RuleSet, Path, Collection)} to re-write the reports of a
 * stored run without scanning.
 */
public final class Reports {

    private Reports() {
    }

    public static List<ReportWriter> writers() {
        return List.of(new JsonReportWriter(), new SarifReportWriter(), new JunitReportWriter(), new CheckstyleReportWriter(),
                new HtmlReportWriter(), new MarkdownReportWriter());
    }

    /** Map of format id to the writer. */
    public static Map<String, ReportWriter> byFormat() {
        Map<String, ReportWriter> m = new LinkedHashMap<>();
        writers().forEach(w -> m.put(w.format(), w));
        return m;
    }

    /** The gate of a run: failOn, allowed count, per-rule minScore and warn/fail levels, baseline. */
    public static Gate gate(RunState run) {
        return gate(run.options(), run.rules());
    }

    public static Gate gate(QaOptions options, RuleSet rules) {
        Map<String, Double> min = new HashMap<>();
        Map<String, Gate.Levels> levels = new HashMap<>();
        for (RuleSet.Entry e : rules.entries()) {
            String id = e.rule().info().id();
            if (e.minScore() != null) {
                min.put(id, e.minScore());
            }
            dev.corpusqa.config.Threshold warn = null;
            dev.corpusqa.config.Threshold fail = null;
            String cat = e.rule().info().category().id();
            for (String key : List.of(cat, cat + ".*", id)) { // same precedence as RuleRegistry.select
                RuleSettings s = options.rules().get(key);
                if (s != null) {
                    warn = s.warnAt() != null ? s.warnAt() : warn;
                    fail = s.failAt() != null ? s.failAt() : fail;
                }
            }
            if (warn != null || fail != null) {
                levels.put(id, new Gate.Levels(warn, fail));
            }
        }
        return new Gate(options.failOn(), options.maxAllowedFindings(), min, Baseline.load(options.baselineFile()), levels);
    }

    /** The run's decision: the one the report step recorded, else computed from the stored findings. */
    public static Gate.Decision decide(RunState run) {
        if (run.decision() != null) {
            return run.decision();
        }
        return decide(run.store(), run.runId(), gate(run));
    }

    /** Decide a stored run with a gate (no scanning). */
    public static Gate.Decision decide(QaStore store, long runId, Gate gate) {
        // findings of a completed run never change: a decision stored for the same rows by a gate
        // with the same inputs is this decision (an unchanged re-run needs no pass over its findings)
        Gate.Decision stored = store.storedDecision(runId, gate.key());
        if (stored != null) {
            return stored;
        }
        int documents = store.documentCount(runId);
        // streamed (constant memory) and unordered: counting needs no sort
        return store.withFindings(runId, false, fs -> gate.decide(fs, Fingerprints::of, documents));
    }

    /** Write the run's requested formats into its output directory; returns format → file. */
    public static Map<String, Path> write(RunState run) throws IOException {
        Gate gate = gate(run);
        ReportContext ctx = context(run.store(), run.runId(), run.options(), gate, run.toolVersion(), run.base());
        Map<String, Path> written = write(ctx, run.options().outputDirectory(), run.options().formats());
        run.decision(ctx.decision());
        RunDelta d = ctx.delta();
        run.store().recordDelta(run.runId(), d.hasPrevious() ? d.previous().runId() : null, d.hasPrevious() ? d.newCount() : null,
                d.hasPrevious() ? d.fixedCount() : null, ctx.decision().baselined());
        return written;
    }

    /** Re-write reports of a stored run (e.g. {@code corpus-qa gate --run ID --format html}). */
    public static Map<String, Path> write(QaStore store, long runId, QaOptions options, RuleSet rules, Path out, Collection<String> formats)
            throws IOException {
        RunRecord r = store.run(runId);
        if (r == null) {
            throw new dev.corpusqa.config.ConfigException("no run " + runId + " in the store");
        }
        ReportContext ctx = context(store, runId, options, gate(options, rules), r.toolVersion(), Path.of(r.corpusRoot()));
        return write(ctx, out, formats);
    }

    public static ReportContext context(QaStore store, long runId, QaOptions options, Gate gate, String toolVersion, Path base) {
        Gate.Decision d = decide(store, runId, gate);
        RunRecord previous = store.previousRun(runId, base.toString());
        return new ReportContext(store, runId, options, RuleRegistry.builtIn(), gate, d, toolVersion, base, previous,
                RunDelta.compute(store, runId, previous));
    }

    /** Write {@code formats} (unknown ones skipped) atomically into {@code out}. */
    public static Map<String, Path> write(ReportContext ctx, Path out, Collection<String> formats) throws IOException {
        Files.createDirectories(out);
        Map<String, Path> written = new LinkedHashMap<>();
        Map<String, ReportWriter> writers = byFormat();
        for (String f : formats) {
            ReportWriter w = writers.get(f);
            if (w == null) {
                continue;
            }
            Path file = out.resolve(w.fileName());
            Path tmp = out.resolve(w.fileName() + ".tmp");
            w.write(ctx, tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            written.put(f, file);
        }
        return written;
    }

    /** Baseline fingerprints, empty when there is no baseline file. */
    public static final class Baseline {
        private Baseline() {
        }

        public static Set<String> load(Path file) {
            return dev.corpusqa.report.BaselineFile.read(file);
        }
    }
}
