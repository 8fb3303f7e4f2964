package dev.corpusqa.cli;

import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.ConfigException;
import dev.corpusqa.config.ConfigLoader;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.Document;
import dev.corpusqa.job.DocumentLoader;
import dev.corpusqa.rules.RuleRegistry;
import dev.corpusqa.rules.RuleSet;
import dev.corpusqa.rules.boilerplate.BoilerplateFixer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code corpus-qa fix --boilerplate <dir>} (see {@link FixCommand}): write cleaned copies with the flagged boilerplate removed. */
final class BoilerplateFix {

    private final Path root;
    private final Path out;
    private final boolean inPlace;
    private final Path config;
    private final List<String> includes;
    private final Map<String, String> ruleOverrides;
    private final boolean quiet;

    BoilerplateFix(Path root, Path out, boolean inPlace, Path config, List<String> includes, Map<String, String> ruleOverrides, boolean quiet) {
        this.root = root;
        this.out = out;
        this.inPlace = inPlace;
        this.config = config;
        this.includes = includes;
        this.ruleOverrides = ruleOverrides;
        this.quiet = quiet;
    }

    int run() {
        PrintStream stdout = System.out;
        if (!Files.isDirectory(root)) {
            throw new ConfigException("corpus directory not found: " + root);
        }
        if (inPlace && out != null) {
            throw new ConfigException("--out and --in-place exclude each other");
        }
        QaOptions o = new QaOptions();
        o.corpusRoot(root);
        Path cfg = config != null ? config : Files.isRegularFile(root.resolve("corpus-qa.yml")) ? root.resolve("corpus-qa.yml") : null;
        if (cfg != null) {
            ConfigLoader.load(cfg, o);
        }
        if (ruleOverrides != null) {
            ruleOverrides.forEach((id, v) -> o.rule(id).merge(ConfigLoader.shorthand(id, v, "--rule")));
        }
        RuleSet rules = RuleRegistry.builtIn().select(o);
        Path target = inPlace ? root : out != null ? out : root.resolveSibling(root.getFileName() + "-clean");
        List<String> files = list(root, includes.isEmpty() ? o.includes() : includes);
        BoilerplateFixer fixer = new BoilerplateFixer(rules, LocalDate.now());
        fixer.profile(() -> () -> documents(files, stdout).iterator());
        int changed = 0;
        int lines = 0;
        int spans = 0;
        try {
            for (String rel : files) {
                Document d = load(rel, stdout);
                if (d == null) {
                    continue;
                }
                Path dest = target.resolve(rel);
                if (!d.hasText() || !d.isValidUtf8()) {
                    stdout.println(rel + ": skipped (not valid UTF-8 text; fix the encoding first)");
                    if (!inPlace) {
                        Files.createDirectories(dest.getParent());
                        Files.write(dest, d.bytes());
                    }
                    continue;
                }
                BoilerplateFixer.Result r = fixer.fix(d);
                if (r.changed()) {
                    changed++;
                    lines += r.linesRemoved();
                    spans += r.spansRemoved();
                    if (!quiet) {
                        stdout.println(rel + ": removed " + r.linesRemoved() + " line(s), " + r.spansRemoved() + " glued span(s), "
                                + r.charsRemoved() + " chars (" + r.byRule().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                        .collect(Collectors.joining(", ")) + ")");
                    }
                }
                if (!inPlace || r.changed()) {
                    Files.createDirectories(dest.getParent());
                    Files.writeString(dest, r.cleaned(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            System.err.println("corpus-qa: cannot write: " + e.getMessage());
            return RunOutcome.EXIT_RUNTIME;
        }
        stdout.printf("corpus-qa fix: %d files, %d changed, %d lines and %d glued spans removed; output: %s%n", files.size(), changed,
                lines, spans, target);
        return 0;
    }

    private Iterable<Document> documents(List<String> files, PrintStream msgs) {
        return () -> new Iterator<>() {
            private final Iterator<String> it = files.iterator();
            private Document next;

            @Override
            public boolean hasNext() {
                while (next == null && it.hasNext()) {
                    next = load(it.next(), null);
                }
                return next != null;
            }

            @Override
            public Document next() {
                hasNext();
                Document d = next;
                next = null;
                return d;
            }
        };
    }

    private Document load(String rel, PrintStream msgs) {
        try {
            return DocumentLoader.load(root, rel, 64L * 1024 * 1024);
        } catch (DocumentLoader.LoadException e) {
            if (msgs != null) {
                msgs.println(rel + ": skipped (" + e.getMessage() + ")");
            }
            return null;
        }
    }

    static List<String> list(Path root, List<String> globs) {
        List<PathMatcher> ms = new ArrayList<>();
        for (String g : globs) {
            ms.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            if (g.startsWith("**/")) {
                ms.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
            }
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> Stream.of(rel.split("/")).noneMatch(seg -> seg.startsWith(".")))
                    .filter(rel -> ms.stream().anyMatch(m -> m.matches(Path.of(rel))))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
