package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;

/**
 * {@code encoding.nbsp}: U+00A0 NO-BREAK SPACE left by HTML extraction ({@code &nbsp;} used for
 * layout): runs of two or more, or one next to other white space or at the start or end of a line.
 * A single no-break space between two visible characters is typography (French "« oui »",
 * "10 000", "5 km") and is left alone.
 */
public final class NbspRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.nbsp", Category.ENCODING, Severity.INFO,
            "No-break spaces (U+00A0) used as layout: runs, or next to other white space");

    private static final CharRuns.Chars TARGET = CharRuns.Chars.of(c -> c == 0xA0);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (doc.text() == null || !TextFacts.has(doc.text(), TextFacts.NBSP)) {
            return;
        }
        CharRuns.report(doc, INFO, out, TARGET, NbspRule::layout, ctx.params(INFO).getInt("maxListed", 20), "no-break space");
    }

    static boolean layout(String t, int start, int end) {
        if (end - start >= 2) {
            return true;
        }
        char prev = start > 0 ? t.charAt(start - 1) : '\n';
        char next = end < t.length() ? t.charAt(end) : '\n';
        return Character.isWhitespace(prev) || Character.isWhitespace(next);
    }
}
