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
 * {@code date.conflicting}: two sources that each claim to give the publication date disagree by
 * more than {@code toleranceDays} (default 1: time zones): the sidecar metadata or front matter
 * against the date in the text, or a labelled header line ("Published: ...") against a dateline or
 * byline within {@code windowLines} (default 5) lines of it, both above the first paragraph of
 * running text. Dates of related articles, comments
 * and events elsewhere on the page are not compared.
 */
public final class ConflictingDateRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("date.conflicting", Category.DATE, Severity.WARNING,
            "Header, dateline or metadata give different publication dates");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        DateExtractor.Extraction x = DateRules.facts(doc, ctx, out);
        int tol = ctx.params(INFO).getInt("toleranceDays", 1);
        int window = ctx.params(INFO).getInt("windowLines", 5);
        DateMention meta = null;
        DateMention text = null;
        for (DateMention m : x.publishedCandidates()) {
            if (m.source().equals("metadata") || m.source().equals("front-matter")) {
                meta = meta == null ? m : meta;
            }
        }
        DateMention pub = x.publication();
        if (meta != null) {
            for (DateMention m : x.publishedCandidates()) {
                if (!m.source().equals("metadata") && !m.source().equals("front-matter") && !m.source().equals("filename")) {
                    text = m;
                    break;
                }
            }
            if (text != null && differ(meta, text, tol)) {
                report(doc, out, meta, text);
            }
            return;
        }
        if (pub == null || pub.line() == 0) {
            return;
        }
        for (DateMention m : x.publishedCandidates()) {
            if (m == pub || m.line() == 0 || Math.abs(m.line() - pub.line()) > window || !x.inHeader(m) || !x.inHeader(pub)) {
                continue;
            }
            boolean labelled = m.certainty() == DateMention.Certainty.HIGH;
            boolean pubLabelled = pub.certainty() == DateMention.Certainty.HIGH;
            if (labelled != pubLabelled && differ(pub, m, tol)) {
                report(doc, out, pub, m);
                return;
            }
        }
    }

    private static boolean differ(DateMention a, DateMention b, int tol) {
        return Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) > tol;
    }

    private static void report(Document doc, FindingSink out, DateMention a, DateMention b) {
        DateMention at = b.line() > 0 ? b : a;
        out.accept(DateRules.at(doc, INFO, at).message("conflicting publication dates: " + a.date() + " (" + a.describe() + ") and "
                + b.date() + " (" + b.describe() + ")").score(Math.abs(a.date().toEpochDay() - b.date().toEpochDay())).build());
    }
}
