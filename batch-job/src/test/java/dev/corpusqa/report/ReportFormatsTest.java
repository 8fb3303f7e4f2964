package dev.corpusqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.corpusqa.core.Severity;
import dev.corpusqa.rules.RuleRegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every writer on one synthetic run with hostile content: control characters, lone surrogates, markup, odd paths. */
class ReportFormatsTest {

    static final String NASTY = "Sign up now \u0001\u0008\u000B <b>&amp; \"quoted\" ]]> \uD800 \uFFFE end";

    @TempDir
    static Path dir;
    static SyntheticRun run;
    static long runId;
    static Map<String, Path> written;

    @BeforeAll
    static void setUp() throws Exception {
        run = new SyntheticRun(dir);
        run.file("news/a.txt", "Harbour reopens\nPublished 2024-03-12\n\nThe ferry runs hourly.\nSign up for our daily newsletter now.\nThe end.\n")
                .finding("news/a.txt", "boilerplate.newsletter", Severity.ERROR, 5, 1, 37, "sign-up box", "Sign up for our daily newsletter now.")
                .file("news/odd name & <x>.txt", new byte[] {'O', 'k', '\n', 'b', 'a', 'd', ' ', (byte) 0xff, (byte) 0xfe, '\n', 1, 2, '\n'})
                .finding("news/odd name & <x>.txt", "encoding.invalid-utf8", Severity.ERROR, 2, 5, 7, NASTY, NASTY)
                .finding("news/odd name & <x>.txt", "date.missing", Severity.WARNING, 1, 1, 1, "no publication date", "")
                .file("news/clean.txt", "Harbour reopens\nPublished 2024-03-12\n\nAll good.\n");
        runId = run.commit();
        written = run.writeAll(runId);
    }

    @AfterAll
    static void tearDown() {
        run.close();
    }

    @Test
    void everyFormatIsWritten() {
        assertThat(written).containsOnlyKeys("json", "sarif", "junit", "checkstyle", "html", "markdown");
        written.values().forEach(p -> assertThat(p).exists());
        assertThat(run.out.resolve(MarkdownReportWriter.ANNOTATIONS)).exists();
    }

    @Test
    void sarifIsValidAgainstTheSarif210Schema() throws Exception {
        JsonNode log = new ObjectMapper().readTree(written.get("sarif").toFile());
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(log);
        assertThat(errors).isEmpty();
        // the validator is not vacuous: a log without runs, or with an unknown level, is rejected
        ObjectMapper m = new ObjectMapper();
        assertThat(schema.validate(m.readTree("{\"version\": \"2.1.0\"}"))).isNotEmpty();
        JsonNode broken = log.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        assertThat(schema.validate(broken)).isNotEmpty();

        JsonNode r = log.path("runs").get(0);
        JsonNode rules = r.path("tool").path("driver").path("rules");
        assertThat(rules.size()).isEqualTo(RuleRegistry.builtIn().infos().size());
        for (JsonNode rule : rules) {
            assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
            assertThat(rule.path("fullDescription").path("text").asText()).isNotBlank();
            assertThat(rule.path("help").path("text").asText()).isNotBlank();
        }
        JsonNode results = r.path("results");
        assertThat(results.size()).isEqualTo(3);
        for (JsonNode res : results) {
            JsonNode loc = res.path("locations").get(0).path("physicalLocation");
            String uri = loc.path("artifactLocation").path("uri").asText();
            assertThat(uri).startsWith("news/").doesNotContain(" ").doesNotContain("<").doesNotContain("file:");
            assertThat(loc.path("region").path("startLine").asInt()).isPositive();
            assertThat(res.path("partialFingerprints").path(SarifReportWriter.FINGERPRINT_KEY).asText()).hasSize(32);
            assertThat(rules.get(res.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(res.path("ruleId").asText());
        }
        assertThat(results.findValuesAsText("uri")).contains("news/odd%20name%20&%20%3Cx%3E.txt");
    }

    @Test
    void sarifOverTheLimitKeepsTheMostSevereAndSaysSo() throws Exception {
        Path f = dir.resolve("small.sarif");
        new SarifReportWriter(2).write(run.context(runId), f);
        JsonNode r = new ObjectMapper().readTree(f.toFile()).path("runs").get(0);
        assertThat(r.path("results").size()).isEqualTo(2);
        assertThat(r.path("results").findValuesAsText("level")).containsOnly("error");
        String notice = r.path("invocations").get(0).path("toolExecutionNotifications").get(0).path("message").path("text").asText();
        assertThat(notice).contains("truncated").contains("3 results").contains("1 left out");
    }

    @Test
    void junitHasOneUniqueTestCasePerFileAndCategoryAndFailuresCarryFindings() throws Exception {
        Document doc = parse(written.get("junit"));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3 * 4);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertThat(ids.add(c.getAttribute("classname") + "#" + c.getAttribute("name"))).isTrue();
        }
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(3);
        Element boiler = failingCase(doc, "corpusqa.boilerplate");
        assertThat(boiler.getAttribute("name")).isEqualTo("news/a.txt");
        assertThat(boiler.getElementsByTagName("failure").item(0).getTextContent()).contains("news/a.txt:5:1: error [boilerplate.newsletter]");
        Element enc = failingCase(doc, "corpusqa.encoding");
        assertThat(enc.getAttribute("name")).isEqualTo("news/odd name & <x>.txt");
        assertThat(enc.getElementsByTagName("failure").item(0).getTextContent()).contains("<b>&amp;").contains("\uFFFD");
        Element suites = doc.getDocumentElement();
        assertThat(suites.getAttribute("tests")).isEqualTo("12");
        assertThat(suites.getAttribute("failures")).isEqualTo("3");
    }

