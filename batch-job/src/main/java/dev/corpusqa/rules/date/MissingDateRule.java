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
 * {@code date.missing}: the document has no trustworthy publication date: none in its metadata,
 * front matter, labelled header lines, datelines or file name. Dates only mentioned in the body,
 * captions or embedded posts do not count (see {@code date.inferred}); neither do a bare year or
 * month, nor a copyright year. Also records the extracted date as the document facts
 * {@code publicationDate} / {@code dateSource}.
 *
 * <p>Parameters (shared by every date rule, see {@link DateExtractor.Options}): {@code topLines},
 * {@code numericOrder}, {@code fileNamePatterns}; and its own {@code acceptInferred} (default false): when
 * true, a date mentioned only in the text is enough to keep quiet (date.inferred still reports it).
 */
public final class MissingDateRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("date.missing", Category.DATE, Severity.ERROR,
            "No publication date in the document's metadata, header, dateline or file name");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        DateExtractor.Extraction x = DateRules.facts(doc, ctx, out);
        List<DateMention> inferred = x.inferred();
        if (x.publication() != null || (ctx.params(INFO).getBoolean("acceptInferred", false) && !inferred.isEmpty())) {
            return;
        }
        List<DateMention> partial = x.partialHeaderDates();
        List<DateMention> copyright = x.copyrightYears();
        String msg = "no publication date found";
        if (!partial.isEmpty()) {
            msg += "; the header gives only " + partial.get(0).precise() + " (\"" + partial.get(0).text() + "\"), not a day";
        } else if (!inferred.isEmpty()) {
            msg += "; " + inferred.size() + " date(s) mentioned in the text cannot stand for it";
        } else if (!copyright.isEmpty()) {
            msg += "; only a copyright year (" + copyright.get(0).year() + ")";
        }
        out.accept(Finding.on(doc, INFO).document().message(msg).score(1.0).build());
    }
}
