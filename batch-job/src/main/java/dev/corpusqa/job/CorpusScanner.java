package dev.corpusqa.job;

import dev.corpusqa.store.DocumentRow;
import dev.corpusqa.store.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Lists the files of a corpus under one or more roots by include / exclude globs (relative to the
 * base directory, '/'-separated; {@code **}{@code /} also matches zero directories), and hashes
 * each with SHA-256 while streaming it. Hidden directories ({@code .git}, ...) are skipped and
 * symbolic links are not followed. Unreadable files and directories become rows with status
 * {@code unreadable} and a problem: the run goes on.
 */
public final class CorpusScanner {

    private final Path base;
    private final List<PathMatcher> includes = new ArrayList<>();
    private final List<PathMatcher> excludes = new ArrayList<>();

    public CorpusScanner(Path base, List<String> includeGlobs, List<String> excludeGlobs) {
        this.base = base;
        for (String g : includeGlobs) {
            addGlob(includes, g);
        }
        for (String g : excludeGlobs) {
            addGlob(excludes, g);
        }
    }

    private static void addGlob(List<PathMatcher> into, String glob) {
        into.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        String g = glob;
        while (g.startsWith("**/")) {
            g = g.substring(3);
            into.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        if (glob.endsWith("/**")) {
            into.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(0, glob.length() - 3)));
        }
    }

    boolean selected(String rel) {
        Path p = Path.of(rel);
        return includes.stream().anyMatch(m -> m.matches(p)) && excludes.stream().noneMatch(m -> m.matches(p));
    }

    /** Scan every root; rows are sorted by path and numbered from 1. */
    public List<DocumentRow> scan(List<Path> roots, RunListener listener) {
        TreeMap<String, DocumentRow> found = new TreeMap<>();
        for (Path root : roots) {
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!attrs.isRegularFile()) {
                            return FileVisitResult.CONTINUE;
                        }
                        String rel = relative(file);
                        if (selected(rel)) {
                            found.put(rel, hash(file, rel, attrs));
                            if (found.size() % 1000 == 0) {
                                listener.scanned(found.size());
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        String rel = relative(file);
                        if (selected(rel) || Files.isDirectory(file)) {
                            String msg = "cannot read " + (Files.isDirectory(file) ? "directory" : "file") + ": " + exc.getClass().getSimpleName();
                            found.put(rel, new DocumentRow(0, rel, 0, null, 0, DocumentRow.UNREADABLE, msg));
                            listener.problem(rel, msg);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                listener.problem(root.toString(), "cannot list directory: " + e.getMessage());
            }
        }
        List<DocumentRow> rows = new ArrayList<>(found.size());
        int id = 0;
        for (DocumentRow r : found.values()) {
            id++;
            rows.add(new DocumentRow(id, r.path(), r.sizeBytes(), r.sha256(), r.mtimeMillis(), r.status(), r.problem()));
        }
        listener.scanned(rows.size());
        return rows;
    }

    private String relative(Path file) {
        return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static DocumentRow hash(Path file, String rel, BasicFileAttributes attrs) {
        try (InputStream in = Files.newInputStream(file)) {
            return new DocumentRow(0, rel, attrs.size(), Hashing.sha256Hex(in), attrs.lastModifiedTime().toMillis(), DocumentRow.PENDING, null);
        } catch (IOException e) {
            return new DocumentRow(0, rel, attrs.size(), null, 0, DocumentRow.UNREADABLE,
                    "cannot read file: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** The deepest directory that holds every root. */
    public static Path commonBase(List<Path> roots) {
        Path common = null;
        for (Path r : roots) {
            Path a = r.toAbsolutePath().normalize();
            if (common == null) {
                common = a;
                continue;
            }
            while (!a.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }
}
