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
 * {@code date.copyright-only}: the only date-like thing in the document is a copyright year
 * ("© 2024 Example Media"). It dates the site's footer, not the article, and is never taken for a
 * publication date; this finding explains a {@code date.missing} on such documents.
 */
public final class CopyrightOnlyRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("date.copyright-only", Category.DATE, Severity.WARNING,
            "The only date in the document is a copyright year");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        DateExtractor.Extraction x = DateRules.facts(doc, ctx, out);
        List<DateMention> c = x.copyrightYears();
        if (x.publication() != null || c.isEmpty() || x.mentions().stream().anyMatch(m -> m.role() != DateMention.Role.COPYRIGHT)) {
            return;
        }
        DateMention m = c.get(0);
        out.accept(DateRules.at(doc, INFO, m).message("the only date is the copyright year " + m.year()
                + "; it dates the site, not the article").score(1.0).build());
    }
}
