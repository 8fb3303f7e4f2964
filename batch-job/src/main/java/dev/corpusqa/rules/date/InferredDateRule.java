package dev.corpusqa.rules.date;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.util.List;

/**
 * {@code date.inferred}: the document has no publication date, only dates mentioned in its text
 * (body, captions, embedded posts). One of them may be the publication date, but nothing in the
 * text says so: the finding names the first one as a hint, never as the date.
 */
public final class InferredDateRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("date.inferred", Category.DATE, Severity.INFO,
            "No publication date; only dates mentioned in the text, which cannot stand for it");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        DateExtractor.Extraction x = DateRules.facts(doc, ctx, out);
        if (x.publication() != null) {
            return;
        }
        List<DateMention> inferred = x.inferred();
        if (inferred.isEmpty()) {
            return;
        }
        DateMention m = inferred.get(0);
        out.accept(Finding.on(doc, INFO).span(m.startOffset(), m.endOffset())
                .message("no publication date; the text only mentions " + inferred.size() + " date(s), first " + m.date()
                        + " (" + m.source() + "), which may be the date of an event rather than of the article")
                .score(0.3).build());
    }
}
