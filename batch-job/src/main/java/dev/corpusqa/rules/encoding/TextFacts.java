package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.LastResult;
import java.lang.Character.UnicodeScript;

/**
 * Which kinds of characters a text holds, found in one pass and shared by the rules of the family:
 * most of them look for characters that clean, mostly-ASCII news text never has (controls,
 * zero-width and bidirectional controls, no-break spaces, Cyrillic or Greek letters, anything
 * beyond ASCII at all), so a rule whose characters are absent returns at once instead of walking
 * the text itself. Each flag is a necessary condition for its rule to find anything; the rules
 * still do their own exact scan when it is set.
 *
 * <p>Computed once per text and thread: the engine runs the rules one after another on the same
 * document, so a one-entry per-thread cache keyed by the text's identity (strings are immutable)
 * saves all passes but one.
 */
final class TextFacts {

    /** A character at or above U+0080. */
    static final int NON_ASCII = 1;
    /** A C0 control other than tab, line feed and carriage return. */
    static final int C0 = 1 << 1;
    /** A C1 control (U+0080..U+009F). */
    static final int C1 = 1 << 2;
    /** A carriage return. */
    static final int CR = 1 << 3;
    /** U+00A0 NO-BREAK SPACE. */
    static final int NBSP = 1 << 4;
    /** U+200B..U+200D or U+2060 ({@link ZeroWidthRule#isZeroWidth}). */
    static final int ZERO_WIDTH = 1 << 5;
    /** U+202A..U+202E or U+2066..U+2069 ({@link BidiControlRule#isBidi}). */
    static final int BIDI = 1 << 6;
    /** A letter (one UTF-16 unit) of the Cyrillic or Greek script. */
    static final int CYRILLIC_GREEK = 1 << 7;
    /** A character that is not NFC-inert ({@link NotNfcRule.Inert}). */
    static final int NOT_INERT = 1 << 8;
    /** A character where a mojibake run can start ({@link MojibakeDetector#canStart}). */
    static final int MOJIBAKE_START = 1 << 9;

    private TextFacts() {
    }

    private static final LastResult<String, Integer> LAST = new LastResult<>(TextFacts::scan);

    /** The flags of {@code t}, from the per-thread cache when {@code t} is the text seen last. */
    static int of(String t) {
        return LAST.get(t);
    }

    static boolean has(String t, int flag) {
        return (of(t) & flag) != 0;
    }

    static int scan(String t) {
        int f = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20) {
                    continue;
                }
                if (c == '\r') {
                    f |= CR;
                } else if (c != '\t' && c != '\n') {
                    f |= C0;
                }
                continue;
            }
            f |= NON_ASCII;
            if ((f & NOT_INERT) == 0 && !NotNfcRule.Inert.is(c)) {
                f |= NOT_INERT;
            }
            if ((f & MOJIBAKE_START) == 0 && MojibakeDetector.canStart(c)) {
                f |= MOJIBAKE_START;
            }
            if (c <= 0x9F) {
                f |= C1;
            } else if (c == 0xA0) {
                f |= NBSP;
            } else if (c >= 0x200B && c <= 0x206F) {
                if (ZeroWidthRule.isZeroWidth(c)) {
                    f |= ZERO_WIDTH;
                } else if (BidiControlRule.isBidi(c)) {
                    f |= BIDI;
                }
            } else if ((f & CYRILLIC_GREEK) == 0 && c >= 0x370 && Character.isLetter(c)) {
                UnicodeScript s = UnicodeScript.of(c);
                if (s == UnicodeScript.CYRILLIC || s == UnicodeScript.GREEK) {
                    f |= CYRILLIC_GREEK;
                }
            }
        }
        return f;
    }
}
