package dev.corpusqa.rules.date;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;

/**
 * {@code date.updated-before-published}: the update date is earlier than the publication date
 * (both from metadata / front matter, or both in the text within {@code windowLines}, default 10,
 * of each other, above the first paragraph of running text: live-blog "Update" entries in the body
 * are not compared). Usually the two fields were swapped or one was filled from another article.
 * Same-day pairs are compared by time only when both give one in the same written zone.
 */
public final class UpdatedBeforePublishedRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("date.updated-before-published", Category.DATE, Severity.WARNING,
            "The update date is earlier than the publication date");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        DateExtractor.Extraction x = DateRules.facts(doc, ctx, out);
        DateMention pub = x.publication();
        DateMention upd = x.updated();
        if (pub == null || upd == null || pub == upd || pub.role() != DateMention.Role.PUBLISHED) {
            return;
        }
        boolean bothMeta = pub.line() == 0 || pub.source().equals("front-matter");
        boolean updMeta = upd.line() == 0 || upd.source().equals("front-matter");
        if (bothMeta != updMeta) {
            return;
        }
        if (!bothMeta && (Math.abs(pub.line() - upd.line()) > ctx.params(INFO).getInt("windowLines", 10) || !x.inHeader(upd))) {
            return;
        }
        boolean earlier = upd.date().isBefore(pub.date());
        if (!earlier && upd.date().equals(pub.date()) && pub.time() != null && upd.time() != null
                && java.util.Objects.equals(pub.zone(), upd.zone())) {
            earlier = upd.time().isBefore(pub.time());
        }
        if (earlier) {
            out.accept(DateRules.at(doc, INFO, upd).message("updated " + upd.date() + (upd.time() != null ? " " + upd.time() : "")
                    + " is before published " + pub.date() + (pub.time() != null ? " " + pub.time() : "")).score(1.0).build());
        }
    }
}
