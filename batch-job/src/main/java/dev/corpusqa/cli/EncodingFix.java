package dev.corpusqa.cli;

import dev.corpusqa.config.ConfigException;
import dev.corpusqa.rules.encoding.EncodingFixer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code corpus-qa fix --encoding <dir>} (see {@link FixCommand}): rewrite files as clean UTF-8 where the repair is certain
 * (see {@link EncodingFixer}), print one line per changed or skipped file and a summary. Files
 * whose repair is uncertain are never touched. Exit 0 when nothing was left uncertain, 1 otherwise.
 */
final class EncodingFix {

    private EncodingFix() {
    }

    static int run(List<Path> roots, boolean dryRun, List<String> includes) throws IOException {
        PrintStream out = System.out;
        List<PathMatcher> matchers = includes.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        int fixed = 0;
        int uncertain = 0;
        int seen = 0;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new ConfigException("no such file or directory: " + root);
            }
            List<Path> files;
            if (Files.isRegularFile(root)) {
                files = List.of(root);
            } else {
                try (Stream<Path> s = Files.walk(root)) {
                    files = s.filter(Files::isRegularFile).filter(p -> matchers.stream().anyMatch(m -> m.matches(root.relativize(p))))
                            .sorted().toList();
                }
            }
            for (Path f : files) {
                seen++;
                String shown = Files.isRegularFile(root) ? f.toString() : root.relativize(f).toString().replace('\\', '/');
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(f);
                } catch (IOException e) {
                    out.println("skip  " + shown + ": cannot read (" + e.getMessage() + ")");
                    uncertain++;
                    continue;
                }
                EncodingFixer.Result r = EncodingFixer.fix(bytes);
                switch (r.status()) {
                    case FIXED -> {
                        fixed++;
                        out.println((dryRun ? "would fix " : "fixed ") + shown + ": " + String.join("; ", r.changes())
                                + " (" + bytes.length + " -> " + r.fixed().length + " bytes)");
                        if (!dryRun) {
                            Path tmp = f.resolveSibling(f.getFileName() + ".corpus-qa-fix.tmp");
                            Files.write(tmp, r.fixed());
                            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                        }
                    }
                    case UNCERTAIN -> {
                        uncertain++;
                        out.println("left  " + shown + ": " + r.reason());
                    }
                    default -> {
                    }
                }
            }
        }
        out.printf("corpus-qa fix: %d files, %d %s, %d left alone (uncertain), %d already clean%n", seen, fixed,
                dryRun ? "would be fixed (dry run)" : "fixed", uncertain, seen - fixed - uncertain);
        return uncertain > 0 ? 1 : 0;
    }
}
