package dev.corpusqa.bench.jmh;

import dev.corpusqa.bench.CorpusGenerator;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.rules.RuleEngine;
import dev.corpusqa.rules.RuleSet;
import dev.corpusqa.rules.boilerplate.BoilerplateRules;
import dev.corpusqa.rules.date.DateRules;
import dev.corpusqa.rules.encoding.EncodingRules;
import dev.corpusqa.rules.translation.TranslationRules;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of each rule family (all its rules, through {@link RuleEngine}, as the job runs them) on
 * typical and adversarial inputs. Every input is about the same size ({@code ~5 MB}) so that the
 * scores compare directly: MB/s = ops/s x 5 (see docs/performance.md). Inputs:
 * <ul>
 *   <li>{@code articles}: about 5 MB of generated news articles (our generator, with its defect rates), each its
 *       own document, as the job sees them: one op checks every article;</li>
 *   <li>{@code typical}: the same kind of articles joined into one document;</li>
 *   <li>{@code longLine}: one 5 MB line of article prose, no newline;</li>
 *   <li>{@code shortLines}: 100k short lines (about 50 bytes each);</li>
 *   <li>{@code randomBytes}: 5 MB of random bytes without NUL (so text rules run on the lenient decoding).</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar RuleFamilyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class RuleFamilyBenchmark {

    static final int SIZE = 5 * 1024 * 1024;

    @Param({"encoding", "boilerplate", "translation", "date"})
    public String family;

    @Param({"articles", "typical", "longLine", "shortLines", "randomBytes"})
    public String input;

    private RuleEngine engine;
    private RuleContext ctx;
    private List<Document> docs;
    private byte[] single;

    @Setup(Level.Trial)
    public void setUp() {
        List<Rule> rules = switch (family) {
            case "encoding" -> EncodingRules.all();
            case "boilerplate" -> BoilerplateRules.all();
            case "translation" -> TranslationRules.all();
            case "date" -> DateRules.all();
            default -> throw new IllegalArgumentException(family);
        };
        List<RuleSet.Entry> entries = new ArrayList<>();
        for (Rule r : rules) {
            entries.add(new RuleSet.Entry(r, null, null, Map.of()));
        }
        // no time budget: we measure the rules, not the guard
        engine = new RuleEngine(new RuleSet(entries), 0);
        ctx = RuleContext.standalone(LocalDate.of(2026, 1, 1));
        docs = new ArrayList<>();
        if (input.equals("articles")) {
            CorpusGenerator g = new CorpusGenerator(7);
            long total = 0;
            for (int i = 0; total < SIZE; i++) {
                byte[] a = g.article(new ArrayList<>());
                total += a.length;
                docs.add(Document.of("bench/article-" + i + ".txt", a, Map.of()));
            }
        } else {
            single = input(input);
        }
    }

    static byte[] input(String kind) {
        SplittableRandom rnd = new SplittableRandom(7);
        switch (kind) {
            case "typical": {
                CorpusGenerator g = new CorpusGenerator(7);
                ByteArrayOutputStream out = new ByteArrayOutputStream(SIZE + 65536);
                while (out.size() < SIZE) {
                    out.writeBytes(g.article(new ArrayList<>()));
                }
                return out.toByteArray();
            }
            case "longLine": {
                CorpusGenerator g = new CorpusGenerator(8);
                StringBuilder sb = new StringBuilder(SIZE + 65536);
                while (sb.length() < SIZE) {
                    sb.append(new String(g.article(new ArrayList<>()), StandardCharsets.UTF_8).replace('\n', ' ').replace('\uFEFF', ' '));
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }
            case "shortLines": {
                StringBuilder sb = new StringBuilder(SIZE + 100);
                String[] w = {"council", "vote", "Tuesday", "road", "budget", "said", "the", "mayor", "residents", "plan", "By", "Jo"};
                for (int i = 0; i < 100_000; i++) {
                    int n = 3 + rnd.nextInt(6);
                    for (int k = 0; k < n; k++) {
                        sb.append(k == 0 ? "" : " ").append(w[rnd.nextInt(w.length)]);
                    }
                    sb.append('\n');
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }
            case "randomBytes": {
                byte[] b = new byte[SIZE];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (1 + rnd.nextInt(255));
                }
                return b;
            }
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    @Benchmark
    public int check() {
        if (single != null) {
            // a fresh document (and byte array) per op: rules cache their last document's analysis by
            // identity, so reusing one Document would measure a cache hit from the second op on. The
            // op therefore includes decoding the 5 MB once.
            return engine.check(Document.of("bench/" + input + ".txt", single.clone(), Map.of()), ctx).findings().size();
        }
        int findings = 0;
        for (Document d : docs) {
            findings += engine.check(d, ctx).findings().size();
        }
        return findings;
    }
}
