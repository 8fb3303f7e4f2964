package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;

/**
 * {@code encoding.replacement-char}: U+FFFD in valid UTF-8 text means some earlier tool failed to
 * decode the original and threw the character away: the loss is permanent. (In a file that is not
 * valid UTF-8 the bad bytes are reported by {@code encoding.invalid-utf8} instead.)
 */
public final class ReplacementCharRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.replacement-char", Category.ENCODING, Severity.ERROR,
            "U+FFFD REPLACEMENT CHARACTER: text lost by an earlier decoding failure");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (!doc.isValidUtf8() || doc.text() == null) {
            return;
        }
        String t = doc.text();
        int total = 0;
        for (int i = t.indexOf('\uFFFD'); i >= 0; i = t.indexOf('\uFFFD', i + 1)) {
            total++;
        }
        int listed = 0;
        for (int i = t.indexOf('\uFFFD'); i >= 0 && listed < 20; i = t.indexOf('\uFFFD', i + 1)) {
            int j = i;
            while (j < t.length() && t.charAt(j) == '\uFFFD') {
                j++;
            }
            out.accept(Finding.on(doc, INFO).span(i, j).evidence(EncodingText.around(t, i))
                    .message("U+FFFD replacement character" + (j - i > 1 ? "s (" + (j - i) + ")" : "")
                            + (listed == 0 && total > 1 ? "; " + total + " in the file" : ""))
                    .score(total).build());
            listed++;
            i = j - 1;
        }
    }
}
