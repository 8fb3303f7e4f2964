package dev.corpusqa.cli;

import dev.corpusqa.config.QaOptions;
import dev.corpusqa.store.Database;
import dev.corpusqa.store.QaStore;
import dev.corpusqa.store.RunRecord;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code corpus-qa history}: recorded runs with their counts and the trend from one run to the next. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List recorded runs (newest first) with documents, findings by severity, the change against the previous run"
                + " over the same corpus (new / fixed) and the gate decision. With --run ID: that run's counts by rule.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Mixin
    StoreOptions store;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N runs (default ${DEFAULT-VALUE}).", defaultValue = "20")
    int limit;

    @Option(names = "--run", paramLabel = "ID", description = "Show the counts by rule and severity of this run.")
    Long run;

    @Override
    public Integer call() {
        QaOptions o = new QaOptions();
        store.applyTo(o);
        store.requireStore(o);
        PrintStream out = System.out;
        try (Database db = Database.open(o.databaseUrl(), o.databaseUser(), o.databasePassword())) {
            QaStore s = new QaStore(db.dataSource());
            if (run != null) {
                return rules(s, run, out);
            }
            List<RunRecord> runs = s.runs(limit);
            if (runs.isEmpty()) {
                out.println("corpus-qa: no runs recorded yet");
                return 0;
            }
            out.printf("%5s  %-16s  %-9s  %-8s  %7s  %8s  %6s  %8s  %6s  %8s  %5s  %5s  %s%n", "run", "started (UTC)", "status", "decision", "docs",
                    "findings", "errors", "warnings", "info", "trend", "new", "fixed", "corpus");
            for (RunRecord r : runs) {
                QaStore.Delta d = s.delta(r.runId());
                String trend = "";
                if (d.previousRunId() != null && r.findings() != null) {
                    RunRecord p = s.run(d.previousRunId());
                    if (p != null && p.findings() != null) {
                        int diff = r.findings() - p.findings();
                        trend = diff > 0 ? "▲ +" + diff : diff < 0 ? "▼ " + diff : "= 0";
                    }
                }
                out.printf("%5d  %-16s  %-9s  %-8s  %7s  %8s  %6s  %8s  %6s  %8s  %5s  %5s  %s%n", r.runId(),
                        r.startedAt() == null ? "" : TIME.format(r.startedAt()), r.status(), nz(r.decision()), nz(r.documents()),
                        nz(r.findings()), nz(r.errors()), nz(r.warnings()), nz(r.infos()), trend, nz(d.newFindings()), nz(d.fixedFindings()),
                        r.corpusRoot());
            }
            return 0;
        }
    }

    private static int rules(QaStore s, long runId, PrintStream out) {
        RunRecord r = s.run(runId);
        if (r == null) {
            throw new dev.corpusqa.config.ConfigException("no run " + runId + " in the store");
        }
        out.printf("run %d (%s, %s): %s documents, %s findings%n", runId, r.status(), nz(r.decision()), nz(r.documents()), nz(r.findings()));
        for (QaStore.RuleCount c : s.ruleCounts(runId)) {
            out.printf("  %-36s %-12s %-8s %6d findings in %6d documents%n", c.ruleId(), c.category(), c.severity(), c.findings(), c.documents());
        }
        return 0;
    }

    private static String nz(Object o) {
        return o == null ? "-" : o.toString();
    }
}
