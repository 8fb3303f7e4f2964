package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.LastResult;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;

/** {@code encoding.utf16}: the file is UTF-16 or UTF-32 (with or without a byte-order mark), not UTF-8. */
public final class Utf16Rule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.utf16", Category.ENCODING, Severity.ERROR,
            "The file is UTF-16 or UTF-32, not UTF-8");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * One-entry cache per thread: the engine's legacy decoding and three rules of the family ask
     * about the same document's bytes in turn (keyed by the array's identity, as
     * {@link CharsetGuesser#guess} is).
     */
    private static final LastResult<byte[], String> LAST = new LastResult<>(Utf16Rule::detectUncached);

    /** The UTF-16/32 variant of these bytes, or {@code null}. */
    public static String detect(byte[] b) {
        return LAST.get(b);
    }

    private static String detectUncached(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
            return "UTF-32BE (with BOM)";
        }
        if (b.length >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32LE (with BOM)";
        }
        if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return "UTF-16BE (with BOM)";
        }
        if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return "UTF-16LE (with BOM)";
        }
        if (ByteScan.indexOf(b, 0, Math.min(b.length, 4096), (byte) 0) < 0) {
            return null; // both tests below need NUL bytes in the first 4096
        }
        if (Document.looksLikeUtf32(b)) {
            return b[0] == 0 ? "UTF-32BE (no BOM)" : "UTF-32LE (no BOM)";
        }
        if (Document.looksLikeUtf16(b)) {
            int n = Math.min(b.length, 4096) & ~1;
            int evenZero = 0;
            for (int i = 0; i < n; i += 2) {
                if (b[i] == 0) {
                    evenZero++;
                }
            }
            return evenZero > n / 4 ? "UTF-16BE (no BOM)" : "UTF-16LE (no BOM)";
        }
        return null;
    }

    /** The Java charset that decodes these bytes, when {@link #detect} recognises them; else {@code null}. */
    public static String javaCharset(byte[] b) {
        String kind = detect(b);
        if (kind == null) {
            return null;
        }
        String name = kind.substring(0, kind.indexOf(' '));
        return kind.contains("with BOM") ? name.substring(0, 6) : name; // UTF-16 / UTF-32 read the BOM themselves
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        String kind = detect(doc.bytes());
        if (kind != null) {
            out.accept(Finding.on(doc, INFO).document().message("file is encoded as " + kind + "; corpora must be UTF-8")
                    .evidence(kind).score(1.0).build());
        }
    }
}
