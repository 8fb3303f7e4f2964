package dev.corpusqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corpusqa.api.CorpusQa;
import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.job.RunListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The evaluation command: runs the whole job over each labelled dataset of {@code eval-data} (each
 * {@code docs/} folder as a corpus of its own), scores the reports against {@code labels.jsonl} per
 * category, prints a table, writes {@code <out>/metrics.json}, and fails (exit 1) when a figure is
 * below its floor in {@code eval/floors/*.json} ({@code {"metric": {"min": 0.9}}} or
 * {@code {"max": 0.05}}). Without the data it says so and exits 0.
 *
 * <pre>java -cp batch-job/target/corpus-qa.jar dev.corpusqa.eval.Evaluate [--data ../shared/eval-data] [--out eval-results]
 *      [--floors eval/floors] [--only encoding/ftfy-cases,clean/bbc]</pre>
 */
public final class Evaluate {

    static final List<String> DATASETS = List.of("encoding/ftfy-cases", "encoding/chardet", "encoding/real-invalid", "encoding/bbc-entities",
            "boilerplate/turku-en", "boilerplate/zyte", "translation/wmt21-ru-en", "dates/trafilatura", "clean/bbc");

    static final List<Scorer> SCORERS = List.of(new EncodingScorer(), new BoilerplateScorer(), new TranslationScorer(), new DateScorer(),
            new CleanScorer());

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        dev.corpusqa.cli.Main.run("--version"); // also quiets logging
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        Path data = Path.of("../shared/eval-data");
        Path outDir = Path.of("eval-results");
        Path floors = Path.of("eval/floors");
        List<String> only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> outDir = Path.of(args[++i]);
                case "--floors" -> floors = Path.of(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                default -> {
                    System.err.println("usage: Evaluate [--data DIR] [--out DIR] [--floors DIR] [--only a/b,c/d]");
                    return 2;
                }
            }
        }
        if (!Files.isDirectory(data)) {
            out.println("evaluation skipped: no evaluation data at " + data.toAbsolutePath().normalize());
            return 0;
        }
        Files.createDirectories(outDir);
        Map<String, Metrics> byCategory = new LinkedHashMap<>();
        for (Scorer s : SCORERS) {
            byCategory.put(s.category(), new Metrics());
        }
        Metrics timing = new Metrics();
        long t0 = System.nanoTime();
        for (String name : DATASETS) {
            if (only != null && !only.contains(name)) {
                continue;
            }
            Path dir = data.resolve(name);
            if (!Files.isDirectory(dir.resolve("docs"))) {
                out.println("dataset missing, skipped: " + name);
                continue;
            }
            Dataset ds = run(name, dir, outDir.resolve(name.replace('/', '_')));
            timing.put("seconds." + name, ds.seconds());
            for (Scorer s : SCORERS) {
                if (s.accepts(name)) {
                    s.score(ds, byCategory.get(s.category()));
                }
            }
        }
        timing.put("seconds.total", (System.nanoTime() - t0) / 1e9);
        ObjectNode all = JSON.createObjectNode();
        byCategory.forEach((cat, m) -> {
            ObjectNode n = all.putObject(cat);
            m.values().forEach(n::put);
        });
        ObjectNode t = all.putObject("timing");
        timing.values().forEach(t::put);
        JSON.writerWithDefaultPrettyPrinter().writeValue(outDir.resolve("metrics.json").toFile(), all);
        byCategory.forEach((cat, m) -> print(cat, m, out));
        out.printf(Locale.ROOT, "%nwall time: %.1f s (%s)%n", timing.values().get("seconds.total"), outDir.resolve("metrics.json"));
        List<String> violations = checkFloors(floors, byCategory);
        if (!violations.isEmpty()) {
            out.println();
            out.println("QUALITY FLOORS VIOLATED:");
            violations.forEach(v -> out.println("  " + v));
            return 1;
        }
        out.println("all quality floors hold (" + floors + ")");
        return 0;
    }

    static Dataset run(String name, Path dir, Path out) throws IOException {
        deleteTree(out.resolve("db")); // a fresh store per evaluation: results never come from an earlier run
        QaOptions o = new QaOptions().corpusRoot(dir.resolve("docs")).outputDirectory(out).failOn(dev.corpusqa.config.FailOn.NEVER).quiet(true)
                // quality, not speed, is measured here: a loaded machine must not turn documents into
                // "not checked" (the 10 s default budget did on shared CI machines); still a guard against hangs
                .documentTimeBudgetMillis(120_000);
        o.databaseUrl("jdbc:h2:file:" + out.toAbsolutePath().normalize().resolve("db").resolve("eval") + ";AUTO_SERVER=FALSE");
        o.incremental(false);
        long t = System.nanoTime();
        RunOutcome r = CorpusQa.check(o, RunListener.NONE);
        double secs = (System.nanoTime() - t) / 1e9;
        if (r.exitCode() == RunOutcome.EXIT_RUNTIME) {
            throw new IllegalStateException("run over " + name + " failed: " + r.failure());
        }
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        List<JsonNode> labels = new ArrayList<>();
        try (Stream<String> lines = Files.lines(dir.resolve("labels.jsonl"))) {
            for (String l : (Iterable<String>) lines::iterator) {
                if (!l.isBlank()) {
                    labels.add(JSON.readTree(l));
                }
            }
        }
        return new Dataset(name, dir, labels, report, secs);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

    static void print(String category, Metrics m, PrintStream out) {
        if (m.values().isEmpty()) {
            return;
        }
        out.println();
        out.println("== " + category);
        out.printf("  %-58s %9s %9s %9s   %s%n", "metric", "precision", "recall", "F1", "tp/fp/fn");
        Map<String, Double> v = m.values();
        for (Map.Entry<String, Double> e : v.entrySet()) {
            String k = e.getKey();
            if (k.endsWith(".precision")) {
                String p = k.substring(0, k.length() - ".precision".length());
                out.printf(Locale.ROOT, "  %-58s %9.3f %9.3f %9.3f   %s/%s/%s%n", p, e.getValue(), v.get(p + ".recall"), v.get(p + ".f1"),
                        Metrics.fmt(v.get(p + ".tp")), Metrics.fmt(v.get(p + ".fp")), Metrics.fmt(v.get(p + ".fn")));
            }
        }
        for (Map.Entry<String, Double> e : v.entrySet()) {
            String k = e.getKey();
            if (k.endsWith(".precision") || k.endsWith(".recall") || k.endsWith(".f1") || k.endsWith(".tp") || k.endsWith(".fp") && v.containsKey(
                    k.substring(0, k.length() - 3) + ".precision") || k.endsWith(".fn") || k.endsWith(".hits") || k.endsWith(".of")) {
                continue;
            }
            String counts = v.containsKey(k + ".hits") ? "  (" + Metrics.fmt(v.get(k + ".hits")) + "/" + Metrics.fmt(v.get(k + ".of")) + ")" : "";
            out.printf(Locale.ROOT, "  %-58s %9s%s%n", k, Metrics.fmt(e.getValue()), counts);
        }
    }

    static List<String> checkFloors(Path floors, Map<String, Metrics> byCategory) throws IOException {
        List<String> violations = new ArrayList<>();
        if (!Files.isDirectory(floors)) {
            return violations;
        }
        Map<String, Double> all = new LinkedHashMap<>();
        byCategory.values().forEach(m -> all.putAll(m.values()));
        try (Stream<Path> files = Files.list(floors)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = JSON.readTree(f.toFile());
                for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getKey().startsWith("_")) {
                        continue; // comments
                    }
                    Double got = all.get(e.getKey());
                    if (got == null) {
                        violations.add(e.getKey() + ": not measured (" + f.getFileName() + ")");
                        continue;
                    }
                    if (e.getValue().has("min") && got < e.getValue().get("min").asDouble() - 1e-9) {
                        violations.add(String.format(Locale.ROOT, "%s = %.4f < floor %s (%s)", e.getKey(), got, e.getValue().get("min").asText(),
                                f.getFileName()));
                    }
                    if (e.getValue().has("max") && got > e.getValue().get("max").asDouble() + 1e-9) {
                        violations.add(String.format(Locale.ROOT, "%s = %.4f > ceiling %s (%s)", e.getKey(), got, e.getValue().get("max").asText(),
                                f.getFileName()));
                    }
                }
            }
        }
        return violations;
    }
}
