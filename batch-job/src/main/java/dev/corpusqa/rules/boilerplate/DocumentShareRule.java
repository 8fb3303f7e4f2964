package dev.corpusqa.rules.boilerplate;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code boilerplate.document}: escalation to one document-level error when the lines and spans
 * flagged by the boilerplate family rules and by {@code boilerplate.repeated-line} hold more than
 * {@code maxShare} of the document's words (default 0.05, the line-removal budget RefinedWeb used).
 * By default only the families whose findings are errors count; {@code countWarnings: true} adds the
 * warning families (navigation, widget) and repeated lines, so that an error never rests on warnings alone.
 * Documents shorter than {@code minWords} words (default 30) are left to the line findings. The
 * score is the flagged share.
 */
public final class DocumentShareRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.corpus("boilerplate.document", Category.BOILERPLATE, Severity.ERROR,
            "Boilerplate lines hold more than a set share of the document's words");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Class<? extends CorpusStatistic>> statistics() {
        return List.of(LineFrequency.class);
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (!doc.hasText()) {
            return;
        }
        RuleContext.Params p = ctx.params(INFO);
        double maxShare = p.getDouble("maxShare", 0.05);
        int minWords = p.getInt("minWords", 30);
        LineClassifier.Result r = LineClassifier.of(doc);
        if (r.totalWords() < minWords || r.totalWords() == 0) {
            return;
        }
        Set<Integer> wholeLines = new HashSet<>();
        int flagged = 0;
        int lines = 0;
        int spans = 0;
        boolean warnings = p.getBoolean("countWarnings", false);
        for (BoilerplateDecisions.Verdict v : BoilerplateDecisions.decide(doc, ctx)) {
            if (!warnings && v.family().severity() != dev.corpusqa.core.Severity.ERROR) {
                continue;
            }
            if (v.glued()) {
                flagged += v.words();
                spans++;
            } else if (wholeLines.add(v.line())) {
                flagged += v.words();
                lines++;
            }
        }
        for (RepeatedLineRule.Repeat rep : warnings ? RepeatedLineRule.repeats(doc, ctx) : List.<RepeatedLineRule.Repeat>of()) {
            if (wholeLines.add(rep.line())) {
                flagged += words(doc.line(rep.line()));
                lines++;
            }
        }
        double share = (double) flagged / r.totalWords();
        if (share > maxShare) {
            out.accept(Finding.on(doc, INFO).document()
                    .message(String.format(java.util.Locale.ROOT, "boilerplate holds %.1f%% of the document's words (%d of %d; %d lines, %d glued spans); limit %.1f%%",
                            share * 100, flagged, r.totalWords(), lines, spans, maxShare * 100))
                    .score(Math.round(share * 1000) / 1000.0).build());
        }
    }

    static int words(String s) {
        int n = 0;
        for (String w : s.strip().split("\\s+")) {
            for (int i = 0; i < w.length(); i++) {
                if (Character.isLetterOrDigit(w.charAt(i))) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}
