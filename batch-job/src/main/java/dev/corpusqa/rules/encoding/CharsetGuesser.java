package dev.corpusqa.rules.encoding;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.LastResult;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Names the charset of a file that is not UTF-8. Two maintained detectors (ICU4J's
 * {@link CharsetDetector} and juniversalchardet, the Java port of Mozilla's detector) propose
 * charsets with a confidence; we add the code pages that matter for news corpora and that the
 * detectors often miss (Central European, the Cyrillic family), decode the sample strictly in every
 * candidate, and score each decoding with {@link TextPlausibility} (script consistency, letter case
 * shape, symbols glued to letters, control and rare characters). Candidates that decode to the same
 * text are one answer. The final score mixes the detectors' votes with our plausibility, so that a
 * detector's wrong sibling code page loses to the one that gives readable text.
 *
 * <p>Work is bounded: detectors and scoring see at most {@link #SAMPLE} bytes (32 KB); only the chosen
 * charset decodes the whole file.
 */
public final class CharsetGuesser {

    static final int SAMPLE = 32 * 1024;

    /** A guess: Java canonical charset name, confidence in [0, 1], the whole file decoded with it. */
    public record Guess(String charset, double confidence, String text) {
    }

    /** Code pages always tried besides the detectors' proposals (the ones corpora meet most). */
    private static final List<String> ALWAYS = List.of(
            "windows-1252", "windows-1250", "ISO-8859-2", "windows-1251", "KOI8-R", "KOI8-U", "ISO-8859-5", "IBM866",
            "x-MacCyrillic", "IBM855", "windows-1253", "ISO-8859-7", "windows-1255", "ISO-8859-8", "windows-1256",
            "ISO-8859-6", "windows-1254", "ISO-8859-9", "windows-1257", "ISO-8859-13", "ISO-8859-15", "x-windows-874",
            "windows-31j", "EUC-JP", "GB2312", "x-windows-949", "EUC-KR", "x-Johab", "Big5", "GB18030", "x-EUC-TW",
            "ISO-2022-JP", "ISO-2022-KR", "x-MacRoman", "windows-1258");

    private static final Map<String, String> SUPERSET = Map.of("Shift_JIS", "windows-31j", "EUC-KR", "x-windows-949",
            "GB2312", "GB18030", "GBK", "GB18030", "Big5", "Big5-HKSCS", "ISO-8859-1", "windows-1252", "ISO-8859-2",
            "windows-1250", "ISO-8859-9", "windows-1254", "TIS-620", "x-windows-874", "ISO-8859-7", "windows-1253");

    private CharsetGuesser() {
    }

    /**
     * The document decoded in its detected legacy charset when the bytes are not UTF-8 and one
     * charset decodes them cleanly; otherwise the document unchanged.
     */
    public static Document decodeLegacy(Document doc) {
        if (!doc.hasText() || (doc.decodedAs() != null && !doc.decodedAs().equals("UTF-8"))) {
            return doc;
        }
        String wide = Utf16Rule.javaCharset(doc.bytes());
        if (wide != null) {
            String t = decodeStrict(doc.bytes(), wide, false);
            return t == null ? doc : doc.withDecoding(wide, t);
        }
        if (doc.isValidUtf8() && !hasIso2022Escape(doc.bytes())) {
            return doc;
        }
        Guess g = guess(doc.bytes());
        return g == null ? doc : doc.withDecoding(g.charset(), g.text());
    }

    /** The last array {@link #hasIso2022Escape} answered for on this thread, and its answer (the engine and the rule both ask). */
    private static final LastResult<byte[], Boolean> LAST_ESCAPE = new LastResult<>(CharsetGuesser::hasIso2022EscapeUncached);

    /** ISO-2022 (JP/KR/CN) is 7-bit and therefore valid UTF-8: recognise it by its escape sequences. */
    static boolean hasIso2022Escape(byte[] b) {
        return LAST_ESCAPE.get(b);
    }

    private static boolean hasIso2022EscapeUncached(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        for (int i = ByteScan.indexOf(b, 0, n, (byte) 0x1B); i >= 0 && i + 2 < n; i = ByteScan.indexOf(b, i + 1, n, (byte) 0x1B)) {
            if (b[i] == 0x1B && (b[i + 1] == '$' || b[i + 1] == '(') && (b[i + 2] == 'B' || b[i + 2] == '@'
                    || b[i + 2] == ')' || b[i + 2] == 'J' || b[i + 2] == 'A' || b[i + 2] == 'D')) {
                return true;
            }
        }
        return false;
    }

    /** One-entry cache per thread: the engine decodes, the rule then reports, both from one detection. */
    private static final LastResult<byte[], Guess> LAST = new LastResult<>(CharsetGuesser::guessUncached);

    /** The most likely charset of bytes that are not UTF-8, or {@code null} when none decodes them cleanly. */
    public static Guess guess(byte[] bytes) {
        return LAST.get(bytes);
    }

    private static Guess guessUncached(byte[] bytes) {
        byte[] sample = bytes.length <= SAMPLE ? bytes : cutSample(bytes, firstHighByteRegion(bytes));
        Map<String, Double> votes = new LinkedHashMap<>();
        try {
            CharsetDetector icu = new CharsetDetector();
            icu.setText(sample);
            CharsetMatch[] all = icu.detectAll();
            for (int i = 0; i < all.length && i < 6; i++) {
                String name = canonical(all[i].getName());
                if (name != null) {
                    votes.merge(name, all[i].getConfidence() / 100.0 * 0.6, Math::max);
                }
            }
        } catch (RuntimeException e) {
            // a detector failure only removes its votes
        }
        try {
            UniversalDetector ud = new UniversalDetector();
            ud.handleData(sample, 0, sample.length);
            ud.dataEnd();
            String name = canonical(ud.getDetectedCharset());
            if (name != null) {
                // juniversalchardet falls back to windows-1252 for any Latin text: a weak vote then
                double w = name.equals("windows-1252") ? 0.15 : 0.6;
                votes.merge(name, 0.0, Math::max);
                votes.put(name, votes.get(name) + w);
            }
        } catch (RuntimeException e) {
            // idem
        }
        // a detector's vote also counts for the superset of what it named (Shift_JIS -> windows-31j, ...):
        // the narrow code page often fails a strict decode on vendor extensions
        for (Map.Entry<String, Double> e : new ArrayList<>(votes.entrySet())) {
            String sup = SUPERSET.get(e.getKey());
            if (sup != null) {
                votes.merge(sup, e.getValue() * 0.9, Math::max);
            }
        }
        List<String> candidates = new ArrayList<>(votes.keySet());
        for (String c : ALWAYS) {
            if (!candidates.contains(c) && Charset.isSupported(c)) {
                candidates.add(c);
            }
        }
        boolean highBytes = false;
        for (byte x : sample) {
            if (x < 0) {
                highBytes = true;
                break;
            }
        }
        boolean iso2022 = hasIso2022EscapeUncached(sample); // a sample copy: keep the cache for the document's bytes
        // group candidates by decoded text; score each distinct text once
        Map<String, Cand> byText = new LinkedHashMap<>();
        for (String c : candidates) {
            if (!highBytes && !c.startsWith("ISO-2022") || c.startsWith("ISO-2022") && !iso2022) {
                continue;
            }
            String text = decodeStrict(sample, c, sample.length < bytes.length);
            if (text == null) {
                continue;
            }
            Cand cand = byText.get(text);
            double vote = votes.getOrDefault(c, 0.0);
            if (cand == null) {
                byText.put(text, new Cand(c, vote, TextPlausibility.score(text), TextPlausibility.repertoireCoverage(text), text));
            } else if (vote > cand.vote) {
                cand.vote = vote;
                cand.charset = c;
            }
        }
        Cand best = null;
        double bestScore = -1e9;
        double second = -1e9;
        for (Cand c : byText.values()) {
            double s = c.total();
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = c;
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null || best.plausibility < 0.5) {
            return null;
        }
        if (best.charset.equals("ISO-8859-1")) {
            best.charset = "windows-1252"; // same text (no C1 bytes won), and the name browsers and publishers use
        }
        if (best.charset.equals("GB18030") && decodeStrict(sample, "GB2312", sample.length < bytes.length) != null) {
            best.charset = "GB2312"; // only GB2312 characters: name the narrow charset, as publishers do
        }
        String full = sample == bytes && !best.charset.equals("GB2312") ? best.text : decodeStrict(bytes, best.charset, false);
        if (full == null) {
            full = decodeLenient(bytes, best.charset);
        }
        double margin = second < -1e8 ? 1.0 : Math.min(1.0, (bestScore - second) * 2);
        double confidence = Math.max(0.05, Math.min(0.99, 0.45 * best.plausibility + 0.25 * Math.min(1.0, best.vote) + 0.3 * margin));
        return new Guess(best.charset, Math.round(confidence * 100) / 100.0, full);
    }

    private static final class Cand {
        String charset;
        double vote;
        final double plausibility;
        final double coverage;
        final boolean hasC1;
        final String text;

        Cand(String charset, double vote, double plausibility, double coverage, String text) {
            this.charset = charset;
            this.vote = vote;
            this.plausibility = plausibility;
            this.coverage = coverage;
            this.hasC1 = hasC1(text);
            this.text = text;
        }

        private static boolean hasC1(String text) {
            int n = Math.min(text.length(), SAMPLE);
            for (int i = 0; i < n; i++) {
                char ch = text.charAt(i);
                if (ch >= 0x80 && ch <= 0x9F) {
                    return true;
                }
            }
            return false;
        }

        double total() {
            return plausibility * 2.0 + coverage * 1.5 + Math.min(1.2, vote) - (hasC1 ? 1.0 : 0.0);
        }
    }

    /** The sample ends at a line break near {@link #SAMPLE} so that no character is cut in half. */
    private static byte[] cutSample(byte[] b, int from) {
        int end = Math.min(b.length, from + SAMPLE);
        for (int i = end - 1; i > end - 4096 && i > from && end < b.length; i--) {
            if (b[i] == '\n') {
                end = i + 1;
                break;
            }
        }
        return Arrays.copyOfRange(b, from, end);
    }

    /**
     * Where the sample starts: 0, unless the first {@link #SAMPLE} bytes are all ASCII while the file
     * is not: then at the line break before the first high byte (an ASCII head says nothing).
     */
    private static int firstHighByteRegion(byte[] b) {
        for (int i = 0; i < SAMPLE; i++) {
            if (b[i] < 0 || b[i] == 0x1B) {
                return 0;
            }
        }
        for (int i = SAMPLE; i < b.length; i++) {
            if (b[i] < 0) {
                int from = Math.max(0, i - 1024);
                while (from < i && b[from] != '\n') {
                    from++;
                }
                return from < i ? from + 1 : Math.max(0, i - 1024);
            }
        }
        return 0;
    }

    /** Strict decoding; with {@code truncated}, a malformed sequence in the last few bytes is forgiven. */
    static String decodeStrict(byte[] b, String charset, boolean truncated) {
        try {
            CharsetDecoder dec = Charset.forName(charset).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer out = dec.decode(ByteBuffer.wrap(b));
            return out.toString();
        } catch (CharacterCodingException e) {
            if (truncated && b.length > 8) {
                return decodeStrict(Arrays.copyOf(b, b.length - 8), charset, false);
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String decodeLenient(byte[] b, String charset) {
        return new String(b, Charset.forName(charset));
    }

    /** Java canonical name for a detector's charset name, or {@code null} when Java lacks it or it is UTF-8. */
    static String canonical(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toUpperCase(Locale.ROOT);
        String mapped = switch (n) {
            case "UTF-8", "US-ASCII", "ASCII" -> null;
            case "TIS620", "TIS-620" -> "TIS-620";
            case "X-MAC-CYRILLIC", "MACCYRILLIC" -> "x-MacCyrillic";
            case "SHIFT_JIS", "SHIFT-JIS", "SJIS" -> "Shift_JIS";
            case "EUC-TW" -> "x-EUC-TW";
            case "HZ-GB-2312" -> null;
            case "GBK" -> "GB18030";
            case "ISO-8859-8-I" -> "ISO-8859-8";
            default -> name;
        };
        if (mapped == null) {
            return null;
        }
        try {
            return Charset.forName(mapped).name();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
