package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;

/**
 * {@code encoding.control-char}: C0 control characters other than tab, line feed and carriage
 * return, and C1 controls (U+0080..U+009F). Running text has no use for them: they come from binary
 * junk, terminal escapes, or windows-1252 punctuation read as latin-1 (then {@code encoding.mojibake}
 * names the repair too).
 */
public final class ControlCharRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.control-char", Category.ENCODING, Severity.ERROR,
            "C0 control characters (except tab, LF, CR) or C1 controls in the text");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final CharRuns.Chars TARGET = CharRuns.Chars.of(ControlCharRule::isControl);

    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x80 && c <= 0x9F);
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (doc.text() == null || !TextFacts.has(doc.text(), TextFacts.C0 | TextFacts.C1)) {
            return;
        }
        CharRuns.report(doc, INFO, out, TARGET, null, ctx.params(INFO).getInt("maxListed", 20), "control character");
    }
}
