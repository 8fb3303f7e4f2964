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
 * {@code date.future}: the publication (or update) date is after the reference date: the crawl date
 * from the document's metadata ({@code crawlDate}, {@code crawled}, {@code crawled_at}) when there is
 * one, else the run's reference date ({@code --reference-date} / {@code referenceDate}, default
 * today). Parameter {@code toleranceDays} (default 1) absorbs time zones: an article stamped in
 * Sydney is "tomorrow" in New York.
 */
public final class FutureDateRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("date.future", Category.DATE, Severity.ERROR,
            "Publication date after the crawl (reference) date");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        DateExtractor.Extraction x = DateRules.facts(doc, ctx, out);
        LocalDate ref = reference(doc, ctx);
        int tol = ctx.params(INFO).getInt("toleranceDays", 1);
        for (DateMention m : new DateMention[] {x.publication(), x.updated()}) {
            if (m != null && m.isFullDate() && m.date().isAfter(ref.plusDays(tol))) {
                boolean upd = m.role() == DateMention.Role.UPDATED && m != x.publication();
                out.accept(DateRules.at(doc, INFO, m).message((upd ? "update" : "publication") + " date " + m.date()
                        + " is after the reference date " + ref + " (" + m.source() + ")")
                        .score(m.date().toEpochDay() - ref.toEpochDay()).build());
                return;
            }
        }
    }

    static LocalDate reference(Document doc, RuleContext ctx) {
        for (String k : new String[] {"crawlDate", "crawl_date", "crawled", "crawled_at", "crawledAt"}) {
            String v = doc.metadata().get(k);
            if (v != null && v.length() >= 10) {
                try {
                    return LocalDate.parse(v.substring(0, 10));
                } catch (DateTimeParseException e) {
                    // not a date: fall back to the run's reference date
                }
            }
        }
        return ctx.referenceDate();
    }
}
