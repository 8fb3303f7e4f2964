package dev.corpusqa.rules.boilerplate;

import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.rules.RuleEngine;
import dev.corpusqa.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Removes what the boilerplate rules flag: whole lines (with their line break) and glued spans.
 * Document-level findings ({@code boilerplate.document}, {@code boilerplate.near-duplicate}) remove
 * nothing. Two passes over the documents (statistics, then cleaning), so the corpus is never held in
 * memory at once.
 */
public final class BoilerplateFixer {

    private final RuleSet rules;
    private final LocalDate referenceDate;
    private RuleContext ctx;

    /** {@code rules}: the enabled rules of the run; only {@code boilerplate.*} rules are used. */
    public BoilerplateFixer(RuleSet rules, LocalDate referenceDate) {
        this.rules = new RuleSet(rules.entries().stream().filter(e -> e.rule().info().id().startsWith("boilerplate.")).toList());
        this.referenceDate = referenceDate;
    }

    /** What was removed from one document. */
    public record Result(String path, String cleaned, int linesRemoved, int spansRemoved, int charsRemoved, Map<String, Integer> byRule) {
        public boolean changed() {
            return linesRemoved + spansRemoved > 0;
        }
    }

    /** Pass 1: feed the corpus statistics (repeated lines) with every document. */
    public void profile(Supplier<Iterable<Document>> documents) {
        Map<Class<? extends CorpusStatistic>, CorpusStatistic> stats = new LinkedHashMap<>();
        try {
            for (Class<? extends CorpusStatistic> t : rules.statisticTypes()) {
                if (t == MinHashSketches.class) {
                    continue; // near-duplicates remove nothing
                }
                stats.put(t, t.getDeclaredConstructor().newInstance());
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        int n = 0;
        for (Document d : documents.get()) {
            if (d.hasText()) {
                stats.values().forEach(s -> s.add(d));
            }
            n++;
        }
        int count = n;
        stats.values().forEach(s -> s.finish(count));
        ctx = new RuleContext(stats, rules.params(), referenceDate, n);
    }

    /** Pass 2: clean one document. */
    public Result fix(Document doc) {
        if (ctx == null) {
            throw new IllegalStateException("profile() first");
        }
        String text = doc.text();
        if (text == null) {
            return new Result(doc.path(), null, 0, 0, 0, Map.of());
        }
        RuleEngine.Result r = new RuleEngine(rules, 0).check(doc, ctx);
        TreeMap<Integer, Integer> cuts = new TreeMap<>(); // start -> end (exclusive)
        Map<String, Integer> byRule = new TreeMap<>();
        int lines = 0;
        int spans = 0;
        for (Finding f : r.findings()) {
            if (f.ruleId().equals(DocumentShareRule.INFO.id()) || f.ruleId().equals(NearDuplicateRule.INFO.id())
                    || f.endOffset() <= f.startOffset()) {
                continue;
            }
            int ln = f.line();
            boolean wholeLine = f.startOffset() == doc.lineStart(ln) && f.endOffset() == doc.lineEnd(ln);
            int start = f.startOffset();
            int end = f.endOffset();
            if (wholeLine) {
                end = ln < doc.lineCount() ? doc.lineStart(ln + 1) : end;
                if (ln == doc.lineCount() && ln > 1) {
                    start = doc.lineEnd(ln - 1); // drop the break before a removed last line
                }
            }
            Integer prev = cuts.get(start);
            if (prev == null || prev < end) {
                cuts.put(start, end);
                byRule.merge(f.ruleId(), 1, Integer::sum);
                if (wholeLine) {
                    lines++;
                } else {
                    spans++;
                }
            }
        }
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        int removed = 0;
        for (Map.Entry<Integer, Integer> c : cuts.entrySet()) {
            int s = Math.max(c.getKey(), pos);
            int e = Math.max(c.getValue(), s);
            sb.append(text, pos, s);
            removed += e - s;
            pos = e;
        }
        sb.append(text, Math.min(pos, text.length()), text.length());
        return new Result(doc.path(), sb.toString(), lines, spans, removed, byRule);
    }

    /** Convenience for small, in-memory corpora (tests): both passes over a list. */
    public static List<Result> fixAll(RuleSet rules, LocalDate ref, List<Document> docs, Consumer<Result> each) {
        BoilerplateFixer fx = new BoilerplateFixer(rules, ref);
        fx.profile(() -> docs);
        List<Result> out = new ArrayList<>();
        for (Document d : docs) {
            Result r = fx.fix(d);
            out.add(r);
            each.accept(r);
        }
        return out;
    }
}
