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
 * {@code date.missing}: no publication date can be found in the document's header lines. Also
 * records the extracted date as the document facts {@code publicationDate} / {@code dateSource}.
 */
public final class MissingDateRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("date.missing", Category.DATE, Severity.ERROR,
            "No publication date in the document's header, dateline or metadata");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        List<DateMention> found = new DateExtractor(ctx.params(INFO).getInt("headerLines", 6)).extract(doc);
        DateMention best = found.stream().filter(d -> d.certainty() == DateMention.Certainty.HIGH && d.isFullDate())
                .findFirst().orElse(null);
        if (best != null) {
            out.fact(FindingSink.PUBLICATION_DATE, best.date().toString());
            out.fact(FindingSink.DATE_SOURCE, best.source() + ":line " + best.line());
            return;
        }
        out.accept(Finding.on(doc, INFO).document()
                .message(found.isEmpty() ? "no publication date found" : "no publication date in the header; " + found.size()
                        + " date(s) mentioned in the body cannot stand for it")
                .score(1.0).build());
    }
}
