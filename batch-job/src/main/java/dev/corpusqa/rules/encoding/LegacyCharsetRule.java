package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.util.Locale;

/**
 * {@code encoding.legacy-charset}: the file is not UTF-8 but decodes cleanly in a legacy charset
 * (windows-1251, KOI8-R, ISO-8859-2, Shift_JIS, ...; also 7-bit ISO-2022). The charset and the
 * confidence of {@link CharsetGuesser} go into the message and into the document facts
 * {@code charset} and {@code charsetConfidence}. UTF-16/32 files get the facts too, but their
 * finding is {@code encoding.utf16}'s. The byte-level {@code encoding.invalid-utf8} still reports
 * the first bad byte of such a file: both statements are true, and the fix is the same transcoding.
 */
public final class LegacyCharsetRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.legacy-charset", Category.ENCODING, Severity.ERROR,
            "The file is not UTF-8 but a legacy charset (named, with a confidence)");

    public static final String FACT_CHARSET = "charset";
    public static final String FACT_CONFIDENCE = "charsetConfidence";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (!doc.hasText()) {
            return;
        }
        String wide = Utf16Rule.javaCharset(doc.bytes());
        if (wide != null) {
            out.fact(FACT_CHARSET, wide);
            out.fact(FACT_CONFIDENCE, "1.0");
            return;
        }
        if (doc.isValidUtf8() && !CharsetGuesser.hasIso2022Escape(doc.bytes())) {
            return;
        }
        CharsetGuesser.Guess g = CharsetGuesser.guess(doc.bytes());
        if (g == null) {
            return;
        }
        String conf = String.format(Locale.ROOT, "%.2f", g.confidence());
        out.fact(FACT_CHARSET, g.charset());
        out.fact(FACT_CONFIDENCE, conf);
        out.accept(Finding.on(doc, INFO).document()
                .message("file is not UTF-8: it decodes cleanly as " + g.charset() + " (confidence " + conf + "); transcode it to UTF-8")
                .evidence(EncodingText.around(g.text(), firstNonAscii(g.text())))
                .suggestion("corpus-qa fix --encoding (or iconv -f " + g.charset() + " -t UTF-8)")
                .score(g.confidence()).build());
    }

    static int firstNonAscii(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= 0x80 || t.charAt(i) == 0x1B) {
                return i;
            }
        }
        return 0;
    }
}
