package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.lang.Character.UnicodeScript;

/**
 * {@code encoding.mixed-script-word}: one word that mixes Latin letters with Cyrillic or Greek
 * letters that look the same (homoglyphs: Cyrillic "а", "е", "о", "р", "с" in a Latin word, or
 * Latin "a", "o", "p" in a Cyrillic one). Such words defeat search and deduplication and are a
 * spam and OCR signature. Only reported when every letter of the minority script is a look-alike
 * of the majority script, so "TNFα", "5μm" or a mojibake run such as "MГјnchen" (that is
 * {@code encoding.mojibake}'s) are not.
 */
public final class MixedScriptWordRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.mixed-script-word", Category.ENCODING, Severity.WARNING,
            "A word mixing Latin with Cyrillic or Greek look-alike letters (homoglyphs)");

    /** Cyrillic and Greek letters that look like Latin letters (Unicode confusables, the common ones). */
    private static final String CONFUSABLE_WITH_LATIN = "АВЕЅІЈКМНОРСТХУаеѕіјорсухԁԛԝһӏ" + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοντ";
    /** Latin letters that look like Cyrillic or Greek ones. */
    private static final String CONFUSABLE_WITH_OTHER = "ABEHIJKMOPCTXYSaceijopsxyhBKMNTZv";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        String t = doc.text();
        if (t == null || !TextFacts.has(t, TextFacts.CYRILLIC_GREEK)) {
            return; // a mixed word needs a Cyrillic or Greek letter
        }
        int max = ctx.params(INFO).getInt("maxListed", 20);
        int listed = 0;
        int n = t.length();
        for (int i = 0; i < n && listed < max;) {
            if (!Character.isLetter(t.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            int latin = 0;
            int other = 0;
            boolean latinAllConfusable = true;
            boolean otherAllConfusable = true;
            UnicodeScript otherScript = null;
            boolean mixedOther = false;
            while (j < n && (Character.isLetter(t.charAt(j)) || Character.getType(t.charAt(j)) == Character.NON_SPACING_MARK)) {
                char c = t.charAt(j);
                if (Character.isLetter(c)) {
                    UnicodeScript s = c < 0x80 ? UnicodeScript.LATIN : UnicodeScript.of(c);
                    if (s == UnicodeScript.LATIN) {
                        latin++;
                        latinAllConfusable &= CONFUSABLE_WITH_OTHER.indexOf(c) >= 0;
                    } else if (s == UnicodeScript.CYRILLIC || s == UnicodeScript.GREEK) {
                        other++;
                        otherAllConfusable &= CONFUSABLE_WITH_LATIN.indexOf(c) >= 0;
                        mixedOther |= otherScript != null && otherScript != s;
                        otherScript = s;
                    }
                }
                j++;
            }
            if (latin > 0 && other > 0 && !mixedOther && j - i >= 3) {
                boolean latinMajority = latin >= other;
                boolean homoglyphs = latinMajority ? otherAllConfusable : latinAllConfusable;
                if (homoglyphs) {
                    out.accept(Finding.on(doc, INFO).span(i, j)
                            .message("word \"" + t.substring(i, j) + "\" mixes Latin and " + (otherScript == UnicodeScript.GREEK ? "Greek" : "Cyrillic")
                                    + " look-alike letters (" + (latinMajority ? other + " " + (otherScript == UnicodeScript.GREEK ? "Greek" : "Cyrillic")
                                    : latin + " Latin") + ")")
                            .evidence(EncodingText.around(t, i)).score(1.0).build());
                    listed++;
                }
            }
            i = j;
        }
    }
}
