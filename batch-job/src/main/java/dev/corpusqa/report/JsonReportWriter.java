package dev.corpusqa.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code report.json}: the report contract (schema {@code docs/report.schema.json},
 * {@code schemaVersion} 1). Streamed: documents and findings are read from the store row by row, so
 * memory does not grow with the corpus.
 */
public final class JsonReportWriter implements ReportWriter {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public void write(ReportContext ctx, Path file) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "corpus-qa");
            g.writeStringField("version", ctx.toolVersion());
            g.writeEndObject();
            g.writeNumberField("runId", ctx.runId());
            g.writeObjectFieldStart("corpus");
            g.writeStringField("root", ctx.corpusRoot().toString());
            g.writeNumberField("documents", ctx.store().documentCount(ctx.runId()));
            g.writeEndObject();
            g.writeObjectFieldStart("gate");
            g.writeStringField("decision", ctx.decision().outcome().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("failOn", ctx.options().failOn().id());
            g.writeNumberField("maxAllowedFindings", ctx.options().maxAllowedFindings());
            g.writeStringField("reason", ctx.decision().reason());
            g.writeNumberField("counted", ctx.decision().counted());
            g.writeNumberField("belowThreshold", ctx.decision().belowThreshold());
            g.writeNumberField("baselined", ctx.decision().baselined());
            g.writeEndObject();
            g.writeObjectFieldStart("summary");
            g.writeObjectFieldStart("bySeverity");
            for (Map.Entry<Severity, Integer> e : ctx.decision().bySeverity().entrySet()) {
                g.writeNumberField(e.getKey().id(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("byCategory");
            for (Map.Entry<String, Map<Severity, Integer>> e : ctx.decision().byCategory().entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                for (Map.Entry<Severity, Integer> s : e.getValue().entrySet()) {
                    g.writeNumberField(s.getKey().id(), s.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
            RunDelta delta = ctx.delta();
            if (delta != null && delta.hasPrevious()) {
                g.writeObjectFieldStart("delta");
                g.writeNumberField("previousRunId", delta.previous().runId());
                g.writeNumberField("new", delta.newCount());
                g.writeNumberField("fixed", delta.fixedCount());
                g.writeNumberField("open", delta.openCount());
                g.writeEndObject();
            }

            g.writeArrayFieldStart("documents");
            ctx.store().forEachDocumentView(ctx.runId(), d -> {
                try {
                    g.writeStartObject();
                    g.writeStringField("path", d.path());
                    g.writeStringField("status", d.status());
                    g.writeStringField("sha256", d.sha256());
                    g.writeNumberField("size", d.sizeBytes());
                    g.writeStringField("publicationDate", d.publicationDate());
                    g.writeStringField("dateSource", d.dateSource());
                    if (d.problem() != null) {
                        g.writeStringField("problem", d.problem());
                    }
                    if (!d.facts().isEmpty()) {
                        g.writeObjectFieldStart("facts");
                        for (Map.Entry<String, String> f : d.facts().entrySet()) {
                            g.writeStringField(f.getKey(), f.getValue());
                        }
                        g.writeEndObject();
                    }
                    g.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();

            g.writeArrayFieldStart("findings");
            ctx.store().forEachFinding(ctx.runId(), f -> {
                try {
                    writeFinding(g, f, ctx);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.writeEndObject();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeFinding(JsonGenerator g, Finding f, ReportContext ctx) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("category", f.category().id());
        g.writeStringField("severity", f.severity().id());
        g.writeNumberField("line", f.line());
        g.writeNumberField("column", f.column());
        g.writeNumberField("endLine", f.endLine());
        g.writeNumberField("endColumn", f.endColumn());
        g.writeStringField("message", f.message());
        g.writeStringField("evidence", f.evidence());
        if (f.score() != null) {
            g.writeNumberField("score", f.score());
        }
        if (f.suggestion() != null) {
            g.writeStringField("suggestion", f.suggestion());
        }
        String fp = dev.corpusqa.store.Fingerprints.of(f);
        g.writeStringField("fingerprint", fp);
        dev.corpusqa.gate.Gate.Status st = ctx.gate().status(f, fp);
        g.writeBooleanField("counted", st == dev.corpusqa.gate.Gate.Status.COUNTED);
        g.writeStringField("status", st.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        RunDelta.State ds = ctx.delta() == null ? null : ctx.delta().state(fp);
        if (ds != null) {
            g.writeStringField("state", ds.name().toLowerCase(java.util.Locale.ROOT));
        }
        g.writeEndObject();
    }
}
