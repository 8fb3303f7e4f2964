package dev.corpusqa.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.corpusqa.api.CorpusQa;
import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.ConfigException;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.Finding;
import dev.corpusqa.store.Database;
import dev.corpusqa.store.DocumentResult;
import dev.corpusqa.store.QaStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on small corpora we write: H2 file store, every step, the JSON report. */
class JobIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    QaOptions options(Path corpus) {
        return new QaOptions().corpusRoot(corpus).outputDirectory(tmp.resolve("out")).threads(2).chunkSize(25)
                .referenceDate(java.time.LocalDate.of(2025, 1, 1));
    }

    @Test
    void mixedCorpusFailsWithFindingsInEveryCategoryAndAReportThatMatchesTheSchema() throws Exception {
        Path corpus = Corpora.mixed(tmp.resolve("corpus"));
        RunOutcome r = CorpusQa.check(options(corpus), RunListener.NONE);

        assertThat(r.exitCode()).isEqualTo(RunOutcome.EXIT_FAIL);
        assertThat(r.documents()).isEqualTo(6);
        JsonNode report = JSON.readTree(tmp.resolve("out/report.json").toFile());
        assertValid(report);
        Set<String> categories = new HashSet<>();
        report.get("findings").forEach(f -> categories.add(f.get("category").asText()));
        assertThat(categories).containsExactlyInAnyOrder("encoding", "boilerplate", "translation", "date");
        Set<String> rules = new HashSet<>();
        report.get("findings").forEach(f -> rules.add(f.get("path").asText() + " " + f.get("rule").asText()));
        assertThat(rules).contains("boiler.txt boilerplate.newsletter", "byline.txt translation.byline-case", "nodate.txt date.missing",
                "latin1.txt encoding.invalid-utf8");
        assertThat(rules).noneMatch(s -> s.startsWith("clean/"));
        JsonNode clean = null;
        for (JsonNode d : report.get("documents")) {
            if (d.get("path").asText().equals("clean/a.txt")) {
                clean = d;
            }
        }
        assertThat(clean).isNotNull();
        assertThat(clean.get("status").asText()).isEqualTo("pass");
        assertThat(clean.get("publicationDate").asText()).isEqualTo("2024-03-12");
        assertThat(clean.get("sha256").asText()).hasSize(64);
    }

    @Test
    void cleanCorpusPasses() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Corpora.write(corpus, "a.txt", Corpora.CLEAN);
        RunOutcome r = CorpusQa.check(options(corpus), RunListener.NONE);
        assertThat(r.exitCode()).as(String.valueOf(r.decision())).isEqualTo(RunOutcome.EXIT_PASS);
        assertValid(JSON.readTree(tmp.resolve("out/report.json").toFile()));
    }

    @Test
    void badInputIsReportedPerFileAndTheRunGoesOn() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Corpora.write(corpus, "good.txt", Corpora.CLEAN);
        Corpora.write(corpus, "binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2, 3});
        Corpora.write(corpus, "empty.txt", new byte[0]);
        Corpora.write(corpus, "vanishing.txt", Corpora.CLEAN);
        Corpora.write(corpus, "huge.txt", "x".repeat(5000));
        QaOptions o = options(corpus).maxFileBytes(4000);
        List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
        RunListener deleteMidRun = new RunListener() {
            @Override
            public void phase(String name, String detail) {
                if (name.equals("profile")) {
                    try {
                        Files.delete(corpus.resolve("vanishing.txt"));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public void problem(String path, String message) {
                problems.add(path + ": " + message);
            }
        };
        RunOutcome r = CorpusQa.check(o, deleteMidRun);

        assertThat(r.exitCode()).isEqualTo(RunOutcome.EXIT_FAIL);
        assertThat(r.documents()).isEqualTo(5);
        JsonNode report = JSON.readTree(tmp.resolve("out/report.json").toFile());
        assertValid(report);
        Set<String> found = new HashSet<>();
        report.get("findings").forEach(f -> found.add(f.get("path").asText() + " " + f.get("rule").asText()));
        assertThat(found).contains("binary.txt encoding.binary", "empty.txt encoding.empty", "vanishing.txt encoding.unreadable",
                "huge.txt encoding.too-large");
        assertThat(found).noneMatch(s -> s.startsWith("good.txt"));
        assertThat(problems).anyMatch(p -> p.startsWith("vanishing.txt: file disappeared"));
        assertThat(problems).anyMatch(p -> p.startsWith("huge.txt: file is 5000 bytes"));
    }

    @Test
    void missingCorpusDirectoryIsAClearConfigurationError() {
        assertThatThrownBy(() -> CorpusQa.check(options(tmp.resolve("nope")), RunListener.NONE))
                .isInstanceOf(ConfigException.class).hasMessageContaining("does not exist").hasMessageContaining("nope");
    }

    @Test
    void unknownRuleIdIsAClearConfigurationError() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Corpora.write(corpus, "a.txt", Corpora.CLEAN);
        QaOptions o = options(corpus);
        o.rule("encoding.no-such-rule").enabled(false);
        assertThatThrownBy(() -> CorpusQa.check(o, RunListener.NONE)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown rule id 'encoding.no-such-rule'");
    }

    @Test
    void aRunThatFailsDuringValidateResumesWithoutRedoingCommittedWorkOrDuplicatingFindings() throws Exception {
        Path corpus = tmp.resolve("corpus");
        for (int i = 0; i < 60; i++) {
            Corpora.write(corpus, String.format("doc%03d.txt", i), i % 3 == 0 ? Corpora.CLEAN.replace("Published: 2024-03-12\n", "") : Corpora.CLEAN);
        }
        QaOptions o = options(corpus).threads(1);
        RunOutcome failed = CorpusQa.run(o, RunListener.NONE, false, s -> s.failAfterDocuments(30));
        assertThat(failed.exitCode()).isEqualTo(RunOutcome.EXIT_RUNTIME);
        assertThat(failed.failure()).contains("injected failure");

        AtomicInteger resumedDocs = new AtomicInteger();
        RunListener count = new RunListener() {
            @Override
            public void validated(DocumentResult result, int done, int total) {
                resumedDocs.incrementAndGet();
            }
        };
        RunOutcome resumed = CorpusQa.resume(o, count);
        assertThat(resumed.runId()).isEqualTo(failed.runId());
        assertThat(resumed.exitCode()).isEqualTo(RunOutcome.EXIT_FAIL);
        assertThat(resumedDocs.get()).as("documents validated after resuming").isBetween(1, 59);

        QaOptions fresh = options(corpus).threads(1).outputDirectory(tmp.resolve("fresh"));
        RunOutcome reference = CorpusQa.check(fresh, RunListener.NONE);
        List<Finding> resumedFindings;
        try (Database db = Database.open(o.databaseUrl(), "sa", "")) {
            resumedFindings = new QaStore(db.dataSource()).findings(resumed.runId());
        }
        assertThat(resumedFindings).hasSize(reference.decision().total());
        Set<String> keys = resumedFindings.stream().map(f -> f.path() + ":" + f.line() + ":" + f.ruleId()).collect(Collectors.toSet());
        assertThat(keys).as("no duplicate findings").hasSize(resumedFindings.size());
        assertThat(resumedFindings).filteredOn(f -> f.ruleId().equals("date.missing")).hasSize(20);
    }

    static void assertValid(JsonNode report) throws Exception {
        Path schemaFile = Path.of("..", "docs", "report.schema.json");
        try (InputStream in = Files.newInputStream(schemaFile)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            Set<ValidationMessage> errors = schema.validate(report);
            assertThat(errors).as("report.json against docs/report.schema.json").isEmpty();
        }
    }
}
