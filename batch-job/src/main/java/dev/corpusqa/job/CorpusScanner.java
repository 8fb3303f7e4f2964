package dev.corpusqa.job;

import dev.corpusqa.store.DocumentRow;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * Lists the files of a corpus under one or more roots by include / exclude globs (relative to the
 * base directory, '/'-separated; {@code **}{@code /} also matches zero directories), streaming
 * rows with their size and modification time. Hidden directories ({@code .git}, ...) are skipped and
 * symbolic links are not followed. Unreadable files and directories become rows with status
 * {@code unreadable} and a problem: the run goes on.
 */
public final class CorpusScanner {

    private final Path base;
    private final List<PathMatcher> includes = new ArrayList<>();
    private final List<PathMatcher> excludes = new ArrayList<>();
    private boolean pathOrdered = true;
    /** While {@link #treeDigest} walks: fed every regular file (path, size, time, selected). */
    private java.security.MessageDigest treeDigest;

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

    /** Scan every root into a list (small corpora, tests); see {@link #scan(List, RunListener, Consumer)}. */
    public List<DocumentRow> scan(List<Path> roots, RunListener listener) {
        List<DocumentRow> rows = new ArrayList<>();
        scan(roots, listener, rows::add);
        return rows;
    }

    /**
     * Scan every root, streaming: each selected file becomes a row handed to {@code sink}, numbered
     * from 1 in a deterministic order (each directory's entries sorted by name). Only the file's
     * attributes are read here (size, modification time): content hashes are computed by the steps
     * that read the file anyway, so a file is not read once more just to hash it. Memory is bounded
     * by the largest directory, not by the corpus. Roots inside another root are scanned once.
     */
    public int scan(List<Path> roots, RunListener listener, Consumer<DocumentRow> sink) {
        String[] last = {null};
        pathOrdered = true;
        Consumer<DocumentRow> checked = r -> {
            if (last[0] != null && r.path().compareTo(last[0]) <= 0) {
                pathOrdered = false;
            }
            last[0] = r.path();
            sink.accept(r);
        };
        return scanInto(roots, listener, checked);
    }

    /**
     * Whether the last {@link #scan} numbered its rows in the order of their paths ({@link
     * String#compareTo}, UTF-16 code units): then reports can read documents and findings in id
     * order instead of sorting them by path. The walk is built to give this order (a directory sorts
     * as its name plus '/', so {@code a-b.txt} comes before {@code a/x.txt}, as in a sort of the
     * paths); this flag checks it, so an odd case (an unreadable directory, roots in odd places)
     * only costs the sort, never a wrong order.
     */
    public boolean pathOrdered() {
        return pathOrdered;
    }

    /**
     * A digest of what a run over {@code roots} would read: every regular file under them (path,
     * size, modification time, and whether the globs select it; sidecar metadata files count, since
     * they change results too), in scan order. Null when some file or directory cannot be read (such
     * a corpus is always checked again). Used to tell that nothing changed since the last run.
     */
    public String treeDigest(List<Path> roots) {
        boolean[] unreadable = {false};
        try {
            treeDigest = java.security.MessageDigest.getInstance("SHA-256");
            scanInto(roots, new RunListener() { }, r -> unreadable[0] |= !DocumentRow.PENDING.equals(r.status()));
            return unreadable[0] ? null : java.util.HexFormat.of().formatHex(treeDigest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            treeDigest = null;
        }
    }

    private int scanInto(List<Path> roots, RunListener listener, Consumer<DocumentRow> sink) {
        List<Path> distinct = new ArrayList<>();
        for (Path r : roots) {
            Path a = r.toAbsolutePath().normalize();
            if (roots.stream().map(x -> x.toAbsolutePath().normalize()).noneMatch(o -> !o.equals(a) && a.startsWith(o)) && !distinct.contains(a)) {
                distinct.add(a);
            }
        }
        distinct.sort(Comparator.comparing(r -> relative(r) + "/"));
        int[] id = {0};
        for (Path root : distinct) {
            walk(root, root, relative(root), listener, sink, id);
        }
        listener.scanned(id[0]);
        return id[0];
    }

    /** {@code relDir}: {@code dir} relative to the base ("" for the base itself), so each entry's path is a concatenation. */
    private void walk(Path root, Path dir, String relDir, RunListener listener, Consumer<DocumentRow> sink, int[] id) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                entries.add(p);
            }
        } catch (IOException e) {
            String rel = relDir;
            String msg = "cannot read directory: " + e.getClass().getSimpleName();
            if (dir.equals(root)) {
                listener.problem(root.toString(), "cannot list directory: " + e.getMessage());
            } else {
                sink.accept(new DocumentRow(++id[0], rel, 0, null, 0, DocumentRow.UNREADABLE, msg));
                listener.problem(rel, msg);
            }
            return;
        }
        // attributes first, then the order: a directory sorts as its name plus '/' (see pathOrdered)
        List<Object[]> withAttrs = new ArrayList<>(entries.size());
        for (Path p : entries) {
            BasicFileAttributes attrs = null;
            IOException failed = null;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                failed = e;
            }
            String name = p.getFileName().toString();
            withAttrs.add(new Object[] {attrs != null && attrs.isDirectory() ? name + "/" : name, p, attrs, failed});
        }
        withAttrs.sort(Comparator.comparing(o -> (String) o[0]));
        String prefix = relDir.isEmpty() ? "" : relDir + "/";
        for (Object[] o : withAttrs) {
            Path p = (Path) o[1];
            BasicFileAttributes attrs = (BasicFileAttributes) o[2];
            String rel = prefix + p.getFileName().toString(); // as relative(p), without normalising each path
            if (attrs == null) {
                IOException e = (IOException) o[3];
                if (selected(rel)) {
                    String msg = "cannot read file: " + e.getClass().getSimpleName();
                    sink.accept(new DocumentRow(++id[0], rel, 0, null, 0, DocumentRow.UNREADABLE, msg));
                    listener.problem(rel, msg);
                }
                continue;
            }
            if (attrs.isDirectory()) {
                if (!p.getFileName().toString().startsWith(".")) {
                    walk(root, p, rel, listener, sink, id);
                }
            } else if (attrs.isRegularFile()) {
                boolean selected = selected(rel);
                if (treeDigest != null) {
                    treeDigest.update((rel + '\0' + attrs.size() + '\0' + attrs.lastModifiedTime().toMillis() + '\0' + (selected ? 1 : 0) + '\n')
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                if (selected) {
                    sink.accept(new DocumentRow(++id[0], rel, attrs.size(), null, attrs.lastModifiedTime().toMillis(), DocumentRow.PENDING, null));
                    if (id[0] % 1000 == 0) {
                        listener.scanned(id[0]);
                    }
                }
            }
        }
    }

    private String relative(Path file) {
        return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
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
