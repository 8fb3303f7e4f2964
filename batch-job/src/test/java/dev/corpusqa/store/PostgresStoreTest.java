package dev.corpusqa.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpusqa.api.CorpusQa;
import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.job.Corpora;
import dev.corpusqa.job.RunListener;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job against a real PostgreSQL server (the {@code --db} option). CI starts one on loopback
 * with {@code .ci/postgres.sh}. By hand:
 * <pre>
 *   bash .ci/postgres.sh
 *   CORPUS_QA_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/corpusqa ./mvnw -pl batch-job test -Dtest=PostgresStoreTest
 * </pre>
 * User and password default to corpusqa / corpusqa ({@code CORPUS_QA_TEST_PG_USER}, {@code CORPUS_QA_TEST_PG_PASSWORD}).
 */
@EnabledIfEnvironmentVariable(named = "CORPUS_QA_TEST_PG_URL", matches = "jdbc:postgresql:.*")
class PostgresStoreTest {

    @TempDir
    Path tmp;

    @Test
    void runsTheJobTwiceOnPostgresql() throws Exception {
        Path corpus = Corpora.mixed(tmp.resolve("corpus"));
        String user = System.getenv().getOrDefault("CORPUS_QA_TEST_PG_USER", "corpusqa");
        String pw = System.getenv().getOrDefault("CORPUS_QA_TEST_PG_PASSWORD", "corpusqa");
        QaOptions o = new QaOptions().corpusRoot(corpus).outputDirectory(tmp.resolve("out"))
                .databaseUrl(System.getenv("CORPUS_QA_TEST_PG_URL")).databaseUser(user).databasePassword(pw)
                .upToDateCheck(false); // two job runs on the server, the second sharing the first one's rows
        RunOutcome first = CorpusQa.check(o, RunListener.NONE);
        RunOutcome second = CorpusQa.check(o, RunListener.NONE);
        assertThat(first.exitCode()).as(first.failure()).isEqualTo(RunOutcome.EXIT_FAIL);
        assertThat(second.exitCode()).as(second.failure()).isEqualTo(RunOutcome.EXIT_FAIL);
        assertThat(second.runId()).isGreaterThan(first.runId());
        assertThat(second.decision().total()).isEqualTo(first.decision().total()).isPositive();
        try (Database db = Database.open(o.databaseUrl(), user, pw)) {
            assertThat(db.platform()).isEqualTo("postgresql");
            assertThat(new QaStore(db.dataSource()).findingCount(second.runId())).isEqualTo(second.decision().total());
        }
    }
}
