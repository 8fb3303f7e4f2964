package dev.corpusqa.report;

import dev.corpusqa.core.Finding;
import dev.corpusqa.core.Severity;
import dev.corpusqa.gate.Gate;
import dev.corpusqa.store.Fingerprints;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code summary.md} for {@code $GITHUB_STEP_SUMMARY} (GitHub caps a step summary at 1 MiB; we stop
 * well before, at {@link #MAX_BYTES}) and, beside it, {@code annotations.txt}: GitHub Actions
 * workflow commands ({@code ::error file=...,line=...::message}) for the first
 * {@link #MAX_ANNOTATIONS} counted findings by severity plus a notice of how many more. Use them as
 * {@code cat summary.md >> "$GITHUB_STEP_SUMMARY"; cat annotations.txt}.
 */
public final class MarkdownReportWriter implements ReportWriter {

    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_ANNOTATIONS = 10;
    public static final int MAX_ROWS = 200;
    public static final String ANNOTATIONS = "annotations.txt";

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String fileName() {
        return "summary.md";
    }

    @Override
    public void write(ReportContext ctx, Path file) throws IOException {
        Gate.Decision d = ctx.decision();
        Map<String, int[]> byRule = new TreeMap<>();
        PriorityQueue<Finding> top = new PriorityQueue<>(Text.BY_SEVERITY.reversed()); // worst kept: heap of the N best-ranked
        int[] counted = {0};
        int[] newCounted = {0};
        try (Stream<Finding> s = ctx.store().findingStream(ctx.runId(), null)) {
            s.forEach(f -> {
                String fp = Fingerprints.of(f);
                if (ctx.gate().status(f, fp) != Gate.Status.COUNTED) {
                    return;
                }
                counted[0]++;
                if (ctx.delta().state(fp) == RunDelta.State.NEW) {
                    newCounted[0]++;
                }
                byRule.computeIfAbsent(f.ruleId(), k -> new int[3])[f.severity().ordinal()]++;
                top.add(f);
                if (top.size() > MAX_ROWS) {
                    top.poll();
                }
            });
        }
        List<Finding> worst = new ArrayList<>(top);
        worst.sort(Text.BY_SEVERITY);

        Capped out = new Capped(Files.newBufferedWriter(file, StandardCharsets.UTF_8), MAX_BYTES - 4096);
        try {
            String icon = switch (d.outcome()) {
                case PASS -> "✅";
                case WARN -> "⚠️";
                case FAIL -> "❌";
            };
            out.line("## " + icon + " Corpus QA: " + d.outcome().name().toLowerCase(Locale.ROOT));
            out.line("");
            out.line(Text.md(d.reason(), 500));
            out.line("");
            out.line("Run " + ctx.runId() + " · " + ctx.store().documentCount(ctx.runId()) + " documents · " + d.total()
                    + " findings counted (" + d.bySeverity().get(Severity.ERROR) + " errors, " + d.bySeverity().get(Severity.WARNING)
                    + " warnings, " + d.bySeverity().get(Severity.INFO) + " info) · " + d.baselined() + " baselined · "
                    + d.belowThreshold() + " below minScore");
            out.line("");
            RunDelta delta = ctx.delta();
            if (delta.hasPrevious()) {
                out.line("Against run " + delta.previous().runId() + ": **" + delta.newCount() + " new**, " + delta.fixedCount() + " fixed, "
                        + delta.openCount() + " still open.");
            } else {
                out.line("First run over this corpus: no previous run to compare with.");
            }
            out.line("");
            out.line("| Category | Errors | Warnings | Info |");
            out.line("|---|---:|---:|---:|");
            for (Map.Entry<String, Map<Severity, Integer>> e : d.byCategory().entrySet()) {
                out.line("| " + e.getKey() + " | " + e.getValue().get(Severity.ERROR) + " | " + e.getValue().get(Severity.WARNING) + " | "
                        + e.getValue().get(Severity.INFO) + " |");
            }
            out.line("");
            if (!byRule.isEmpty()) {
                out.line("<details><summary>By rule</summary>");
                out.line("");
                out.line("| Rule | Errors | Warnings | Info |");
                out.line("|---|---:|---:|---:|");
                for (Map.Entry<String, int[]> e : byRule.entrySet()) {
                    int[] c = e.getValue();
                    out.line("| `" + e.getKey() + "` | " + c[Severity.ERROR.ordinal()] + " | " + c[Severity.WARNING.ordinal()] + " | "
                            + c[Severity.INFO.ordinal()] + " |");
                }
                out.line("");
                out.line("</details>");
                out.line("");
            }
            if (!worst.isEmpty()) {
                out.line("### Findings" + (counted[0] > worst.size() ? " (the " + worst.size() + " most severe of " + counted[0] + ")" : ""));
                out.line("");
                out.line("| Severity | File | Line | Rule | Message |");
                out.line("|---|---|---:|---|---|");
                for (Finding f : worst) {
                    if (!out.line("| " + f.severity().id() + " | " + Text.md(ctx.repoPath(f.path()), 200) + " | " + f.line() + " | `" + f.ruleId()
                            + "` | " + Text.md(f.message(), 300) + " |")) {
                        break;
                    }
                }
                out.line("");
            }
        } finally {
            out.close();
        }
        writeAnnotations(ctx, worst, counted[0], file.resolveSibling(ANNOTATIONS));
    }

    private static void writeAnnotations(ReportContext ctx, List<Finding> worst, int counted, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (Finding f : worst) {
                if (n == MAX_ANNOTATIONS) {
                    break;
                }
                w.write(annotation(ctx, f));
                w.write('\n');
                n++;
            }
            if (counted > n) {
                w.write("::notice title=corpus-qa::" + data((counted - n) + " more finding(s) not annotated; see the job summary and the reports")
                        + "\n");
            }
        }
    }

    /** One workflow command; values escaped as the GitHub Actions toolkit does. */
    static String annotation(ReportContext ctx, Finding f) {
        return "::" + Text.githubLevel(f.severity()) + " file=" + prop(ctx.repoPath(f.path())) + ",line=" + f.line() + ",endLine="
                + Math.max(f.line(), f.endLine()) + ",col=" + f.column() + ",title=" + prop(f.ruleId()) + "::"
                + data(Text.xmlSafe(f.message()));
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String prop(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    /** A writer that stops accepting lines past a byte budget and says so once. */
    private static final class Capped {
        private final BufferedWriter w;
        private final long budget;
        private long bytes;
        private boolean stopped;

        Capped(BufferedWriter w, long budget) {
            this.w = w;
            this.budget = budget;
        }

        boolean line(String s) throws IOException {
            if (stopped) {
                return false;
            }
            long n = s.getBytes(StandardCharsets.UTF_8).length + 1L;
            if (bytes + n > budget) {
                stopped = true;
                w.write("\n_Summary truncated to stay under GitHub's step summary limit; see the HTML and JSON reports._\n");
                return false;
            }
            bytes += n;
            w.write(s);
            w.write('\n');
            return true;
        }

        void close() throws IOException {
            w.close();
        }
    }
}
