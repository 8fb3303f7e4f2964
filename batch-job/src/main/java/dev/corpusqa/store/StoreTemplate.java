package dev.corpusqa.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * An empty, fully migrated H2 store, made by Flyway when the jar is built and copied into place when
 * a run needs a new H2 file store.
 *
 * <p>Every {@code mvn clean verify} of a corpus repository starts with a new store under
 * {@code target/}, and creating one (Flyway's start-up, its history table and each migration, then
 * Spring Batch's tables) took 1.5 to 3 seconds of a plugin run whose checking takes a fraction of
 * that. The template is the same database Flyway makes at run time, made once by Flyway at build time
 * ({@link #main}, run by the build in {@code process-classes}), so Flyway stays the only author of
 * the schema: a store copied from it holds Flyway's history of every migration the jar ships, and a
 * later version's migrations apply on top as usual. Without the template on the class path (classes
 * run from an IDE without the build step) stores are made by Flyway as before. PostgreSQL and other
 * servers always go through Flyway.
 */
public final class StoreTemplate {

    /** Held here: java.util.logging keeps loggers weakly, and a level set on a collected one is lost. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    /** Class-path location of the template, next to this class. */
    static final String RESOURCE = "empty-store.mv.db";

    private StoreTemplate() {
    }

    /**
     * For a {@code jdbc:h2:file:} URL whose database file does not exist yet, copy the template to
     * it; true when copied (the caller then gives the new store its own execution-id range).
     */
    static boolean copyIfNew(String url) {
        Path file = h2File(url);
        if (file == null || Files.exists(file)) {
            return false;
        }
        try (InputStream in = StoreTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false; // H2 and Flyway will make the store the slow way, or say what is wrong
        }
    }

    /** The {@code .mv.db} file of an embedded H2 file URL, or null for any other kind of URL. */
    static Path h2File(String url) {
        String prefix = "jdbc:h2:file:";
        if (!url.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            return null;
        }
        String rest = url.substring(prefix.length());
        int semi = rest.indexOf(';');
        String name = semi < 0 ? rest : rest.substring(0, semi);
        if (name.isBlank() || name.startsWith("~")) {
            return null; // the home-directory form: let H2 resolve it
        }
        return Path.of(name + ".mv.db");
    }

    /**
     * Build step: make a new store with Flyway (and Spring Batch's tables) in a temporary directory
     * and write its file to {@code args[0]}.
     */
    public static void main(String[] args) throws IOException {
        // the build log should not carry Flyway's chatter about migrating a throw-away database
        FLYWAY_LOG.setLevel(java.util.logging.Level.SEVERE);
        Path out = Path.of(args[0]);
        Path dir = Files.createTempDirectory("corpus-qa-template");
        try {
            Path db = dir.resolve("store");
            try (Database d = Database.open("jdbc:h2:file:" + db, "sa", "", false)) {
                // Flyway has migrated it; closing shuts H2 down cleanly, so the file is complete
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.copy(dir.resolve("store.mv.db"), out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
