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
import java.util.List;

/**
 * {@code boilerplate.repeated-line} (corpus-level): a line whose normal form occurs in at least
 * {@code minDocuments} documents of the same source (default 3) and in at least
 * {@code minShare} of them (default 0: off) is site furniture, not article text. This catches
 * the site-specific appeal no lexicon anticipates. The score is the number of documents.
 */
public final class RepeatedLineRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.corpus("boilerplate.repeated-line", Category.BOILERPLATE, Severity.WARNING,
            "A line repeated verbatim (after normalisation) across several documents of the corpus");

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
        LineFrequency freq = ctx.statistic(LineFrequency.class);
        if (freq == null) {
            return;
        }
        RuleContext.Params p = ctx.params(INFO);
        int minDocs = p.getInt("minDocuments", 3);
        double minShare = p.getDouble("minShare", 0.0);
        int docs = freq.documents(doc.source());
        for (int ln = 1; ln <= doc.lineCount(); ln++) {
            String norm = LineNormalizer.normalize(doc.line(ln));
            if (LineNormalizer.letters(norm) < LineFrequency.MIN_CHARS) {
                continue;
            }
            int n = freq.documentsWith(doc.source(), norm);
            if (n >= minDocs && n >= minShare * docs) {
                out.accept(Finding.on(doc, INFO).line(ln)
                        .message("line occurs in " + n + " of " + docs + " documents" + (doc.source().isEmpty() ? "" : " from " + doc.source()))
                        .score(n).build());
            }
        }
    }
}
