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
 * {@code encoding.mixed-line-endings}: a file that uses more than one of CRLF, LF and lone CR. It
 * was assembled from pieces made on different systems; line-based tools then disagree about line
 * numbers. One finding at the first line ending of the less common kind.
 */
public final class MixedLineEndingsRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.mixed-line-endings", Category.ENCODING, Severity.INFO,
            "The file mixes line endings (CRLF, LF, CR)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        String t = doc.text();
        if (t == null || !TextFacts.has(t, TextFacts.CR)) {
            return; // without a CR every line ends in LF: one kind
        }
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        int[] first = {-1, -1, -1};
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\r') {
                if (i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    if (crlf++ == 0) {
                        first[0] = i;
                    }
                    i++;
                } else if (cr++ == 0) {
                    first[2] = i;
                }
            } else if (c == '\n' && lf++ == 0) {
                first[1] = i;
            }
        }
        int kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
        if (kinds < 2) {
            return;
        }
        int[] counts = {crlf, lf, cr};
        int minority = -1;
        for (int k = 0; k < 3; k++) {
            if (counts[k] > 0 && (minority < 0 || counts[k] < counts[minority])) {
                minority = k;
            }
        }
        int at = first[minority];
        out.accept(Finding.on(doc, INFO).span(at, at)
                .message("mixed line endings: " + crlf + " CRLF, " + lf + " LF, " + cr + " CR; first "
                        + new String[] {"CRLF", "LF", "CR"}[minority] + " here")
                .evidence(EncodingText.around(t, at)).score(Math.min(crlf + lf + cr, counts[minority])).build());
    }
}
