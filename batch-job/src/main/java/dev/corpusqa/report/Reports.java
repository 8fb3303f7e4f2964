package dev.corpusqa.report;

import dev.corpusqa.gate.Gate;
import dev.corpusqa.job.RunState;
import dev.corpusqa.rules.RuleRegistry;
import dev.corpusqa.rules.RuleSet;
import dev.corpusqa.store.Fingerprints;
import dev.corpusqa.store.QaStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the requested formats and computes the gate decision, both from the stored findings. */
public final class Reports {

    private Reports() {
    }

    public static List<ReportWriter> writers() {
        return List.of(new JsonReportWriter());
    }

    /** Map of format id to the writer. Formats without a writer yet are skipped. */
    public static Map<String, ReportWriter> byFormat() {
        Map<String, ReportWriter> m = new LinkedHashMap<>();
        writers().forEach(w -> m.put(w.format(), w));
        return m;
    }

    public static Gate gate(RunState run) {
        Map<String, Double> min = new HashMap<>();
        for (RuleSet.Entry e : run.rules().entries()) {
            if (e.minScore() != null) {
                min.put(e.rule().info().id(), e.minScore());
            }
        }
        return new Gate(run.options().failOn(), run.options().maxAllowedFindings(), min, Baseline.load(run.options().baselineFile()));
    }

    public static Gate.Decision decide(RunState run) {
        Gate gate = gate(run);
        return run.store().withFindings(run.runId(), fs -> gate.decide(fs, Fingerprints::of));
    }

    public static Map<String, Path> write(RunState run) throws IOException {
        Path out = run.options().outputDirectory();
        Files.createDirectories(out);
        Gate gate = gate(run);
        Gate.Decision d = run.store().withFindings(run.runId(), fs -> gate.decide(fs, Fingerprints::of));
        QaStore store = run.store();
        ReportContext ctx = new ReportContext(store, run.runId(), run.options(), RuleRegistry.builtIn(), gate, d, run.toolVersion(), run.base(),
                store.previousRun(run.runId(), run.base().toString()));
        Map<String, Path> written = new LinkedHashMap<>();
        Map<String, ReportWriter> writers = byFormat();
        for (String f : run.options().formats()) {
            ReportWriter w = writers.get(f);
            if (w == null) {
                continue;
            }
            Path file = out.resolve(w.fileName());
            Path tmp = out.resolve(w.fileName() + ".tmp");
            w.write(ctx, tmp);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
