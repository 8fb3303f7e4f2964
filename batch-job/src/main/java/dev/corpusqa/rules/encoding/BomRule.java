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
 * {@code encoding.bom}: a UTF-8 byte-order mark at the start of the file (warning: harmless to most
 * readers but it ends up inside the first token), or U+FEFF inside the text (error: a file was
 * concatenated from pieces, each with its BOM, and the character is invisible in editors).
 */
public final class BomRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.bom", Category.ENCODING, Severity.WARNING,
            "Byte-order mark at the start of the file (warning) or U+FEFF inside the text (error)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        String t = doc.text();
        if (t == null || t.indexOf('\uFEFF') < 0 || Utf16Rule.detect(doc.bytes()) != null) {
            return;
        }
        int listed = 0;
        for (int i = t.indexOf('\uFEFF'); i >= 0; i = t.indexOf('\uFEFF', i + 1)) {
            if (i == 0) {
                out.accept(Finding.on(doc, INFO).span(0, 1).message("UTF-8 byte-order mark (EF BB BF) at the start of the file")
                        .evidence("U+FEFF").suggestion("").score(1.0).build());
            } else if (listed++ < 20) {
                out.accept(Finding.on(doc, INFO).span(i, i + 1).severity(Severity.ERROR)
                        .message("U+FEFF (byte-order mark / zero-width no-break space) inside the text: pieces were concatenated with their BOMs")
                        .evidence(EncodingText.around(t, i)).suggestion("").score(1.0).build());
            }
        }
    }
}
