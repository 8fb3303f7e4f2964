package dev.corpusqa.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpusqa.api.CorpusQa;
import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.Finding;
import dev.corpusqa.store.Database;
import dev.corpusqa.store.QaStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs reuse stored results only when that cannot change them, and a run killed during
 * validation resumes without duplicate findings. (Functional tests: speed is measured by the
 * benchmarks module, never here.)
 */
class IncrementalAndResumeTest {

    @TempDir
    Path tmp;

    private static final String[] TOWNS = {"Harrowgate", "Millbrook", "Eastleigh", "Stonebridge", "Westmoor", "Ashford Vale"};

    /** A small corpus of our own articles: a shared sign-off line (repeated-line), a BOM, invalid bytes, a missing date. */
    private Path corpus(int n) throws IOException {
        Path dir = tmp.resolve("corpus");
        for (int i = 0; i < n; i++) {
            String town = TOWNS[i % TOWNS.length];
            StringBuilder sb = new StringBuilder();
            if (i % 17 == 3) {
                sb.append('\uFEFF');
            }
            sb.append("Council in ").append(town).append(" reviews parking charges, item ").append(i).append('\n');
            sb.append("By Jordan Avery\n");
            if (i % 11 != 5) {
                sb.append("Published 2024-03-").append(String.format(Locale.ROOT, "%02d", 1 + i % 28)).append('\n');
            }
            sb.append("Councillors in ").append(town).append(" voted on Tuesday to review parking charges for the ").append(i)
                    .append(" streets around the market square after traders complained.\n");
            sb.append("The review will report back in the autumn, a spokesperson for the council said in statement number ").append(i).append(".\n");
            sb.append("This story was produced by the regional desk of our newsroom.\n");
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            if (i % 13 == 7) {
                b[b.length / 2] = (byte) 0xFF;
            }
            Path f = dir.resolve(String.format(Locale.ROOT, "part%d/article-%03d.txt", i % 3, i));
            Files.createDirectories(f.getParent());
            Files.write(f, b);
        }
        return dir;
    }

    private QaOptions options(Path corpus, String out) {
        // the job's own incremental paths are under test here: the up-to-date check would skip them
        return new QaOptions().corpusRoot(corpus).outputDirectory(tmp.resolve(out)).threads(2).chunkSize(25).quiet(true).referenceDate(LocalDate.of(2025, 1, 1))
                .upToDateCheck(false);
    }

    private static List<String> findings(QaOptions o, long runId) {
        try (Database db = Database.open(o.databaseUrl(), o.databaseUser(), o.databasePassword())) {
            return new QaStore(db.dataSource()).findings(runId).stream().map(IncrementalAndResumeTest::key).sorted().collect(Collectors.toList());
        }
    }

    private static int storedFindingRows(QaOptions o) {
        try (Database db = Database.open(o.databaseUrl(), o.databaseUser(), o.databasePassword())) {
            return new QaStore(db.dataSource()).jdbc().queryForObject("SELECT COUNT(*) FROM qa_finding", Integer.class);
        }
    }

    private static String reuseMode(QaOptions o, long runId) {
        try (Database db = Database.open(o.databaseUrl(), o.databaseUser(), o.databasePassword())) {
            return new QaStore(db.dataSource()).reuseMode(runId);
        }
    }

    private static String key(Finding f) {
        return f.path() + "|" + f.ruleId() + "|" + f.line() + ":" + f.column() + "|" + f.severity() + "|" + f.message();
    }

