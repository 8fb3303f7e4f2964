package dev.corpusqa.rules.boilerplate;

import dev.corpusqa.core.Document;
import dev.corpusqa.core.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the classifier's scores into decisions with the thresholds of the family rules: a line is
 * reported under the best-scoring family whose score reaches that family's {@code threshold}; when
 * the line as a whole is not boilerplate, a sentence glued to it without a space may still be.
 */
public final class BoilerplateDecisions {

    public static final double DEFAULT_THRESHOLD = 1.0;

    private BoilerplateDecisions() {
    }

    /** One decision: a family, a char span [start, end), its score and evidence. */
    public record Verdict(Family family, int line, int start, int end, int words, double score, String evidence, boolean glued) {
    }

    public static double threshold(RuleContext ctx, Family f) {
        return ctx.params(FamilyRule.info(f)).getDouble("threshold", DEFAULT_THRESHOLD);
    }

    /** Per-thread cache of the last decision: the eleven family rules and the escalation of one document share it. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    @SuppressWarnings("unchecked")
    public static List<Verdict> decide(Document doc, RuleContext ctx) {
        Object[] last = LAST.get();
        if (last != null && last[0] == doc && last[1] == ctx) {
            return (List<Verdict>) last[2];
        }
        List<Verdict> out = List.copyOf(compute(doc, ctx));
        LAST.set(new Object[] {doc, ctx, out});
        return out;
    }

    private static List<Verdict> compute(Document doc, RuleContext ctx) {
        LineClassifier.Result r = LineClassifier.of(doc);
        double[] thr = new double[LineClassifier.FAMILIES];
        for (Family f : Family.values()) {
            thr[f.ordinal()] = threshold(ctx, f);
        }
        Map<Integer, List<LineClassifier.Candidate>> gluedByLine = new HashMap<>();
        for (LineClassifier.Candidate g : r.glued()) {
            gluedByLine.computeIfAbsent(g.line, k -> new ArrayList<>()).add(g);
        }
        List<Verdict> out = new ArrayList<>();
        for (LineClassifier.Candidate c : r.lines()) {
            List<Verdict> parts = new ArrayList<>();
            boolean clean = false;
            for (LineClassifier.Candidate g : gluedByLine.getOrDefault(c.line, List.of())) {
                Verdict gv = best(g, thr);
                if (gv != null) {
                    parts.add(gv);
                } else {
                    clean = true;
                }
            }
            if (!parts.isEmpty() && clean) {
                out.addAll(parts); // boilerplate glued to content: report the exact spans, not the line
                continue;
            }
            Verdict v = best(c, thr);
            if (v != null) {
                out.add(v);
            } else {
                out.addAll(parts);
            }
        }
        return out;
    }

    private static Verdict best(LineClassifier.Candidate c, double[] thr) {
        Family bestF = null;
        double bestS = 0;
        for (Family f : Family.values()) {
            double s = c.score(f);
            if (s > 0 && s >= thr[f.ordinal()] && s > bestS) {
                bestS = s;
                bestF = f;
            }
        }
        return bestF == null ? null : new Verdict(bestF, c.line, c.start, c.end, c.words, bestS, c.evidence(bestF), c.glued);
    }
}
