package dev.corpusqa.maven;

import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.Severity;
import dev.corpusqa.gate.Gate;
import dev.corpusqa.report.ReportFindings;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Validates every corpus file and fails the build when findings reach {@code failOn} beyond
 * {@code maxAllowedFindings}. Bound to {@code validate}: corpus files are inputs, so they are
 * checked before anything is built from them. Each counted finding is logged as
 * {@code path:line:col: [rule-id] message} at its own level, then a summary by category and
 * severity, then (on failure) the counts and the report's path.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractCorpusQaMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Corpus QA is skipped (corpusqa.skip).");
            return;
        }
        long start = System.nanoTime();
        QaOptions o = optionsOrFail();
        RunOutcome r = run(o);
        logFindings(o, r);
        Gate.Decision d = r.decision();
        logSummary(r, (System.nanoTime() - start) / 1_000_000);
        if (!d.passed()) {
            throw new MojoFailureException("Corpus QA failed: " + d.reason() + " in " + r.documents() + " documents ("
                    + counts(d.bySeverity()) + ")" + reportHint(r));
        }
        getLog().info("Corpus QA passed: " + d.reason() + ".");
    }

    /**
     * Log each counted finding, read back from the run's report.json: it lists every finding in path
     * order with the gate's verdict ({@code counted}), so the store need not be opened again.
     */
    private void logFindings(QaOptions o, RunOutcome r) throws MojoExecutionException {
        if (r.decision().total() == 0) {
            return;
        }
        Log log = getLog();
        Path json = r.reports().get("json");
        if (json == null) {
            throw new MojoExecutionException("Corpus QA: run " + r.runId() + " wrote no report.json");
        }
        try {
            ReportFindings.forEach(json, (f, counted) -> {
                if (!counted) {
                    return; // baselined or below its rule's minScore: counted in the summary only
                }
                String line = display(r.base().resolve(f.path())) + ":" + f.line() + ":" + f.column() + ": [" + f.ruleId() + "] "
                        + f.message();
                switch (f.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> log.warn(line);
                    default -> log.info(line);
                }
            });
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("Corpus QA: cannot read " + display(json) + ": " + e.getMessage());
        }
    }

    private void logSummary(RunOutcome r, long millis) {
        Gate.Decision d = r.decision();
        Log log = getLog();
        log.info("Corpus QA: " + r.documents() + " documents, " + d.total() + " findings (" + counts(d.bySeverity()) + ") in "
                + String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0)
                + (r.upToDate() ? "; up to date: nothing changed since run " + r.runId() + ", whose outcome and reports stand" : ""));
        for (Map.Entry<String, Map<Severity, Integer>> e : d.byCategory().entrySet()) {
            log.info(String.format("  %-12s %s", e.getKey(), counts(e.getValue())));
        }
        if (d.baselined() > 0 || d.belowThreshold() > 0) {
            log.info("  not counted: " + d.baselined() + " baselined, " + d.belowThreshold() + " below their rule's minScore");
        }
        r.reports().forEach((f, p) -> log.info("  report (" + f + "): " + display(p)));
    }

    static String counts(Map<Severity, Integer> m) {
        return m.getOrDefault(Severity.ERROR, 0) + " errors, " + m.getOrDefault(Severity.WARNING, 0) + " warnings, "
                + m.getOrDefault(Severity.INFO, 0) + " info";
    }

    private String reportHint(RunOutcome r) {
        Path p = r.reports().containsKey("html") ? r.reports().get("html") : r.reports().get("json");
        return p == null ? "" : "; see " + display(p);
    }
}
