package dev.corpusqa.store;

import dev.corpusqa.config.ConfigException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Opens the store: an H2 file database by default, or any JDBC URL given with {@code --db}
 * (PostgreSQL is tested). Drivers are instantiated directly rather than looked up through
 * {@link java.sql.DriverManager}, which does not see drivers loaded by Maven's plugin class loader.
 * Our tables are created and migrated by Flyway ({@code db/corpusqa/V*.sql}); Spring Batch's job
 * repository tables are created from the schema script Spring Batch ships, once.
 */
public final class Database implements AutoCloseable {

    private final DataSource dataSource;
    private final String platform;
    private final AutoCloseable closer;

    private Database(DataSource ds, String platform, AutoCloseable closer) {
        this.dataSource = ds;
        this.platform = platform;
        this.closer = closer;
    }

    public static Database open(String url, String user, String password) {
        return open(url, user, password, true);
    }

    /**
     * As {@link #open(String, String, String)}; {@code fromTemplate = false} creates a new H2 store
     * with Flyway even when the template is there (tests compare the two).
     */
    static Database open(String url, String user, String password, boolean fromTemplate) {
        boolean copied = fromTemplate && StoreTemplate.copyIfNew(url);
        String platform;
        DataSource ds;
        AutoCloseable closer = () -> { };
        ClassLoader cl = Database.class.getClassLoader();
        if (url.startsWith("jdbc:h2:")) {
            platform = "h2";
            String u = url.contains("DB_CLOSE_ON_EXIT") ? url : url + ";DB_CLOSE_ON_EXIT=FALSE";
            if (!u.toUpperCase(Locale.ROOT).contains("WRITE_DELAY")) {
                u += ";WRITE_DELAY=0"; // a committed chunk is on disk before the next starts: a killed run resumes where it was
            }
            if (!u.toUpperCase(Locale.ROOT).contains("CACHE_SIZE")) {
                // 64 MB of page cache (H2's default is 16 MB): at 200k documents the document and finding
                // indexes no longer fit 16 MB and pages were read back from the file on every insert; on a
                // 1 GB corpus the scan step took 33 s with the default and 17.5 s with more cache
                u += ";CACHE_SIZE=65536";
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(u, user, password);
            pool.setMaxConnections(64);
            ds = pool;
            closer = () -> {
                try (Connection c = pool.getConnection()) {
                    c.createStatement().execute("SHUTDOWN");
                } catch (SQLException e) {
                    // already closed
                }
                pool.dispose();
            };
        } else if (url.startsWith("jdbc:postgresql:")) {
            platform = "postgresql";
            ds = driverDataSource(cl, "org.postgresql.Driver", url, user, password);
        } else {
            throw new ConfigException("unsupported database URL '" + url + "': use jdbc:h2:... or jdbc:postgresql://...");
        }
        Database db = new Database(ds, platform, closer);
        try {
            db.migrate();
            if (copied) {
                try (Connection c = ds.getConnection()) {
                    spreadExecutionIds(c); // the template's numbering must not be shared by every store made from it
                } catch (SQLException e) {
                    throw new ConfigException("cannot prepare the database: " + e.getMessage(), e);
                }
            }
        } catch (RuntimeException e) {
            try {
                closer.close();
            } catch (Exception ignored) {
                // best effort
            }
            throw e;
        }
        return db;
    }

    private static DataSource driverDataSource(ClassLoader cl, String driverClass, String url, String user, String password) {
        try {
            Driver d = (Driver) Class.forName(driverClass, true, cl).getDeclaredConstructor().newInstance();
            SimpleDriverDataSource s = new SimpleDriverDataSource(d, url, user, password);
            Properties p = new Properties();
            p.setProperty("ApplicationName", "corpus-qa");
            s.setConnectionProperties(p);
            return s;
        } catch (ReflectiveOperationException e) {
            throw new ConfigException("JDBC driver " + driverClass + " is not available", e);
        }
    }

    /**
     * Versions of our migrations ({@code db/corpusqa/V*.sql}), oldest first. A test keeps this list
     * equal to the scripts on the class path.
     */
    static final java.util.List<String> MIGRATIONS = java.util.List.of("1", "2", "2.8", "2.9", "2.10", "2.11", "2.12", "2.13");

    private void migrate() {
        if (upToDate(dataSource)) {
            return;
        }
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/corpusqa")
                    .table("qa_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new ConfigException("cannot prepare the database: " + firstLine(e.getMessage()), e);
        }
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c, "BATCH_JOB_INSTANCE")) {
                ResourceDatabasePopulator pop = new ResourceDatabasePopulator(
                        new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql", Database.class.getClassLoader()));
                pop.populate(c);
                if (platform.equals("h2")) {
                    spreadExecutionIds(c);
                }
            }
        } catch (SQLException e) {
            throw new ConfigException("cannot create the job repository tables: " + e.getMessage(), e);
        }
    }

    /**
     * True when the store already holds every migration we ship (all successful, nothing newer or
     * failed) and Spring Batch's tables. Then Flyway is not started at all: its start-up (plugin and
     * configuration scanning) costs about 1.5 CPU-seconds per run, more than a whole check of a small
     * corpus, and the plugin runs on every build. Anything unexpected (no history table, another
     * version set, a failed row) falls through to Flyway, which migrates, validates or reports.
     */
    static boolean upToDate(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c, "qa_schema_history") || !tableExists(c, "BATCH_JOB_INSTANCE")) {
                return false;
            }
            java.util.List<String> applied = new java.util.ArrayList<>();
            try (java.sql.Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"qa_schema_history\""
                            + " WHERE \"version\" IS NOT NULL AND \"type\" <> 'BASELINE' ORDER BY \"installed_rank\"")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        return false;
                    }
                    applied.add(rs.getString(1));
                }
            }
            return applied.equals(MIGRATIONS);
        } catch (SQLException e) {
            return false; // let Flyway look and explain
        }
    }

    /**
     * Spring Batch keeps step and job scopes in JVM-wide maps keyed by execution, and executions are
     * equal when their ids are. Two embedded stores used at once in one JVM (a Maven build with
     * {@code -T 2}, one H2 file per module) would both number their executions from 1 and mix up
     * each other's step contexts. Each new store therefore starts its ids at a random point of a
     * large range, so runs sharing a JVM never share an execution id.
     */
    private static void spreadExecutionIds(Connection c) throws SQLException {
        long start = 1 + java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40);
        try (java.sql.Statement s = c.createStatement()) {
            for (String seq : new String[] {"BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_EXECUTION_SEQ", "BATCH_STEP_EXECUTION_SEQ"}) {
                s.execute("ALTER SEQUENCE " + seq + " RESTART WITH " + start);
            }
        }
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        for (String n : new String[] {name, name.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = c.getMetaData().getTables(null, null, n, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String platform() {
        return platform;
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            // closing is best effort
        }
    }
}
