package dev.corpusqa.rules.date;

import dev.corpusqa.core.Document;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import java.util.List;

/** The publication-date family. */
public final class DateRules {
    private DateRules() {
    }

    public static List<Rule> all() {
        return List.of(new MissingDateRule());
    }

    /**
     * The extraction of {@code doc} (computed once per document and thread), after recording the
     * publication date as the document facts {@code publicationDate} and {@code dateSource}. Every
     * date rule calls this, so the facts are there whichever date rules are enabled.
     */
    static DateExtractor.Extraction facts(Document doc, RuleContext ctx, FindingSink out) {
        DateExtractor.Extraction x = DateExtractor.cached(doc, ctx);
        DateMention p = x.publication();
        if (p != null) {
            out.fact(FindingSink.PUBLICATION_DATE, p.date().toString());
            out.fact(FindingSink.DATE_SOURCE, p.describe());
        }
        return x;
    }
}