    @Test
    void unchangedCorpusIsClonedAndChangedCorpusMatchesAFreshRun() throws IOException {
        Path c = corpus(40);
        QaOptions o = options(c, "inc");
        RunOutcome first = CorpusQa.check(o, RunListener.NONE);
        assertThat(first.exitCode()).isIn(RunOutcome.EXIT_PASS, RunOutcome.EXIT_FAIL);
        List<String> f1 = findings(o, first.runId());
        assertThat(f1).isNotEmpty();
        assertThat(f1).anyMatch(k -> k.contains("|boilerplate.repeated-line|"));

        RunOutcome second = CorpusQa.check(o, RunListener.NONE);
        assertThat(reuseMode(o, second.runId())).isEqualTo("clone");
        assertThat(findings(o, second.runId())).isEqualTo(f1);
        assertThat(storedFindingRows(o)).as("an unchanged re-run shares the rows, it does not copy them").isEqualTo(f1.size());
        RunOutcome again = CorpusQa.check(o, RunListener.NONE); // shares through a run that itself shares
        assertThat(reuseMode(o, again.runId())).isEqualTo("clone");
        assertThat(findings(o, again.runId())).isEqualTo(f1);
        assertThat(again.decision().total()).isEqualTo(first.decision().total());
        assertThat(again.documents()).isEqualTo(first.documents());

        // change one file, add one that repeats the shared line, remove one: corpus-level results must follow
        Path changed = c.resolve("part1/article-001.txt");
        Files.writeString(changed, Files.readString(changed).replace("Councillors", "Councillors\u00a0 &amp; officers"));
        Files.setLastModifiedTime(changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 5000));
        Files.writeString(c.resolve("part0/article-new.txt"), "Library opening hours extended\nBy Sam Okoro\nPublished 2024-05-02\n"
                + "The library will open until eight in the evening from June.\nThis story was produced by the regional desk of our newsroom.\n");
        Files.delete(c.resolve("part2/article-002.txt"));
        RunOutcome third = CorpusQa.check(o, RunListener.NONE);
        assertThat(reuseMode(o, third.runId())).isEqualTo("partial");

        QaOptions fresh = options(c, "fresh").incremental(false);
        RunOutcome reference = CorpusQa.check(fresh, RunListener.NONE);
        assertThat(findings(o, third.runId())).isEqualTo(findings(fresh, reference.runId()));
        assertThat(third.documents()).isEqualTo(40);
    }

    @Test
    void unchangedReRunReusesTheStoredDecisionOnlyForTheSameGate() throws IOException {
        Path c = corpus(40);
        QaOptions o = options(c, "gate");
        RunOutcome first = CorpusQa.check(o, RunListener.NONE);
        RunOutcome same = CorpusQa.check(o, RunListener.NONE);
        assertThat(reuseMode(o, same.runId())).isEqualTo("clone");
        assertThat(same.decision()).isEqualTo(first.decision());

        // a stricter gate over the same rows: still a clone, but decided again from the findings
        QaOptions strict = options(c, "gate").failOn(dev.corpusqa.config.FailOn.WARNING).maxAllowedFindings(1);
        RunOutcome stricter = CorpusQa.check(strict, RunListener.NONE);
        assertThat(reuseMode(strict, stricter.runId())).isEqualTo("clone");
        dev.corpusqa.gate.Gate gate = dev.corpusqa.report.Reports.gate(strict, dev.corpusqa.rules.RuleRegistry.builtIn().select(strict));
        dev.corpusqa.gate.Gate.Decision expected;
        try (Database db = Database.open(strict.databaseUrl(), strict.databaseUser(), strict.databasePassword())) {
            QaStore store = new QaStore(db.dataSource());
            expected = store.withFindings(stricter.runId(), fs -> gate.decide(fs, dev.corpusqa.store.Fingerprints::of, 40));
        }
        assertThat(stricter.decision()).isEqualTo(expected);
        assertThat(stricter.decision().reason()).isNotEqualTo(first.decision().reason());
        assertThat(gate.key()).isNotEqualTo(dev.corpusqa.report.Reports.gate(o, dev.corpusqa.rules.RuleRegistry.builtIn().select(o)).key());
    }

    @Test
    void runKilledDuringValidateResumesWithoutDuplicates() throws IOException {
        Path c = corpus(120);
        QaOptions o = options(c, "resume").incremental(false);
        RunOutcome killed = CorpusQa.run(o, RunListener.NONE, false, s -> s.failAfterDocuments(50));
        assertThat(killed.exitCode()).isEqualTo(RunOutcome.EXIT_RUNTIME);

        RunOutcome resumed = CorpusQa.resume(o, RunListener.NONE);
        assertThat(resumed.runId()).isEqualTo(killed.runId());
        assertThat(resumed.exitCode()).isIn(RunOutcome.EXIT_PASS, RunOutcome.EXIT_FAIL);
        List<String> got = findings(o, resumed.runId());
        assertThat(got).doesNotHaveDuplicates();

        QaOptions fresh = options(c, "resume-fresh").incremental(false);
        RunOutcome reference = CorpusQa.check(fresh, RunListener.NONE);
        assertThat(got).isEqualTo(findings(fresh, reference.runId()));
    }
}
