package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Document;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites one file's bytes as clean UTF-8 where the repair is certain: UTF-16/32 and legacy
 * charsets are transcoded, a leading UTF-8 byte-order mark is dropped, mojibake runs are repaired.
 * A file is left untouched as a whole when any part of its repair is uncertain: bytes that no
 * charset decodes cleanly, a charset guess with low confidence, a file that mixes valid UTF-8
 * sequences with invalid bytes (transcoding it would break the valid part), or a mojibake run whose
 * original characters are partly lost.
 */
public final class EncodingFixer {

    /** Below this confidence a legacy-charset guess is not acted on. */
    public static final double MIN_CONFIDENCE = 0.5;

    private EncodingFixer() {
    }

    /** What happened to one file. {@code fixed} is null unless {@link Status#FIXED}. */
    public record Result(Status status, byte[] fixed, List<String> changes, String reason) {
    }

    public enum Status { UNCHANGED, FIXED, UNCERTAIN }

    public static Result fix(byte[] bytes) {
        Document doc = Document.of("file", bytes, Map.of());
        if (!doc.hasText()) {
            return new Result(Status.UNCERTAIN, null, List.of(), "binary file (NUL bytes): not text");
        }
        List<String> changes = new ArrayList<>();
        String text;
        String wide = Utf16Rule.javaCharset(bytes);
        if (wide != null) {
            text = CharsetGuesser.decodeStrict(bytes, wide, false);
            if (text == null) {
                return new Result(Status.UNCERTAIN, null, List.of(), "looks like " + wide + " but does not decode cleanly");
            }
            changes.add("transcoded " + wide + " -> UTF-8");
        } else if (!doc.isValidUtf8() || CharsetGuesser.hasIso2022Escape(bytes)) {
            if (!doc.isValidUtf8() && validMultiByteSequences(bytes) > 0) {
                return new Result(Status.UNCERTAIN, null, List.of(),
                        "mixes valid UTF-8 with invalid bytes: transcoding would break the valid part; repair by hand");
            }
            CharsetGuesser.Guess g = CharsetGuesser.guess(bytes);
            if (g == null) {
                return new Result(Status.UNCERTAIN, null, List.of(), "not UTF-8 and no known charset decodes it cleanly");
            }
            if (g.confidence() < MIN_CONFIDENCE) {
                return new Result(Status.UNCERTAIN, null, List.of(),
                        "not UTF-8; " + g.charset() + " is only a guess (confidence " + g.confidence() + ")");
            }
            text = g.text();
            changes.add("transcoded " + g.charset() + " -> UTF-8 (confidence " + g.confidence() + ")");
        } else {
            text = doc.text();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            changes.add("removed the byte-order mark");
        }
        List<MojibakeDetector.Span> spans = MojibakeDetector.find(text, Integer.MAX_VALUE);
        for (MojibakeDetector.Span s : spans) {
            if (!s.certain()) {
                return new Result(Status.UNCERTAIN, null, List.of(), "mojibake \"" + EncodingText.visible(text.substring(s.start(), s.end()))
                        + "\" at char " + s.start() + " lost part of the original: repair by hand");
            }
        }
        if (!spans.isEmpty()) {
            StringBuilder sb = new StringBuilder(text.length());
            int at = 0;
            for (MojibakeDetector.Span s : spans) {
                sb.append(text, at, s.start()).append(s.repaired());
                at = s.end();
            }
            sb.append(text, at, text.length());
            MojibakeDetector.Span first = spans.get(0);
            changes.add("repaired " + spans.size() + " mojibake run" + (spans.size() > 1 ? "s" : "") + " (e.g. \""
                    + EncodingText.visible(text.substring(first.start(), first.end())) + "\" -> \"" + EncodingText.visible(first.repaired()) + "\")");
            text = sb.toString();
        }
        if (changes.isEmpty()) {
            return new Result(Status.UNCHANGED, null, List.of(), null);
        }
        return new Result(Status.FIXED, text.getBytes(StandardCharsets.UTF_8), changes, null);
    }

    /** Number of well-formed multi-byte UTF-8 sequences (a legacy single-byte file has almost none). */
    static int validMultiByteSequences(byte[] b) {
        int count = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
            if (need == 0 || i + need >= b.length) {
                continue;
            }
            boolean ok = true;
            for (int j = 1; j <= need; j++) {
                ok &= (b[i + j] & 0xC0) == 0x80;
            }
            if (ok) {
                count++;
                i += need;
            }
        }
        return count;
    }
}
