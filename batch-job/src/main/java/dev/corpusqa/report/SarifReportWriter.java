package dev.corpusqa.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import dev.corpusqa.gate.Gate;
import dev.corpusqa.store.Fingerprints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code report.sarif}: SARIF 2.1.0 for GitHub code scanning. Every rule is described in
 * {@code tool.driver.rules} (short and full description, help from {@code docs/rules/<id>.md});
 * results carry repository-relative URIs (base id {@code SRCROOT}), regions, a
 * {@code partialFingerprints} entry (our line-independent fingerprint) and, when there is a
 * previous run, a {@code baselineState}. Baselined findings are emitted as suppressed; findings
 * below their rule's {@code minScore} are left out. GitHub accepts at most 25,000 results per run:
 * beyond that, the most severe are kept and a notification says how many were left out.
 * Streamed in two passes over the store (count, then write).
 */
public final class SarifReportWriter implements ReportWriter {

    public static final int GITHUB_MAX_RESULTS = 25_000;
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String FINGERPRINT_KEY = "corpusQa/v1";

    private final int maxResults;

    public SarifReportWriter() {
        this(GITHUB_MAX_RESULTS);
    }

    public SarifReportWriter(int maxResults) {
        this.maxResults = maxResults;
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "report.sarif";
    }

    @Override
    public void write(ReportContext ctx, Path file) throws IOException {
        // pass 1: how many results of each severity would be emitted; quotas keep the most severe
        Map<Severity, Integer> emitted = new EnumMap<>(Severity.class);
        try (Stream<Finding> s = ctx.store().findingStream(ctx.runId(), null)) {
            s.filter(f -> ctx.status(f) != Gate.Status.BELOW_THRESHOLD).forEach(f -> emitted.merge(f.severity(), 1, Integer::sum));
        }
        Map<Severity, Integer> quota = new EnumMap<>(Severity.class);
        int left = maxResults;
        int total = 0;
        for (Severity sev : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            int n = emitted.getOrDefault(sev, 0);
            total += n;
            quota.put(sev, Math.min(n, left));
            left -= quota.get(sev);
        }
        int omitted = total - Math.min(total, maxResults);

        List<RuleInfo> rules = ctx.registry().infos();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        String prefix = Text.repoPrefix(ctx.corpusRoot());
        Path repoRoot = Text.repoRoot(ctx.corpusRoot());
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();

            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "corpus-qa");
            g.writeStringField("version", ctx.toolVersion());
            g.writeArrayFieldStart("rules");
            for (RuleInfo r : rules) {
                writeRule(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();

            g.writeObjectFieldStart("automationDetails");
            g.writeStringField("id", "corpus-qa/" + (prefix.isEmpty() ? "" : prefix) + "run-" + ctx.runId());
            g.writeEndObject();

            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart("SRCROOT");
            g.writeStringField("uri", repoRoot.toUri().toString());
            g.writeEndObject();
            g.writeEndObject();

            g.writeArrayFieldStart("invocations");
            g.writeStartObject();
            g.writeBooleanField("executionSuccessful", true);
            if (omitted > 0) {
                g.writeArrayFieldStart("toolExecutionNotifications");
                g.writeStartObject();
                g.writeStringField("level", "warning");
                g.writeObjectFieldStart("message");
                g.writeStringField("text", "Results truncated: " + total + " results, only the " + maxResults
                        + " most severe are included (" + omitted + " left out). See report.json for all of them.");
                g.writeEndObject();
                g.writeObjectFieldStart("descriptor");
                g.writeStringField("id", "corpus-qa.truncated");
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndArray();

            g.writeArrayFieldStart("results");
            Map<Severity, Integer> taken = new EnumMap<>(Severity.class);
            try (Stream<Finding> s = ctx.store().findingStream(ctx.runId(), null)) {
                s.forEach(f -> {
                    String fp = Fingerprints.of(f);
                    Gate.Status st = ctx.gate().status(f, fp);
                    if (st == Gate.Status.BELOW_THRESHOLD) {
                        return;
                    }
                    int t = taken.getOrDefault(f.severity(), 0);
                    if (t >= quota.getOrDefault(f.severity(), 0)) {
                        return;
                    }
                    taken.put(f.severity(), t + 1);
                    try {
                        writeResult(g, f, fp, st, ctx, ruleIndex, prefix);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEndArray();

            g.writeObjectFieldStart("properties");
            g.writeNumberField("runId", ctx.runId());
            g.writeStringField("gate", ctx.decision().outcome().name().toLowerCase(Locale.ROOT));
            g.writeStringField("gateReason", ctx.decision().reason());
            g.writeNumberField("totalResults", total);
            g.writeNumberField("omittedResults", omitted);
            g.writeEndObject();

            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeRule(JsonGenerator g, RuleInfo r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", pascal(r.id()));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", r.summary());
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", RuleDocs.fullDescription(r));
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        String md = RuleDocs.markdown(r);
        g.writeStringField("text", md);
        g.writeStringField("markdown", md);
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", Text.sarifLevel(r.defaultSeverity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString("corpus-qa");
        g.writeString(r.category().id());
        g.writeEndArray();
        g.writeStringField("category", r.category().id());
        g.writeStringField("scope", r.scope().name().toLowerCase(Locale.ROOT));
        g.writeStringField("docPath", r.docPath());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, Finding f, String fp, Gate.Status st, ReportContext ctx, Map<String, Integer> ruleIndex,
            String prefix) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        Integer idx = ruleIndex.get(f.ruleId());
        if (idx != null) {
            g.writeNumberField("ruleIndex", idx);
        }
        g.writeStringField("level", Text.sarifLevel(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message().isEmpty() ? f.ruleId() : f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(prefix + f.path()));
        g.writeStringField("uriBaseId", "SRCROOT");
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", f.line());
        g.writeNumberField("startColumn", f.column());
        g.writeNumberField("endLine", Math.max(f.line(), f.endLine()));
        g.writeNumberField("endColumn", Math.max(1, f.endColumn()));
        if (!f.evidence().isEmpty()) {
            g.writeObjectFieldStart("snippet");
            g.writeStringField("text", f.evidence());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, fp);
        g.writeEndObject();
        RunDelta.State ds = ctx.delta().state(fp);
        if (ds != null) {
            g.writeStringField("baselineState", ds == RunDelta.State.NEW ? "new" : "unchanged");
        }
        if (st == Gate.Status.BASELINED) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", "accepted in the baseline file");
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("category", f.category().id());
        if (f.score() != null) {
            g.writeNumberField("score", f.score());
        }
        if (f.suggestion() != null) {
            g.writeStringField("suggestion", f.suggestion());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** A relative URI reference for a path: each segment percent-encoded as RFC 3986 requires. */
    static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (String seg : path.replace('\\', '/').split("/", -1)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(encodeSegment(seg));
        }
        return b.toString();
    }

    private static String encodeSegment(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    private static String pascal(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[.-]")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
