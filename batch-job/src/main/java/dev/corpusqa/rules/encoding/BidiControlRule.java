package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;

/**
 * {@code encoding.bidi-control}: bidirectional embedding, override and isolate controls
 * (U+202A..U+202E, U+2066..U+2069). They reorder what a reader sees without changing what a
 * program reads ("Trojan Source"), and in news text they are residue of copy-paste from
 * right-to-left interfaces. Not reported in documents that contain right-to-left letters, where
 * authors use them on purpose; the implicit marks U+200E/U+200F are not reported either.
 */
public final class BidiControlRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.bidi-control", Category.ENCODING, Severity.WARNING,
            "Bidirectional override/embedding/isolate controls (U+202A..U+202E, U+2066..U+2069)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final CharRuns.Chars TARGET = CharRuns.Chars.of(BidiControlRule::isBidi);

    static boolean isBidi(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        String t = doc.text();
        if (t == null || !TextFacts.has(t, TextFacts.BIDI) || !hasBidi(t) || hasRtlLetters(t)) {
            return;
        }
        CharRuns.report(doc, INFO, out, TARGET, null, ctx.params(INFO).getInt("maxListed", 20), "bidirectional control");
    }

    private static boolean hasBidi(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (isBidi(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRtlLetters(String t) {
        for (int i = 0; i < t.length(); i++) {
            byte d = Character.getDirectionality(t.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }
}
