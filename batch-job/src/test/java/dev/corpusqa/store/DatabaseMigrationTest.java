package dev.corpusqa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store skips Flyway only when every migration we ship is applied. */
class DatabaseMigrationTest {

    @Test
    void migrationListMatchesTheScriptsOnTheClassPath() throws Exception {
        URL dir = Database.class.getClassLoader().getResource("db/corpusqa");
        Pattern name = Pattern.compile("V(\\d+(?:_\\d+)*)__.*\\.sql");
        List<String> versions;
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            versions = files.map(p -> name.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.'))
                    .sorted(Comparator.comparing(DatabaseMigrationTest::numeric))
                    .toList();
        }
        assertEquals(versions, Database.MIGRATIONS, "Database.MIGRATIONS must list every db/corpusqa script, oldest first");
    }

    private static String numeric(String v) {
        StringBuilder sb = new StringBuilder();
        for (String part : v.split("\\.")) {
            sb.append(String.format("%06d.", Integer.parseInt(part)));
        }
        return sb.toString();
    }

    @Test
    void aFreshStoreIsMigratedAndThenRecognisedAsCurrent(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db");
        JdbcConnectionPool empty = JdbcConnectionPool.create(url, "sa", "");
        assertFalse(Database.upToDate(empty), "an empty database is not current");
        empty.dispose();
        try (Database db = Database.open(url, "sa", "")) {
            assertTrue(Database.upToDate(db.dataSource()));
        }
        try (Database db = Database.open(url, "sa", "")) { // second open: the fast path
            assertTrue(Database.upToDate(db.dataSource()));
            try (Connection c = db.dataSource().getConnection()) {
                c.createStatement().execute("UPDATE \"qa_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2.8'");
            }
            assertFalse(Database.upToDate(db.dataSource()), "a failed migration sends the store back to Flyway");
        }
    }
}
