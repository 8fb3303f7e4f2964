package dev.corpusqa.report;

import dev.corpusqa.core.Finding;
import dev.corpusqa.gate.Gate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * {@code checkstyle-result.xml}: the Checkstyle XML format (read by Jenkins Warnings NG and many
 * dashboards): one {@code <file>} per file with findings, one {@code <error>} per counted finding
 * with line, column, severity (error, warning, info), message and the rule id as {@code source}.
 * Baselined and below-threshold findings are left out (the format has no notion of them) and
 * counted in a comment. Streamed from the store in path order.
 */
public final class CheckstyleReportWriter implements ReportWriter {

    @Override
    public String format() {
        return "checkstyle";
    }

    @Override
    public String fileName() {
        return "checkstyle-result.xml";
    }

    @Override
    public void write(ReportContext ctx, Path file) throws IOException {
        try (Xml x = new Xml(file); Stream<Finding> s = ctx.store().findingStream(ctx.runId(), null)) {
            x.start("checkstyle").attr("version", "8.0").nl();
            String[] current = {null};
            int[] skipped = {0};
            s.forEach(f -> {
                try {
                    if (ctx.status(f) != Gate.Status.COUNTED) {
                        skipped[0]++;
                        return;
                    }
                    String name = ctx.repoPath(f.path());
                    if (!name.equals(current[0])) {
                        if (current[0] != null) {
                            x.end().nl();
                        }
                        x.start("file").attr("name", name).nl();
                        current[0] = name;
                    }
                    x.start("error").attr("line", f.line()).attr("column", f.column()).attr("severity", f.severity().id())
                            .attr("message", f.message()).attr("source", "corpusqa." + f.ruleId()).end().nl();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (current[0] != null) {
                x.end().nl();
            }
            if (skipped[0] > 0) {
                x.comment(skipped[0] + " baselined or below-threshold finding(s) not listed");
                x.nl();
            }
            x.end();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
