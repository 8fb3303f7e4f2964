package dev.corpusqa.report;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Finding;
import dev.corpusqa.gate.Gate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code junit.xml} for the test tabs of GitLab and Jenkins: one {@code <testsuite>} per category
 * and one {@code <testcase>} per (file, category), with {@code classname} "corpusqa.&lt;category&gt;"
 * and {@code name} the file's repository-relative path, so the pair is unique. A test case fails
 * when the file has a counted finding of that category at warning or error; the failure's text
 * lists every such finding ({@code path:line:column: severity [rule] message}). Info findings and
 * baselined ones go to {@code <system-out>}. Documents and findings are merge-joined in path order
 * from two streams, so memory stays flat with the corpus.
 */
public final class JunitReportWriter implements ReportWriter {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileName() {
        return "junit.xml";
    }

    @Override
    public void write(ReportContext ctx, Path file) throws IOException {
        int docs = ctx.store().documentCount(ctx.runId());
        // pass 1: failures per category, for the suite attributes that precede the test cases
        int[] failures = new int[Category.values().length];
        for (Category c : Category.values()) {
            failures[c.ordinal()] = countFailingFiles(ctx, c);
        }
        int totalFailures = 0;
        for (int f : failures) {
            totalFailures += f;
        }
        try (Xml x = new Xml(file)) {
            x.start("testsuites").attr("name", "corpus-qa").attr("tests", (long) docs * Category.values().length)
                    .attr("failures", totalFailures).attr("errors", 0).nl();
            for (Category c : Category.values()) {
                x.start("testsuite").attr("name", "corpusqa." + c.id()).attr("tests", docs).attr("failures", failures[c.ordinal()])
                        .attr("errors", 0).attr("skipped", 0).nl();
                try (Stream<String> paths = ctx.store().documentPaths(ctx.runId());
                        Stream<Finding> findings = ctx.store().findingStream(ctx.runId(), c.id())) {
                    // both streams come from the same database in the same ORDER BY path, so walking them in
                    // step needs only that they agree with each other, not a Java comparator (collations differ)
                    Iterator<Finding> fi = findings.iterator();
                    Finding pending = fi.hasNext() ? fi.next() : null;
                    for (Iterator<String> pi = paths.iterator(); pi.hasNext();) {
                        String path = pi.next();
                        List<Finding> mine = new ArrayList<>();
                        while (pending != null && pending.path().equals(path)) {
                            mine.add(pending);
                            pending = fi.hasNext() ? fi.next() : null;
                        }
                        testCase(x, ctx, c, path, mine);
                    }
                    if (pending != null) { // findings on a path with no document row: never expected, never dropped
                        List<Finding> rest = new ArrayList<>();
                        rest.add(pending);
                        fi.forEachRemaining(rest::add);
                        testCase(x, ctx, c, "(other)", rest);
                    }
                }
                x.end().nl();
            }
            x.end();
        }
    }

    private static boolean fails(ReportContext ctx, Finding f) {
        return ctx.status(f) == Gate.Status.COUNTED && f.severity() != dev.corpusqa.core.Severity.INFO;
    }

    private static int countFailingFiles(ReportContext ctx, Category c) {
        String[] last = {null};
        int[] n = {0};
        try (Stream<Finding> s = ctx.store().findingStream(ctx.runId(), c.id())) {
            s.filter(f -> fails(ctx, f)).forEach(f -> {
                if (!f.path().equals(last[0])) {
                    n[0]++;
                    last[0] = f.path();
                }
            });
        }
        return n[0];
    }

    private static void testCase(Xml x, ReportContext ctx, Category c, String path, List<Finding> mine) throws IOException {
        x.start("testcase").attr("classname", "corpusqa." + c.id()).attr("name", ctx.repoPath(path)).attr("time", "0");
        StringBuilder failing = new StringBuilder();
        StringBuilder other = new StringBuilder();
        int nFail = 0;
        String worst = null;
        for (Finding f : mine) {
            String line = ctx.repoPath(f.path()) + ":" + f.line() + ":" + f.column() + ": " + f.severity().id() + " [" + f.ruleId() + "] "
                    + f.message() + (f.evidence().isEmpty() ? "" : "\n    evidence: " + Text.clip(f.evidence(), 200)) + "\n";
            if (fails(ctx, f)) {
                nFail++;
                failing.append(line);
                if (worst == null || f.severity() == dev.corpusqa.core.Severity.ERROR) {
                    worst = f.severity().id();
                }
            } else {
                Gate.Status st = ctx.status(f);
                other.append(st == Gate.Status.COUNTED ? "" : "(" + st.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ") ").append(line);
            }
        }
        if (nFail > 0) {
            x.start("failure").attr("type", worst).attr("message", nFail + " " + c.id() + " finding(s)").text(failing.toString()).end();
        }
        if (other.length() > 0) {
            x.start("system-out").text(other.toString()).end();
        }
        x.end().nl();
    }
}
