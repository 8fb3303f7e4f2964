package dev.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.corpusqa.core.CorpusRule;
import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Data-driven rule tests, in the spirit of PMD's rule-test XML and Checkstyle's input files: every
 * {@code src/test/resources/rule-cases/*.yml} names a rule and lists cases, each a document (or a
 * small corpus) and the findings expected of that rule. An empty {@code expect} means the rule must
 * stay silent. Format:
 *
 * <pre>
 * rule: encoding.bom
 * params: {maxListed: 5}           # optional rule parameters
 * referenceDate: 2024-07-01        # optional
 * cases:
 *   - name: leading BOM warns
 *     text: "\uFEFFHello"          # or hex: "EF BB BF 48 69" for raw bytes
 *     expect:
 *       - {line: 1, column: 1, severity: warning, message: "byte-order mark"}   # message: substring
 *   - name: plain text is fine
 *     text: "Hello"
 *     expect: []
 *   - name: corpus-level rule
 *     corpus:                       # several documents; expectations then carry a path
 *       - {path: a.txt, text: "..."}
 *       - {path: b.txt, text: "..."}
 *     expect:
 *       - {path: a.txt, line: 2}
 * </pre>
 *
 * Only the findings of the named rule count. Expected entries match findings in order of
 * (path, line, column); {@code count: N} instead of a list asserts the number only.
 */
class RuleCaseTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TestFactory
    Stream<DynamicTest> ruleCases() throws IOException, URISyntaxException {
        Path dir = Path.of(RuleCaseTest.class.getResource("/rule-cases").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                JsonNode root = YAML.readTree(f.toFile());
                String ruleId = root.get("rule").asText();
                Rule rule = RuleRegistry.builtIn().get(ruleId);
                assertThat(rule).as("rule %s named in %s exists", ruleId, f.getFileName()).isNotNull();
                Map<String, Object> params = YAML.convertValue(root.path("params"), Map.class);
                LocalDate ref = root.has("referenceDate") ? LocalDate.parse(root.get("referenceDate").asText()) : LocalDate.of(2026, 1, 1);
                for (JsonNode c : root.get("cases")) {
                    String name = f.getFileName() + " :: " + c.get("name").asText();
                    tests.add(DynamicTest.dynamicTest(name, () -> runCase(rule, params == null ? Map.of() : params, ref, c)));
                }
            }
        }
        return tests.stream();
    }

    /** Run one rule over the documents of a case and return its findings (also used by other tests). */
    public static List<Finding> run(Rule rule, Map<String, Object> params, LocalDate ref, List<Document> docs) throws Exception {
        Map<Class<? extends CorpusStatistic>, CorpusStatistic> stats = new HashMap<>();
        for (Class<? extends CorpusStatistic> t : rule.statistics()) {
            CorpusStatistic s = t.getDeclaredConstructor().newInstance();
            docs.stream().filter(Document::hasText).forEach(s::add);
            s.finish(docs.size());
            stats.put(t, s);
        }
        RuleContext ctx = new RuleContext(stats, Map.of(rule.info().id(), params), ref, docs.size());
        List<Finding> out = new ArrayList<>();
        FindingSink sink = out::add;
        if (rule instanceof CorpusRule cr) {
            cr.checkCorpus(ctx, sink);
        }
        for (Document d : docs) {
            rule.check(d, ctx, sink);
        }
        out.sort(RuleEngine.ORDER);
        return out;
    }

    private static void runCase(Rule rule, Map<String, Object> params, LocalDate ref, JsonNode c) throws Exception {
        List<Document> docs = new ArrayList<>();
        if (c.has("corpus")) {
            for (JsonNode d : c.get("corpus")) {
                docs.add(document(d.get("path").asText(), d));
            }
        } else {
            docs.add(document("case.txt", c));
        }
        List<Finding> found = run(rule, params, ref, docs);
        String shown = found.stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.severity().id() + " " + f.message())
                .reduce("", (a, b) -> a + "\n  " + b);
        JsonNode expect = c.get("expect");
        if (c.has("count")) {
            assertThat(found).as("number of findings; got:%s", shown).hasSize(c.get("count").asInt());
            return;
        }
        assertThat(found).as("findings of %s; got:%s", rule.info().id(), shown).hasSize(expect == null ? 0 : expect.size());
        for (int i = 0; expect != null && i < expect.size(); i++) {
            JsonNode e = expect.get(i);
            Finding f = found.get(i);
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> kv = it.next();
                String v = kv.getValue().asText();
                switch (kv.getKey()) {
                    case "path" -> assertThat(f.path()).as("path of finding %d", i).isEqualTo(v);
                    case "line" -> assertThat(f.line()).as("line of finding %d; got:%s", i, shown).isEqualTo(kv.getValue().asInt());
                    case "column" -> assertThat(f.column()).as("column of finding %d; got:%s", i, shown).isEqualTo(kv.getValue().asInt());
                    case "endLine" -> assertThat(f.endLine()).as("endLine of finding %d", i).isEqualTo(kv.getValue().asInt());
                    case "endColumn" -> assertThat(f.endColumn()).as("endColumn of finding %d", i).isEqualTo(kv.getValue().asInt());
                    case "severity" -> assertThat(f.severity().id()).as("severity of finding %d", i).isEqualTo(v);
                    case "message" -> assertThat(f.message()).as("message of finding %d", i).containsIgnoringCase(v);
                    case "evidence" -> assertThat(f.evidence()).as("evidence of finding %d", i).contains(v);
                    case "suggestion" -> assertThat(f.suggestion()).as("suggestion of finding %d", i).isEqualTo(v);
                    case "minScore" -> assertThat(f.score()).as("score of finding %d", i).isGreaterThanOrEqualTo(kv.getValue().asDouble());
                    default -> throw new IllegalArgumentException("unknown expectation key " + kv.getKey());
                }
            }
        }
    }

    static Document document(String path, JsonNode d) {
        Map<String, String> meta = new LinkedHashMap<>();
        if (d.has("metadata")) {
            d.get("metadata").fields().forEachRemaining(e -> meta.put(e.getKey(), e.getValue().asText()));
        }
        byte[] bytes;
        if (d.has("hex")) {
            bytes = HexFormat.of().parseHex(d.get("hex").asText().replaceAll("\\s+", ""));
        } else if (d.has("resource")) {
            try (InputStream in = RuleCaseTest.class.getResourceAsStream("/rule-cases/" + d.get("resource").asText())) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            bytes = d.get("text").asText().getBytes(StandardCharsets.UTF_8);
        }
        return Document.of(path, bytes, meta);
    }
}
