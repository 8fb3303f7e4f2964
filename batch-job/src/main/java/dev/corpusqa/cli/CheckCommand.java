package dev.corpusqa.cli;

import dev.corpusqa.api.CorpusQa;
import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.ConfigException;
import dev.corpusqa.config.ConfigLoader;
import dev.corpusqa.config.FailOn;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.Severity;
import dev.corpusqa.gate.Gate;
import dev.corpusqa.store.Database;
import dev.corpusqa.store.QaStore;
import dev.corpusqa.report.ReportFindings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corpus-qa check <corpus-dir>...}: run the job and print findings and a summary. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Validate every file of a corpus and write reports. Exit 0 pass (or warn), 1 fail, 2 usage error, 3 runtime failure, 4 warn with --warn-exit.")
class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<corpus-dir>", description = "Corpus root directory (several allowed).")
    List<Path> roots;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--format", split = ",", paramLabel = "FMT", description = "Report formats: json, sarif, junit, checkstyle, html, markdown, all (json is always written).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "corpus-qa.yml to read (default: corpus-qa.yml in the first corpus directory or the working directory, if present).")
    Path config;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "error | warning | info | never (default: error).")
    String failOn;

    @Option(names = "--max-allowed-findings", paramLabel = "N", description = "Findings at or above --fail-on that still pass (default 0).")
    Integer maxAllowed;

    @Option(names = "--include", split = ",", paramLabel = "GLOB", description = "Files to check (default **/*.txt).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", split = ",", paramLabel = "GLOB", description = "Files to skip.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--rule", paramLabel = "ID=SETTING", description = "Per-rule override: off, on, error, warning or info (repeatable). An id may be a category.")
    Map<String, String> ruleOverrides;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD", description = "Crawl date for date plausibility checks (default: today).")
    String referenceDate;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Baseline of accepted findings: only new findings fail the gate.")
    Path baseline;

    @Option(names = "--resume", description = "Continue the last unfinished run over this corpus (after a crash or kill).")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary.")
    boolean quiet;

    @Option(names = "--warn-exit", description = "Exit with 4 when the gate decides WARN (default: a warning exits 0).")
    boolean warnExit;

    @Option(names = "--no-incremental", description = "Check every file again instead of reusing the stored results of unchanged files.")
    boolean noIncremental;

    @Option(names = "--no-up-to-date-check", description = "Run the job even when no file or setting changed since the last run into --out (default: that run's outcome and reports stand).")
    boolean noUpToDateCheck;

    @Override
    public Integer call() {
        QaOptions o = options();
        PrintStream stdout = System.out;
        RunOutcome r = resume ? CorpusQa.resume(o, new ConsoleListener(System.err, !quiet)) : CorpusQa.check(o, new ConsoleListener(System.err, !quiet));
        if (r.exitCode() == RunOutcome.EXIT_RUNTIME) {
            System.err.println("corpus-qa: run " + r.runId() + " failed: " + r.failure());
            System.err.println("corpus-qa: findings stored so far are kept; re-run with --resume to continue it.");
            return r.exitCode();
        }
        if (r.upToDate()) {
            System.err.println("corpus-qa: up to date: no file or setting changed since run " + r.runId() + "; its outcome and reports stand"
                    + " (--no-up-to-date-check runs anyway)");
        }
        printFindings(o, r, stdout);
        printSummary(r, stdout);
        return exitCode(r.exitCode(), r.decision(), warnExit);
    }

    /** The run's exit code, turned into {@link RunOutcome#EXIT_WARN} for a WARN decision when asked. */
    static int exitCode(int code, Gate.Decision d, boolean warnExit) {
        if (warnExit && code == RunOutcome.EXIT_PASS && d != null && d.outcome() == Gate.Outcome.WARN) {
            return RunOutcome.EXIT_WARN;
        }
        return code;
    }

    QaOptions options() {
        QaOptions o = new QaOptions();
        roots.forEach(o::corpusRoot);
        o.outputDirectory(store.out);
        Path cfg = config;
        if (cfg == null) {
            for (Path c : List.of(roots.get(0).resolve("corpus-qa.yml"), Path.of("corpus-qa.yml"))) {
                if (Files.isRegularFile(c)) {
                    cfg = c;
                    break;
                }
            }
        }
        if (cfg != null) {
            ConfigLoader.load(cfg, o);
            o.configFile(cfg);
        }
        if (!formats.isEmpty()) {
            o.formats(formats);
        }
        if (noIncremental) {
            o.incremental(false);
        }
        if (noUpToDateCheck) {
            o.upToDateCheck(false);
        }
        if (failOn != null) {
            o.failOn(FailOn.parse(failOn));
        }
        if (maxAllowed != null) {
            o.maxAllowedFindings(maxAllowed);
        }
        store.applyDatabaseTo(o);
        if (!includes.isEmpty()) {
            o.rawIncludes().clear();
            o.rawIncludes().addAll(includes);
        }
        if (!excludes.isEmpty()) {
            o.excludes().addAll(excludes);
        }
        if (ruleOverrides != null) {
            ruleOverrides.forEach((id, v) -> o.rule(id).merge(ConfigLoader.shorthand(id, v, "--rule")));
        }
        if (threads != null) {
            o.threads(threads);
        }
        if (referenceDate != null) {
            try {
                o.referenceDate(LocalDate.parse(referenceDate));
            } catch (DateTimeParseException e) {
                throw new ConfigException("--reference-date must be YYYY-MM-DD; got '" + referenceDate + "'");
            }
        }
        if (baseline != null) {
            o.baselineFile(baseline);
        }
        o.quiet(quiet);
        return o;
    }

    private static void printFindings(QaOptions o, RunOutcome r, PrintStream out) {
        if (o.quiet()) {
            return;
        }
        Path json = r.reports().get("json");
        if (json != null) {
            // the report holds every finding in path order: no second opening of the store
            try {
                ReportFindings.forEach(json, (f, counted) -> out.println(format(f)));
                return;
            } catch (java.io.IOException e) {
                // fall back to the store
            }
        }
        try (Database db = Database.open(o.databaseUrl(), o.databaseUser(), o.databasePassword())) {
            new QaStore(db.dataSource()).forEachFinding(r.runId(), f -> out.println(format(f)));
        }
    }

    static String format(Finding f) {
        return f.path() + ":" + f.line() + ":" + f.column() + ": " + f.severity().id() + " [" + f.ruleId() + "] " + f.message();
    }

    static void printSummary(RunOutcome r, PrintStream out) {
        Gate.Decision d = r.decision();
        out.println();
        out.printf("corpus-qa: %d documents, %d findings (%d errors, %d warnings, %d info)%n", r.documents(), d.total(),
                d.bySeverity().get(Severity.ERROR), d.bySeverity().get(Severity.WARNING), d.bySeverity().get(Severity.INFO));
        for (Map.Entry<String, Map<Severity, Integer>> e : d.byCategory().entrySet()) {
            out.printf("  %-12s %4d errors %4d warnings %4d info%n", e.getKey(), e.getValue().get(Severity.ERROR),
                    e.getValue().get(Severity.WARNING), e.getValue().get(Severity.INFO));
        }
        if (d.baselined() > 0 || d.belowThreshold() > 0) {
            out.printf("  (%d baselined, %d below their rule's minScore: not counted)%n", d.baselined(), d.belowThreshold());
        }
        r.reports().forEach((f, p) -> out.println("  report (" + f + "): " + p));
        out.println("corpus-qa: " + d.outcome().name() + " (run " + r.runId() + "): " + d.reason());
    }
}
