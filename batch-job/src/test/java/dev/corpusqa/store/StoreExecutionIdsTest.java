package dev.corpusqa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two embedded stores used at once in one JVM (the Maven plugin under {@code mvn -T 2}) must not
 * number their Spring Batch executions alike: Spring Batch's step scope is JVM-wide and keyed by
 * execution, and equal ids mixed up the two runs (OptimisticLockingFailureException on step 1).
 */
class StoreExecutionIdsTest {

    @Test
    void freshH2StoresStartTheirExecutionIdsApart(@TempDir Path dir) {
        try (Database a = Database.open("jdbc:h2:file:" + dir.resolve("a/db"), "sa", "");
                Database b = Database.open("jdbc:h2:file:" + dir.resolve("b/db"), "sa", "")) {
            long[] ids = new long[2];
            int i = 0;
            for (Database db : new Database[] {a, b}) {
                JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
                ids[i++] = jdbc.queryForObject("SELECT NEXT VALUE FOR BATCH_STEP_EXECUTION_SEQ", Long.class);
            }
            assertThat(ids[0]).isGreaterThan(1);
            assertThat(ids[1]).isGreaterThan(1).isNotEqualTo(ids[0]);
        }
    }
}
