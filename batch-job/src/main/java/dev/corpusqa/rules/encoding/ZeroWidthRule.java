package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.lang.Character.UnicodeScript;

/**
 * {@code encoding.zero-width}: U+200B ZERO WIDTH SPACE, U+200C ZWNJ, U+200D ZWJ and U+2060 WORD
 * JOINER. Invisible, they split or glue words for search, tokenizers and deduplication. Left alone:
 * a joiner inside an emoji sequence (U+200D between pictographs) and ZWNJ/ZWJ between letters of
 * scripts that need them (Arabic/Persian, Indic, ...). U+FEFF is {@code encoding.bom}'s.
 */
public final class ZeroWidthRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.zero-width", Category.ENCODING, Severity.WARNING,
            "Invisible zero-width characters (U+200B..U+200D, U+2060) inside the text");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final CharRuns.Chars TARGET = CharRuns.Chars.of(ZeroWidthRule::isZeroWidth);

    static boolean isZeroWidth(int c) {
        return (c >= 0x200B && c <= 0x200D) || c == 0x2060;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (doc.text() == null || !TextFacts.has(doc.text(), TextFacts.ZERO_WIDTH)) {
            return;
        }
        CharRuns.report(doc, INFO, out, TARGET, ZeroWidthRule::notLegitimate,
                ctx.params(INFO).getInt("maxListed", 20), "zero-width character");
    }

    static boolean notLegitimate(String t, int start, int end) {
        if (end - start != 1) {
            return true;
        }
        char c = t.charAt(start);
        if (c != 0x200C && c != 0x200D) {
            return true;
        }
        int prev = start > 0 ? t.codePointBefore(start) : ' ';
        int next = end < t.length() ? t.codePointAt(end) : ' ';
        if (c == 0x200D && (pictograph(prev) || prev == 0xFE0F) && pictograph(next)) {
            return false;
        }
        return !(joiningScript(prev) && joiningScript(next));
    }

    private static boolean pictograph(int cp) {
        return cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    private static boolean joiningScript(int cp) {
        if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
                && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
            return false;
        }
        UnicodeScript s = UnicodeScript.of(cp);
        return s != UnicodeScript.LATIN && s != UnicodeScript.CYRILLIC && s != UnicodeScript.GREEK && s != UnicodeScript.COMMON
                && s != UnicodeScript.HAN;
    }
}