    @Test
    void checkstyleIsWellFormedAndListsEveryCountedFinding() throws Exception {
        Document doc = parse(written.get("checkstyle"));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("checkstyle");
        NodeList files = doc.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(2);
        NodeList errors = doc.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(3);
        List<String> sources = new java.util.ArrayList<>();
        for (int i = 0; i < errors.getLength(); i++) {
            Element e = (Element) errors.item(i);
            sources.add(e.getAttribute("source"));
            assertThat(Integer.parseInt(e.getAttribute("line"))).isPositive();
            assertThat(e.getAttribute("severity")).isIn("error", "warning", "info");
        }
        assertThat(sources).contains("corpusqa.boilerplate.newsletter", "corpusqa.encoding.invalid-utf8", "corpusqa.date.missing");
        String xml = Files.readString(written.get("checkstyle"));
        assertThat(xml).doesNotContain("\u0001").doesNotContain("\u0008");
    }

    @Test
    void markdownSummaryAndAnnotations() throws Exception {
        String md = Files.readString(written.get("markdown"));
        assertThat(md).startsWith("## ❌ Corpus QA: fail").contains("| encoding | 1 | 0 | 0 |").contains("First run over this corpus");
        assertThat(md).doesNotContain("<b>").contains("&lt;b&gt;");
        assertThat(Files.size(written.get("markdown"))).isLessThan(MarkdownReportWriter.MAX_BYTES);
        List<String> ann = Files.readAllLines(run.out.resolve(MarkdownReportWriter.ANNOTATIONS), StandardCharsets.UTF_8);
        assertThat(ann).hasSize(3);
        assertThat(ann.get(0)).startsWith("::error file=news/");
        assertThat(ann).anyMatch(l -> l.startsWith("::warning file=news/odd name & <x>.txt,line=1,"));
        assertThat(ann).allMatch(l -> !l.contains("\u0001"));
    }

    @Test
    void annotationsStopAtTenWithANotice() throws Exception {
        try (SyntheticRun many = new SyntheticRun(dir.resolve("many"))) {
            many.file("x.txt", "a\n".repeat(20));
            for (int i = 1; i <= 15; i++) {
                many.finding("x.txt", "date.missing", i % 2 == 0 ? Severity.ERROR : Severity.WARNING, i, 1, 2, "m" + i, "e" + i);
            }
            long id = many.commit();
            Reports.write(many.context(id), many.out, List.of("markdown"));
            List<String> ann = Files.readAllLines(many.out.resolve(MarkdownReportWriter.ANNOTATIONS));
            assertThat(ann).hasSize(11);
            assertThat(ann.subList(0, 7)).allMatch(l -> l.startsWith("::error "));
            assertThat(ann.get(10)).startsWith("::notice").contains("5 more finding(s)");
        }
    }

    @Test
    void jsonReportStaysTheContract() throws Exception {
        JsonNode j = new ObjectMapper().readTree(written.get("json").toFile());
        assertThat(j.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(j.path("findings").size()).isEqualTo(3);
        assertThat(j.path("findings").findValuesAsText("status")).containsOnly("counted");
    }

    static Element failingCase(Document doc, String classname) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("classname").equals(classname) && c.getElementsByTagName("failure").getLength() > 0) {
                return c;
            }
        }
        throw new AssertionError("no failing test case in " + classname);
    }

    static Document parse(Path p) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(p.toFile());
    }
}
