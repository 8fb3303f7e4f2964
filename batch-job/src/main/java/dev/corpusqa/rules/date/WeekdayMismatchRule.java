package dev.corpusqa.rules.date;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code date.weekday-mismatch}: a date written with its weekday ("Monday, 14 March 2019") where
 * that day was another weekday (a Thursday): one of the two is wrong, often a template that fills
 * in today's weekday or a date mistyped by hand. For numeric dates whose day and month could be
 * swapped (03/05/2022), the other reading is tried first and nothing is reported when it fits.
 */
public final class WeekdayMismatchRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("date.weekday-mismatch", Category.DATE, Severity.WARNING,
            "A date's written weekday is not the weekday of that date");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        DateExtractor.Extraction x = DateRules.facts(doc, ctx, out);
        for (DateMention m : x.mentions()) {
            if (!m.isFullDate() || m.weekday() == null || m.line() == 0 || m.date().getDayOfWeek() == m.weekday()) {
                continue;
            }
            if (swappedFits(m)) {
                continue;
            }
            out.accept(DateRules.at(doc, INFO, m).message("\"" + m.text() + "\": " + m.date() + " was a "
                    + m.date().getDayOfWeek().toString().toLowerCase(Locale.ROOT) + ", not a "
                    + m.weekday().toString().toLowerCase(Locale.ROOT)).score(1.0).build());
        }
    }

    private static boolean swappedFits(DateMention m) {
        if (m.text().chars().filter(Character::isDigit).count() < 5 || m.date().getDayOfMonth() > 12) {
            return false;
        }
        boolean numeric = m.text().matches("(?s).*\\d{1,2}[./-] ?\\d{1,2}[./-] ?\\d{2,4}.*");
        if (!numeric) {
            return false;
        }
        try {
            return LocalDate.of(m.date().getYear(), m.date().getDayOfMonth(), m.date().getMonthValue()).getDayOfWeek() == m.weekday();
        } catch (DateTimeException e) {
            return false;
        }
    }
}
