package dev.corpusqa.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpusqa.api.CorpusQa;
import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.Finding;
import dev.corpusqa.store.Database;
import dev.corpusqa.store.DocumentResult;
import dev.corpusqa.store.QaStore;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose process is killed during validate is resumed to completion, without duplicate findings. */
class KilledRunTest {

    @TempDir
    Path tmp;

    @Test
    void aKilledProcessIsResumed() throws Exception {
        Path corpus = tmp.resolve("corpus");
        for (int i = 0; i < 90; i++) {
            String a = Corpora.ARTICLES[i % Corpora.ARTICLES.length];
            Corpora.write(corpus, String.format("d%03d.txt", i), i % 4 == 0 ? a.replaceAll("Published: [0-9-]+\n", "") : a);
        }
        Path out = tmp.resolve("out");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), KilledRunMain.class.getName(), corpus.toString(),
                out.toString(), "40").redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        assertThat(p.exitValue()).as("child was halted mid-run; its log:\n%s", java.nio.file.Files.readString(tmp.resolve("child.log"))).isEqualTo(137);

        QaOptions o = new QaOptions().corpusRoot(corpus).outputDirectory(out).threads(1).chunkSize(25);
        AtomicInteger resumed = new AtomicInteger();
        RunOutcome r = CorpusQa.resume(o, new RunListener() {
            @Override
            public void validated(DocumentResult res, int done, int total) {
                resumed.incrementAndGet();
            }
        });
        assertThat(r.exitCode()).as(String.valueOf(r.failure())).isEqualTo(RunOutcome.EXIT_FAIL);
        assertThat(resumed.get()).as("only the documents not committed before the kill are validated again").isLessThan(90).isPositive();
        List<Finding> findings;
        try (Database db = Database.open(o.databaseUrl(), "sa", "")) {
            findings = new QaStore(db.dataSource()).findings(r.runId());
        }
        Set<String> keys = findings.stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + ":" + f.ruleId()).collect(Collectors.toSet());
        assertThat(keys).as("no duplicates").hasSize(findings.size());
        assertThat(findings).filteredOn(f -> f.ruleId().equals("date.missing")).hasSize(23);
        assertThat(new File(out.resolve("report.json").toString())).exists();
    }
}
