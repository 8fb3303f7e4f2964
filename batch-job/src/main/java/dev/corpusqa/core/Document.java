package dev.corpusqa.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One corpus file: its path relative to the corpus root ({@code /}-separated), its raw bytes, the
 * decoded text, line offsets and metadata (from sidecar files, the corpus layout, ...).
 *
 * <p>Decoding: the text is the strict UTF-8 decoding when the bytes are valid UTF-8 (a leading
 * UTF-8 BOM is kept in the text as U+FEFF so that rules can see it). When they are not, the text is
 * a lenient decoding where each malformed sequence becomes U+FFFD and {@link #isValidUtf8()} is
 * false, so that text rules still run while byte-level rules report the real defect. A file with NUL
 * bytes (binary) has no text.
 */
public final class Document {

    private final String path;
    private final byte[] bytes;
    private final String text;
    private final boolean validUtf8;
    private final String decodedAs;
    private final int[] lineStarts;
    private final Map<String, String> metadata;

    private Document(String path, byte[] bytes, String text, boolean validUtf8, Map<String, String> metadata) {
        this(path, bytes, text, validUtf8, validUtf8 ? "UTF-8" : null, metadata);
    }

    private Document(String path, byte[] bytes, String text, boolean validUtf8, String decodedAs, Map<String, String> metadata) {
        this.path = Objects.requireNonNull(path);
        this.bytes = Objects.requireNonNull(bytes);
        this.text = text;
        this.validUtf8 = validUtf8;
        this.decodedAs = decodedAs;
        this.lineStarts = text == null ? new int[] {0} : computeLineStarts(text);
        this.metadata = Map.copyOf(metadata);
    }

    /** Build a document from raw bytes, decoding as described in the class comment. */
    public static Document of(String path, byte[] bytes, Map<String, String> metadata) {
        if (isBinary(bytes)) {
            return new Document(path, bytes, null, false, metadata);
        }
        String strict = strictUtf8(bytes);
        if (strict != null) {
            return new Document(path, bytes, strict, true, metadata);
        }
        return new Document(path, bytes, new String(bytes, StandardCharsets.UTF_8), false, metadata);
    }

    /** A document made from text (tests, generated corpora): the bytes are its UTF-8 encoding. */
    public static Document ofText(String path, String text) {
        return of(path, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Same bytes, text replaced by a decoding in another charset (used after charset detection). */
    public Document withText(String decoded) {
        return new Document(path, bytes, decoded, validUtf8, decodedAs, metadata);
    }

    /**
     * Same bytes, decoded as {@code charset} instead (a legacy charset found by detection): text
     * rules then see the real text, byte-level rules still see the bytes and {@link #isValidUtf8()}.
     */
    public Document withDecoding(String charset, String decoded) {
        return new Document(path, bytes, Objects.requireNonNull(decoded), validUtf8, Objects.requireNonNull(charset), metadata);
    }

    public Document withMetadata(Map<String, String> extra) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>(metadata);
        m.putAll(extra);
        return new Document(path, bytes, text, validUtf8, decodedAs, m);
    }

    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        // UTF-16/32 text has NULs too; byte-level encoding rules recognise it, so only call a file
        // binary when it has NULs and no UTF-16/32 byte-order mark.
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return !looksLikeUtf16(bytes) && !looksLikeUtf32(bytes);
            }
        }
        return false;
    }

    /** BOM-less UTF-16: NUL bytes at almost every other position. */
    public static boolean looksLikeUtf16(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return false;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        return (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) || (oddZero > pairs * 0.6 && evenZero < pairs * 0.1);
    }

    /** BOM-less UTF-32: in each 4-byte unit the same three positions are (nearly always) NUL. */
    public static boolean looksLikeUtf32(byte[] b) {
        int n = Math.min(b.length, 4096) & ~3;
        if (n < 8) {
            return false;
        }
        int[] zero = new int[4];
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zero[i & 3]++;
            }
        }
        int units = n / 4;
        boolean be = zero[0] == units && zero[1] > units * 0.9 && zero[3] < units * 0.1;
        boolean le = zero[3] == units && zero[2] > units * 0.9 && zero[0] < units * 0.1;
        return be || le;
    }

    /**
     * The strict UTF-8 decoding of {@code bytes}, or {@code null} when they are not well-formed UTF-8
     * (Unicode Table 3-7: no overlong forms, encoded surrogates or code points above U+10FFFF, the
     * same bytes the JDK's strict decoder refuses). Checking first and then decoding with
     * {@code new String(bytes, UTF_8)} (whose ASCII path is an intrinsic copy) costs about half of
     * a {@code CharsetDecoder} to a {@code CharBuffer} and its copy into a String; every document is
     * decoded in the profile and validate steps, so this is on the hot path of every run.
     */
    static String strictUtf8(byte[] bytes) {
        return Utf8.isWellFormed(bytes) ? new String(bytes, StandardCharsets.UTF_8) : null;
    }

    private static int[] computeLineStarts(String t) {
        int[] starts = new int[16];
        int n = 1;
        if (t.indexOf('\r') < 0) {
            // the usual case: String.indexOf is an intrinsic, much faster than a charAt loop
            for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
            return Arrays.copyOf(starts, n);
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    public String path() {
        return path;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** Decoded text, or {@code null} for a binary file. */
    public String text() {
        return text;
    }

    public boolean hasText() {
        return text != null;
    }

    public boolean isValidUtf8() {
        return validUtf8;
    }

    /**
     * The charset the text was decoded from: {@code UTF-8} for valid UTF-8, the detected charset
     * after {@link #withDecoding}, or {@code null} for the lenient UTF-8 decoding (and binary files).
     */
    public String decodedAs() {
        return decodedAs;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    /** Where the document came from, for grouping corpus statistics: metadata "source", else "". */
    public String source() {
        return metadata.getOrDefault("source", "");
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Start offset (in chars) of 1-based line {@code line}. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** End offset (exclusive, without the line terminator) of 1-based line {@code line}. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text == null ? 0 : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** Text of 1-based line {@code line} without its terminator. */
    public String line(int line) {
        return text == null ? "" : text.substring(lineStart(line), lineEnd(line));
    }

    /** 1-based line holding char offset {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column (UTF-16 code units, as SARIF counts by default) of char offset {@code offset}. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }
}
