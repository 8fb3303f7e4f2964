package dev.corpusqa.bench;

import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.Category;
import dev.corpusqa.core.CorpusRule;
import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.job.DocumentLoader;
import dev.corpusqa.rules.RuleEngine;
import dev.corpusqa.rules.RuleRegistry;
import dev.corpusqa.rules.RuleSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rule cost in CPU time, single thread, on a real directory of documents, plus a findings dump for
 * checking that a speed change did not change what the rules report.
 *
 * <p>JMH ({@code RuleFamilyBenchmark}) gives wall-clock throughput; on a shared two-core machine
 * wall clock moves with the neighbours' load. Thread CPU time moves much less, so this harness is the
 * one to compare a change with its parent commit. It loads up to {@code --mb} megabytes of a corpus
 * (as the job's loader does: sidecar metadata, legacy decoding), computes the corpus statistics the
 * rules declare (as the profile step does, timed as {@code profile}), then times each family's
 * per-document rules and all rules together, for {@code --passes} passes, and prints the median MB
 * per CPU-second of each (after one unrecorded warm-up pass).
 *
 * <pre>
 *   java -cp benchmarks/target/benchmarks.jar dev.corpusqa.bench.FamilyCpu DIR [--mb 20] [--passes 5]
 *        [--families encoding,boilerplate,translation,date] [--dump findings.tsv]
 * </pre>
 *
 * {@code --dump} writes every finding and fact of one all-rules pass (plus the corpus-level findings),
 * sorted, one per line: compare two dumps with {@code diff} to show a change is output-neutral.
 */
public final class FamilyCpu {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        double mb = 20;
        int passes = 5;
        List<String> families = List.of("encoding", "boilerplate", "translation", "date");
        Path dump = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--mb" -> mb = Double.parseDouble(args[++i]);
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--families" -> families = List.of(args[++i].split(","));
                case "--dump" -> dump = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<String> paths;
        try (Stream<Path> s = Files.walk(dir)) {
            paths = s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .map(p -> dir.relativize(p).toString()).sorted().toList();
        }
        List<Document> docs = new ArrayList<>();
        long bytes = 0;
        for (String p : paths) {
            if (bytes >= mb * 1048576) {
                break;
            }
            try {
                Document d = DocumentLoader.load(dir, p, 16L << 20);
                docs.add(d);
                bytes += d.bytes().length;
            } catch (DocumentLoader.LoadException e) {
                // unreadable: the job reports it; nothing to time
            }
        }
        double mbLoaded = bytes / 1048576.0;
        System.out.printf(Locale.ROOT, "%d documents, %.1f MB from %s%n", docs.size(), mbLoaded, dir);

        RuleSet all = RuleRegistry.builtIn().select(new QaOptions());
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        Map<String, double[]> secs = new LinkedHashMap<>();
        RuleContext ctx = null;
        List<Finding> corpusFindings = new ArrayList<>();
        for (int pass = -1; pass < passes; pass++) { // pass -1 warms the JIT up and is not recorded
            long t0 = tm.getCurrentThreadCpuTime();
            Map<Class<? extends CorpusStatistic>, CorpusStatistic> stats = new LinkedHashMap<>();
            for (Class<? extends CorpusStatistic> type : all.statisticTypes()) {
                stats.put(type, type.getDeclaredConstructor().newInstance());
            }
            for (Document d : docs) {
                if (d.hasText()) {
                    for (CorpusStatistic s : stats.values()) {
                        s.add(d);
                    }
                }
            }
            stats.values().forEach(s -> s.finish(docs.size()));
            ctx = new RuleContext(stats, all.params(), LocalDate.of(2026, 1, 1), docs.size());
            corpusFindings.clear();
            for (CorpusRule cr : all.corpusRules()) {
                cr.checkCorpus(ctx, new FindingSink() {
                    @Override
                    public void accept(Finding f) {
                        corpusFindings.add(f);
                    }
                });
            }
            record(secs, "profile", pass, passes, (tm.getCurrentThreadCpuTime() - t0) / 1e9);
        }
        List<String> order = new ArrayList<>(families);
        order.add("all");
        for (String fam : order) {
            RuleSet set = fam.equals("all") ? all : new RuleSet(all.entries().stream()
                    .filter(e -> e.rule().info().category() == Category.valueOf(fam.toUpperCase(Locale.ROOT))).toList());
            RuleEngine engine = new RuleEngine(set, 0);
            for (int pass = -1; pass < passes; pass++) {
                long t0 = tm.getCurrentThreadCpuTime();
                int n = 0;
                for (Document d : docs) {
                    n += engine.check(d, ctx).findings().size();
                }
                record(secs, fam, pass, passes, (tm.getCurrentThreadCpuTime() - t0) / 1e9);
                if (n < 0) {
                    System.out.println(n); // keep the work observable
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-12s %12s %12s %12s   (CPU seconds of one thread, %d passes)%n", "step", "median s", "min s",
                "MB/cpu-s", passes);
        for (Map.Entry<String, double[]> e : secs.entrySet()) {
            double[] v = e.getValue().clone();
            Arrays.sort(v);
            double med = v[v.length / 2];
            System.out.printf(Locale.ROOT, "%-12s %12.3f %12.3f %12.1f%n", e.getKey(), med, v[0], mbLoaded / med);
        }
        if (dump != null) {
            writeDump(dump, docs, new RuleEngine(all, 0), ctx, corpusFindings);
            System.out.println("findings written to " + dump);
        }
    }

    private static void record(Map<String, double[]> secs, String key, int pass, int passes, double s) {
        if (pass < 0) {
            return;
        }
        secs.computeIfAbsent(key, k -> new double[passes])[pass] = s;
    }

    private static void writeDump(Path out, List<Document> docs, RuleEngine engine, RuleContext ctx, List<Finding> corpus)
            throws IOException {
        List<String> lines = new ArrayList<>();
        for (Document d : docs) {
            RuleEngine.Result r = engine.check(d, ctx);
            r.findings().forEach(f -> lines.add(line(f)));
            r.facts().forEach((k, v) -> lines.add(d.path() + "\tfact\t" + k + "\t" + v));
            r.problems().forEach(p -> lines.add(d.path() + "\tproblem\t" + p));
        }
        corpus.forEach(f -> lines.add("corpus\t" + line(f)));
        lines.sort(null);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }

    private static String line(Finding f) {
        return String.join("\t", f.path(), f.ruleId(), f.severity().name(), f.line() + ":" + f.column() + "-" + f.endLine() + ":" + f.endColumn(),
                f.startOffset() + "-" + f.endOffset(), String.valueOf(f.score()), f.message(), String.valueOf(f.evidence()),
                String.valueOf(f.suggestion())).replace('\n', ' ');
    }
}
