package dev.corpusqa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new H2 store copied from the build-time template is the store Flyway makes at run time: same
 * tables, columns, indexes and migration history; and each copy numbers its job executions apart.
 */
class StoreTemplateTest {

    @TempDir
    Path tmp;

    /** Tables, columns with types, indexes, sequences and the applied migrations of a store. */
    private static List<String> schema(Database db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_NULLABLE, COLUMN_DEFAULT"
                    + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
                while (rs.next()) {
                    out.add("column " + rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5));
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT INDEX_NAME, TABLE_NAME FROM INFORMATION_SCHEMA.INDEXES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY INDEX_NAME")) {
                while (rs.next()) {
                    out.add("index " + rs.getString(1) + " on " + rs.getString(2));
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES"
                    + " WHERE SEQUENCE_SCHEMA = 'PUBLIC' ORDER BY SEQUENCE_NAME")) {
                while (rs.next()) {
                    out.add("sequence " + rs.getString(1));
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT \"version\", \"description\", \"script\", \"checksum\", \"success\""
                    + " FROM \"qa_schema_history\" ORDER BY \"installed_rank\"")) {
                while (rs.next()) {
                    out.add("migration " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4) + " " + rs.getBoolean(5));
                }
            }
        }
        return out;
    }

    private static long nextExecutionId(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT NEXT VALUE FOR BATCH_JOB_EXECUTION_SEQ")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aStoreFromTheTemplateEqualsOneMadeByFlyway() throws Exception {
        assertThat(StoreTemplate.class.getResource(StoreTemplate.RESOURCE)).as("the build made the template").isNotNull();
        String copied = "jdbc:h2:file:" + tmp.resolve("copied/db");
        String migrated = "jdbc:h2:file:" + tmp.resolve("migrated/db");
        List<String> a;
        List<String> b;
        try (Database db = Database.open(copied, "sa", "")) {
            assertThat(Files.exists(tmp.resolve("copied/db.mv.db"))).isTrue();
            assertThat(Database.upToDate(db.dataSource())).isTrue();
            a = schema(db);
        }
        try (Database db = Database.open(migrated, "sa", "", false)) {
            b = schema(db);
        }
        String latest = Database.MIGRATIONS.get(Database.MIGRATIONS.size() - 1);
        assertThat(a).anyMatch(s -> s.startsWith("migration " + latest + " ")).contains("index QA_FINDING_RUN_DOC on QA_FINDING").isEqualTo(b);
    }

    @Test
    void storesFromTheTemplateNumberTheirExecutionsApart() throws Exception {
        try (Database one = Database.open("jdbc:h2:file:" + tmp.resolve("one/db"), "sa", "");
                Database two = Database.open("jdbc:h2:file:" + tmp.resolve("two/db"), "sa", "")) {
            assertThat(nextExecutionId(one)).isNotEqualTo(nextExecutionId(two)).isGreaterThan(1);
        }
    }

    @Test
    void onlyNewEmbeddedFilesAreCopied() throws Exception {
        assertThat(StoreTemplate.h2File("jdbc:h2:file:/a/b/corpus-qa;AUTO_SERVER=FALSE")).isEqualTo(Path.of("/a/b/corpus-qa.mv.db"));
        assertThat(StoreTemplate.h2File("jdbc:h2:mem:x")).isNull();
        assertThat(StoreTemplate.h2File("jdbc:h2:tcp://localhost/x")).isNull();
        assertThat(StoreTemplate.h2File("jdbc:postgresql://localhost/x")).isNull();
        Path existing = tmp.resolve("existing");
        try (Database db = Database.open("jdbc:h2:file:" + existing, "sa", "")) {
            db.dataSource().getConnection().close();
        }
        assertThat(StoreTemplate.copyIfNew("jdbc:h2:file:" + existing)).as("an existing store is never replaced").isFalse();
    }
}
