package dev.corpusqa.rules;

import dev.corpusqa.core.CorpusRule;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the enabled rules over one document. A rule that throws does not stop the others: its
 * failure is recorded as a problem of that document. When the document's time budget is spent
 * the remaining rules are skipped and the document is reported as not fully checked.
 */
public final class RuleEngine {

    private final RuleSet rules;
    private final long budgetNanos;

    public RuleEngine(RuleSet rules, long budgetMillis) {
        this.rules = rules;
        this.budgetNanos = budgetMillis <= 0 ? Long.MAX_VALUE : budgetMillis * 1_000_000L;
    }

    /** What the rules found in one document, plus problems met while checking it. */
    public record Result(List<Finding> findings, List<String> problems, java.util.Map<String, String> facts) {
    }

    public Result check(Document original, RuleContext ctx) {
        // A file in a legacy charset (or UTF-16/32) is read in that charset, so that text rules see
        // its real text instead of replacement characters; byte-level rules still see its bytes.
        Document doc = dev.corpusqa.rules.encoding.CharsetGuesser.decodeLegacy(original);
        List<Finding> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        java.util.Map<String, String> facts = new java.util.TreeMap<>();
        long start = System.nanoTime();
        for (RuleSet.Entry e : rules.entries()) {
            if (e.rule() instanceof CorpusRule) {
                continue;
            }
            if (!doc.hasText() && !e.rule().info().id().startsWith("encoding.")) {
                continue; // binary files only get byte-level checks
            }
            if (System.nanoTime() - start > budgetNanos) {
                problems.add("time budget of " + budgetNanos / 1_000_000 + " ms spent before rule " + e.rule().info().id()
                        + "; remaining rules skipped");
                break;
            }
            try {
                e.rule().check(doc, ctx, new FindingSink() {
                    @Override
                    public void accept(Finding f) {
                        out.add(e.severityOverride() == null ? f : f.withSeverity(e.severityOverride()));
                    }

                    @Override
                    public void fact(String key, String value) {
                        facts.put(key, value);
                    }
                });
            } catch (RuntimeException | StackOverflowError ex) {
                problems.add("rule " + e.rule().info().id() + " failed: " + ex);
            }
        }
        out.sort(ORDER);
        return new Result(out, problems, facts);
    }

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::ruleId);
}
