package dev.corpusqa.rules.date;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code date.too-old}: the publication date is before a floor (parameter {@code floor}, default
 * 1995-01-01, before which few news sites published on the web): usually a date of an event or a
 * misread number taken for the publication date, or an archive page that does not belong in the corpus.
 */
public final class TooOldDateRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("date.too-old", Category.DATE, Severity.WARNING,
            "Publication date before the configured floor (default 1995-01-01)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        DateExtractor.Extraction x = DateRules.facts(doc, ctx, out);
        DateMention m = x.publication();
        if (m == null) {
            return;
        }
        String f = ctx.params(INFO).getString("floor", "1995-01-01").trim();
        LocalDate floor;
        try {
            floor = LocalDate.parse(f);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date.too-old: floor must be YYYY-MM-DD; got '" + f + "'");
        }
        if (m.date().isBefore(floor)) {
            out.accept(DateRules.at(doc, INFO, m).message("publication date " + m.date() + " is before " + floor + " (" + m.source() + ")")
                    .score(floor.toEpochDay() - m.date().toEpochDay()).build());
        }
    }
}
