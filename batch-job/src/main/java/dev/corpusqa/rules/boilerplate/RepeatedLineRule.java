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
import java.util.ArrayList;
import java.util.List;

/**
 * {@code boilerplate.repeated-line} (corpus-level): a line whose normal form occurs in at least
 * {@code minDocuments} documents (default 3) and in at least {@code minShare} of the documents
 * (default 0: off) is site furniture, not article text. Documents are grouped by their
 * {@code source} metadata ({@code scope: source}, the default) or counted over the whole corpus
 * ({@code scope: corpus}). This catches the site-specific appeal no lexicon anticipates. The score
 * is the number of documents.
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

    /** A repeated line: its number, how many documents hold it, out of how many. */
    public record Repeat(int line, int documents, int outOf) {
    }

    /** The repeated lines of {@code doc} under the rule's parameters (empty without statistics). */
    public static List<Repeat> repeats(Document doc, RuleContext ctx) {
        List<Repeat> out = new ArrayList<>();
        LineFrequency freq = ctx.statistic(LineFrequency.class);
        if (freq == null || !doc.hasText()) {
            return out;
        }
        RuleContext.Params p = ctx.params(INFO);
        int minDocs = p.getInt("minDocuments", 3);
        double minShare = p.getDouble("minShare", 0.0);
        boolean corpus = p.getString("scope", "source").trim().equalsIgnoreCase("corpus");
        int docs = corpus ? freq.documents(LineFrequency.ALL) : freq.documents(doc.source());
        int lines = Math.min(doc.lineCount(), LineClassifier.MAX_LINES);
        for (int ln = 1; ln <= lines; ln++) {
            String norm = LineNormalizer.normalize(doc.line(ln));
            if (LineNormalizer.letters(norm) < LineFrequency.MIN_CHARS) {
                continue;
            }
            int n = corpus ? freq.documentsWithAnywhere(norm) : freq.documentsWith(doc.source(), norm);
            if (n >= minDocs && n >= minShare * docs) {
                out.add(new Repeat(ln, n, docs));
            }
        }
        return out;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        boolean corpus = ctx.params(INFO).getString("scope", "source").trim().equalsIgnoreCase("corpus");
        for (Repeat r : repeats(doc, ctx)) {
            out.accept(Finding.on(doc, INFO).line(r.line())
                    .message("line occurs in " + r.documents() + " of " + r.outOf() + " documents"
                            + (corpus || doc.source().isEmpty() ? "" : " from " + doc.source()))
                    .score(r.documents()).build());
        }
    }
}
