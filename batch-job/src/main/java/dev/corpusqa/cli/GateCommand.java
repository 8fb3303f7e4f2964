package dev.corpusqa.cli;

import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.ConfigException;
import dev.corpusqa.config.ConfigLoader;
import dev.corpusqa.config.FailOn;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.Severity;
import dev.corpusqa.gate.Gate;
import dev.corpusqa.report.Reports;
import dev.corpusqa.rules.RuleRegistry;
import dev.corpusqa.rules.RuleSet;
import dev.corpusqa.store.Database;
import dev.corpusqa.store.QaStore;
import dev.corpusqa.store.RunRecord;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code corpus-qa gate --run ID --fail-on warning}: decide again from stored findings, without scanning. */
@Command(name = "gate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Re-decide pass / warn / fail for a stored run from its stored findings (no scan), with another failOn, allowed count,"
                + " baseline or configuration (minScore, warnAt, failAt); optionally re-write its reports."
                + " Exit 0 pass (or warn), 1 fail, 2 usage error, 3 runtime failure, 4 warn with --warn-exit.")
final class GateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--run", paramLabel = "ID", description = "Run to decide (default: the latest completed run).")
    Long run;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error | warning | info | never (default: the run's).")
    String failOn;

    @Option(names = "--max-allowed-findings", paramLabel = "N", description = "Findings at or above --fail-on that still pass (default: the run's).")
    Integer maxAllowed;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Baseline of accepted findings.")
    Path baseline;

    @Option(names = "--config", paramLabel = "FILE", description = "corpus-qa.yml whose rule levels (minScore, warnAt, failAt) apply.")
    Path config;

    @Option(names = "--format", split = ",", paramLabel = "FMT", description = "Also re-write these reports into --report-dir: json, sarif, junit, checkstyle, html, markdown, all.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--report-dir", paramLabel = "DIR", description = "Where re-written reports go (default: --out).")
    Path reportDir;

    @Option(names = "--warn-exit", description = "Exit with 4 when the decision is WARN.")
    boolean warnExit;

    @Override
    public Integer call() throws Exception {
        QaOptions o = new QaOptions();
        store.applyTo(o);
        store.requireStore(o);
        if (config != null) {
            ConfigLoader.load(config, o);
            store.applyTo(o); // the command line wins over the file's outputDirectory/database
        }
        PrintStream out = System.out;
        try (Database db = Database.open(o.databaseUrl(), o.databaseUser(), o.databasePassword())) {
            QaStore s = new QaStore(db.dataSource());
            RunRecord r = run != null ? s.run(run) : s.runs(Integer.MAX_VALUE).stream().filter(x -> "completed".equals(x.status())).findFirst()
                    .orElse(null);
            if (r == null) {
                throw new ConfigException(run != null ? "no run " + run + " in the store" : "no completed run in the store");
            }
            if (!"completed".equals(r.status())) {
                throw new ConfigException("run " + r.runId() + " did not complete (status " + r.status() + "); its findings are partial");
            }
            o.failOn(failOn != null ? FailOn.parse(failOn) : config != null ? o.failOn() : FailOn.parse(r.failOn()));
            o.maxAllowedFindings(maxAllowed != null ? maxAllowed : config != null ? o.maxAllowedFindings() : r.maxAllowed());
            if (baseline != null) {
                o.baselineFile(baseline);
            }
            RuleSet rules = RuleRegistry.builtIn().select(o);
            Gate gate = Reports.gate(o, rules);
            Gate.Decision d = Reports.decide(s, r.runId(), gate);
            if (!formats.isEmpty()) {
                o.formats(formats);
                Map<String, Path> written = Reports.write(s, r.runId(), o, rules, reportDir != null ? reportDir : store.out, o.formats());
                written.forEach((f, p) -> out.println("  report (" + f + "): " + p));
            }
            out.printf("corpus-qa: run %d: %d findings counted (%d errors, %d warnings, %d info), %d baselined, %d below minScore%n", r.runId(),
                    d.total(), d.bySeverity().get(Severity.ERROR), d.bySeverity().get(Severity.WARNING), d.bySeverity().get(Severity.INFO),
                    d.baselined(), d.belowThreshold());
            out.println("corpus-qa: " + d.outcome().name() + " (run " + r.runId() + ", failOn=" + o.failOn().id() + "): " + d.reason());
            return CheckCommand.exitCode(d.passed() ? RunOutcome.EXIT_PASS : RunOutcome.EXIT_FAIL, d, warnExit);
        }
    }
}
