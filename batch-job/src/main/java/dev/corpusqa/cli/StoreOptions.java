package dev.corpusqa.cli;

import dev.corpusqa.config.QaOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the store is, for commands that read stored runs without scanning ({@code history}, {@code gate}). */
final class StoreOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory of the runs (its db/ holds the default H2 store; default: ${DEFAULT-VALUE}).",
            defaultValue = "corpus-qa-report")
    Path out;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "Read this database instead of the H2 file under --out.")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default sa for H2).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password; or set CORPUS_QA_DB_PASSWORD.")
    String dbPassword;

    void applyTo(QaOptions o) {
        o.outputDirectory(out);
        applyDatabaseTo(o);
    }

    /** Only the database settings (for {@code check}, where a corpus-qa.yml read in between may set the output directory). */
    void applyDatabaseTo(QaOptions o) {
        if (db != null) {
            o.databaseUrl(db);
        }
        if (dbUser != null) {
            o.databaseUser(dbUser);
        }
        String pw = dbPassword != null ? dbPassword : System.getenv("CORPUS_QA_DB_PASSWORD");
        if (pw != null) {
            o.databasePassword(pw);
        }
    }

    /** The H2 file must exist already: reading commands never create an empty store by accident. */
    void requireStore(QaOptions o) {
        if (db == null) {
            Path file = out.toAbsolutePath().normalize().resolve("db").resolve("corpus-qa.mv.db");
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new dev.corpusqa.config.ConfigException("no run history under " + out + " (expected " + file
                        + "); run 'corpus-qa check --out " + out + " <corpus-dir>' first, or give --db");
            }
        }
    }
}
