package dev.corpusqa.rules.date;

import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import java.util.List;

/** The publication-date family. */
public final class DateRules {
    private DateRules() {
    }

    public static List<Rule> all() {
        return List.of(new MissingDateRule(), new InferredDateRule(), new FutureDateRule(), new TooOldDateRule(),
                new WeekdayMismatchRule(), new ConflictingDateRule(), new UpdatedBeforePublishedRule(), new CopyrightOnlyRule());
    }

    /**
     * The extraction of {@code doc} (computed once per document and thread), after recording the
     * publication date as the document facts {@code publicationDate} and {@code dateSource}. Every
     * date rule calls this, so the facts are there whichever date rules are enabled.
     */
    /** A finding of {@code rule} on the mention's span, or on the whole document for metadata and file names. */
    static Finding.Builder at(Document doc, RuleInfo rule, DateMention m) {
        Finding.Builder b = Finding.on(doc, rule);
        return m.line() > 0 && m.endOffset() > m.startOffset() ? b.span(m.startOffset(), m.endOffset()) : b.document().evidence(m.text());
    }

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
