package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.text.Normalizer;

/**
 * {@code encoding.not-nfc}: text that is not in Unicode Normalization Form C (decomposed accents
 * from macOS file names or PDF extraction, compatibility singletons such as U+212B ANGSTROM SIGN).
 * The same word then has two spellings for search and deduplication. One finding per line (first
 * {@code maxListed}), at the first character that normalisation changes.
 */
public final class NotNfcRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.not-nfc", Category.ENCODING, Severity.INFO,
            "Text not in Unicode NFC (decomposed accents, singleton compatibility characters)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    static boolean compatibilityIdeograph(int cp) {
        return (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    private static String withoutCompatibilityIdeographs(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !compatibilityIdeograph(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * BMP characters that are in NFC on their own, have combining class 0 and never combine with a
     * character before them (ICU's {@code hasBoundaryBefore}): a text made only of them is in NFC, so
     * the common case (ASCII plus typographic quotes and dashes, Latin-1 letters) is decided by one
     * table look-up per character, in {@link TextFacts}' pass, instead of the JDK normaliser's quick check. Only characters the
     * JDK knows are taken (its Unicode version may be older than ICU's; normalisation properties of
     * assigned characters never change between versions).
     */
    static final class Inert {
        private static final long[] SAFE = build();

        private Inert() {
        }

        private static long[] build() {
            com.ibm.icu.text.Normalizer2 nfc = com.ibm.icu.text.Normalizer2.getNFCInstance();
            long[] bits = new long[0x10000 / 64];
            for (int c = 0; c < 0x10000; c++) {
                int type = Character.getType(c);
                if (type == Character.UNASSIGNED || type == Character.SURROGATE) {
                    continue;
                }
                if (nfc.hasBoundaryBefore(c) && nfc.getCombiningClass(c) == 0
                        && com.ibm.icu.lang.UCharacter.getIntPropertyValue(c, com.ibm.icu.lang.UProperty.NFC_QUICK_CHECK) == 1) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
            return bits;
        }

        static boolean is(char c) {
            return (SAFE[c >>> 6] & (1L << c)) != 0;
        }
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        String t = doc.text();
        if (t == null || !TextFacts.has(t, TextFacts.NOT_INERT) || Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
            return;
        }
        int max = ctx.params(INFO).getInt("maxListed", 20);
        int listed = 0;
        for (int ln = 1; ln <= doc.lineCount() && listed < max; ln++) {
            String line = doc.line(ln);
            if (Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
                continue;
            }
            String nfc = Normalizer.normalize(line, Normalizer.Form.NFC);
            int p = 0;
            while (p < line.length() && p < nfc.length() && line.charAt(p) == nfc.charAt(p)) {
                p++;
            }
            if (p < line.length() && compatibilityIdeograph(line.codePointAt(p))
                    && Normalizer.isNormalized(withoutCompatibilityIdeographs(line), Normalizer.Form.NFC)) {
                continue; // CJK compatibility ideographs are kept on purpose (glyph distinctions, legacy round trips)
            }
            int start = Math.min(p, line.length() - 1);
            while (start > 0 && (Character.isLowSurrogate(line.charAt(start)) || Character.getType(line.charAt(start)) == Character.NON_SPACING_MARK)) {
                start--;
            }
            int end = Math.min(line.length(), p + 1);
            while (end < line.length() && Character.getType(line.charAt(end)) == Character.NON_SPACING_MARK) {
                end++;
            }
            int off = doc.lineStart(ln);
            String fixed = Normalizer.normalize(line.substring(start, end), Normalizer.Form.NFC);
            out.accept(Finding.on(doc, INFO).span(off + start, off + end)
                    .message("not in Unicode NFC: \"" + EncodingText.visible(line.substring(start, end)) + "\" composes to \"" + fixed + "\"")
                    .evidence(EncodingText.around(t, off + start)).suggestion(fixed).score(1.0).build());
            listed++;
        }
    }
}
