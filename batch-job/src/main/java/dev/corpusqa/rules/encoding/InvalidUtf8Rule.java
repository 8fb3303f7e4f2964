package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code encoding.invalid-utf8}: byte sequences that are not well-formed UTF-8. One finding per
 * sequence for the first {@code maxListed} (default 20), each with its byte offset, line and column;
 * the first finding's message gives the total. Files recognised as UTF-16/32 are left to
 * {@code encoding.utf16}.
 */
public final class InvalidUtf8Rule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.invalid-utf8", Category.ENCODING, Severity.ERROR,
            "Bytes that are not well-formed UTF-8 (including overlong forms and encoded surrogates)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (doc.isValidUtf8() || !doc.hasText() || Utf16Rule.detect(doc.bytes()) != null) {
            return;
        }
        int limit = ctx.params(INFO).getInt("maxListed", 20);
        // A file in a legacy charset: every high byte is "invalid UTF-8", which says nothing new;
        // report the first one with the total and leave the diagnosis to encoding.legacy-charset.
        CharsetGuesser.Guess legacy = CharsetGuesser.guess(doc.bytes());
        if (legacy != null) {
            for (Utf8Scanner.Bad x : Utf8Scanner.first(doc.bytes(), 20)) {
                if (x.reason().startsWith("encoded surrogate") || x.reason().startsWith("overlong")) {
                    legacy = null; // broken UTF-8 (CESU-8, overlong forms), not a legacy charset
                    break;
                }
            }
        }
        if (legacy != null) {
            limit = 1;
        }
        int[] total = new int[1];
        List<Utf8Scanner.Bad> bad = Utf8Scanner.scan(doc.bytes(), limit, total);
        byte[] b = doc.bytes();
        int line = 1;
        int lineStartByte = 0;
        int pos = 0;
        boolean first = true;
        for (Utf8Scanner.Bad x : bad) {
            for (; pos < x.start(); pos++) {
                if (b[pos] == '\n') {
                    line++;
                    lineStartByte = pos + 1;
                }
            }
            // column in characters: count UTF-8 lead bytes between the line start and the bad byte
            int col = 1;
            for (int k = lineStartByte; k < x.start(); k++) {
                if ((b[k] & 0xC0) != 0x80) {
                    col++;
                }
            }
            String hex = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(b, x.start(), Math.min(b.length, x.end()));
            String msg = "invalid UTF-8 at byte " + x.start() + " (" + hex + "): " + x.reason()
                    + (first && total[0] > 1 ? "; " + total[0] + " malformed sequences in the file" : "")
                    + (legacy != null ? "; the file decodes as " + legacy.charset() + " (see encoding.legacy-charset)" : "");
            out.accept(Finding.on(doc, INFO).position(line, col, line, col + 1, x.start(), x.end())
                    .message(msg).evidence(context(b, x.start())).score(total[0]).build());
            first = false;
        }
    }

    private static String context(byte[] b, int at) {
        int s = Math.max(0, at - 30);
        int e = Math.min(b.length, at + 30);
        StringBuilder sb = new StringBuilder();
        for (int i = s; i < e; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x20 && c < 0x7F) {
                sb.append((char) c);
            } else if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else {
                sb.append(String.format("\\x%02X", c));
            }
        }
        return sb.toString();
    }
}
