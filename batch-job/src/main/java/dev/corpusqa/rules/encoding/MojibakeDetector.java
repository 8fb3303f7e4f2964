package dev.corpusqa.rules.encoding;

import java.lang.Character.UnicodeScript;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds mojibake: UTF-8 text that was decoded as a single-byte code page (windows-1252 / latin-1,
 * windows-1251, windows-1250, Mac Roman, cp437) and saved again, possibly twice. The idea follows
 * ftfy (Robyn Speer, Apache-2.0): encode the suspicious characters back to bytes in the code page,
 * decode those bytes as UTF-8, and keep the result only when it is clearly more plausible than what
 * is there. ftfy works on whole strings in Python; we need exact spans inside long documents in the
 * JVM and no library does that, so this is our own code: a linear scan that looks for runs of
 * characters whose code-page bytes form well-formed multi-byte UTF-8, then a plausibility test on
 * the decoded run in its context (everyday letters and punctuation only, same script as its
 * neighbours, no lower-case letter inside an upper-case word, no lone letter where the code page
 * is a rare one). Correct look-alikes (Greek, Ukrainian, math, kaomoji, Latin capitals next to a
 * symbol) fail that test because their "repair" is an IPA, archaic or foreign-script letter.
 */
public final class MojibakeDetector {

    /** One mojibake run: [start, end) in the text, what it should read, and the code page it went through. */
    public record Span(int start, int end, String repaired, String charset, boolean certain) {
    }

    private static final String[] CODE_PAGES = {"windows-1252", "windows-1251", "windows-1250", "x-MacRoman", "IBM437"};
    private static final char[][] DECODE = new char[CODE_PAGES.length][];
    private static final short[][] ENCODE = new short[CODE_PAGES.length][];

    static {
        for (int k = 0; k < CODE_PAGES.length; k++) {
            char[] dec = new char[256];
            short[] enc = new short[0x10000];
            Arrays.fill(enc, (short) -1);
            Charset cs = Charset.forName(CODE_PAGES[k]);
            for (int b = 0; b < 256; b++) {
                String s = new String(new byte[] {(byte) b}, cs);
                char c = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b; // "sloppy": undefined bytes are C1
                dec[b] = c;
                if (b >= 0x80 && enc[c] < 0) {
                    enc[c] = (short) b;
                }
            }
            if (k == 0) {
                for (int b = 0x80; b < 0xA0; b++) {
                    if (enc[b] < 0) {
                        enc[b] = (short) b; // latin-1 reading: C1 controls stand for themselves
                    }
                }
            }
            DECODE[k] = dec;
            ENCODE[k] = enc;
        }
    }

    /** Sequences per run: bounds the work per start position, so the scan stays linear on hostile input. */
    private static final int MAX_RUN = 64;

    private MojibakeDetector() {
    }

    /** The mojibake runs of {@code text}, at most {@code max}, in order. Linear in the text length. */
    public static List<Span> find(String text, int max) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n && out.size() < max) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F && c != 0x85 && DECODE[0][c] != c) {
                // windows-1252 punctuation read as latin-1: C1 controls where quotes and dashes were.
                // (U+0085 NEL is left alone: it is a real line-break control in some systems.)
                int j = i;
                StringBuilder r = new StringBuilder();
                while (j < n && text.charAt(j) >= 0x80 && text.charAt(j) <= 0x9F && text.charAt(j) != 0x85 && DECODE[0][text.charAt(j)] != text.charAt(j)) {
                    r.append(DECODE[0][text.charAt(j)]);
                    j++;
                }
                out.add(new Span(i, j, r.toString(), "ISO-8859-1 (windows-1252 punctuation)", true));
                i = j;
                continue;
            }
            if (c == 'Ã' && i > 0 && Character.isLowerCase(text.charAt(i - 1)) && i + 1 < n && text.charAt(i + 1) == ' '
                    && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)) || Character.isLowerCase(text.charAt(i + 2)))) {
                // "voilÃ  le": an "à" whose second byte (A0, a no-break space) became a plain space or was lost
                boolean twoSpaces = i + 2 < n && text.charAt(i + 2) == ' ';
                out.add(new Span(i, twoSpaces ? i + 2 : i + 1, "à", "windows-1252", false));
                i = twoSpaces ? i + 2 : i + 1;
                continue;
            }
            if (c < 0x80 || !anyLead(c)) {
                i++;
                continue;
            }
            Span found = null;
            for (int k = 0; k < CODE_PAGES.length && found == null; k++) {
                found = tryRun(text, i, k);
            }
            if (found == null) {
                i++;
            } else {
                out.add(found);
                i = found.end();
            }
        }
        return out;
    }

    /** The text with every mojibake run repaired (for the fixer and for tests). */
    public static String repair(String text) {
        List<Span> spans = find(text, Integer.MAX_VALUE);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (Span s : spans) {
            sb.append(text, at, s.start()).append(s.repaired());
            at = s.end();
        }
        return sb.append(text, at, text.length()).toString();
    }

    /** Whether a run found by {@link #find} can start at {@code c}: the three cases its scan tests. */
    static boolean canStart(char c) {
        return (c >= 0x80 && c <= 0x9F) || c == 'Ã' || (c >= 0x80 && anyLead(c));
    }

    private static boolean anyLead(char c) {
        for (short[] enc : ENCODE) {
            int b = enc[c];
            if (b >= 0xC2 && b <= 0xF4) {
                return true;
            }
        }
        return false;
    }

    private static Span tryRun(String t, int start, int k) {
        short[] enc = ENCODE[k];
        int n = t.length();
        int p = start;
        StringBuilder dec = null; // allocated only when a sequence is found (most candidates fail at once)
        int seqs = 0;
        int maxLen = 0;
        boolean certain = true;
        while (p < n && seqs < MAX_RUN) {
            int lead = enc[t.charAt(p)];
            if (lead == 0xED && p + 5 < n && inRange(enc[t.charAt(p + 1)], 0xA0, 0xAF) && inRange(enc[t.charAt(p + 2)], 0x80, 0xBF)
                    && enc[t.charAt(p + 3)] == 0xED && inRange(enc[t.charAt(p + 4)], 0xB0, 0xBF) && inRange(enc[t.charAt(p + 5)], 0x80, 0xBF)) {
                // CESU-8: a surrogate pair encoded as two three-byte sequences
                int hi = 0xD000 | ((enc[t.charAt(p + 1)] & 0x3F) << 6) | (enc[t.charAt(p + 2)] & 0x3F);
                int lo = 0xD000 | ((enc[t.charAt(p + 4)] & 0x3F) << 6) | (enc[t.charAt(p + 5)] & 0x3F);
                dec = dec == null ? new StringBuilder() : dec;
                dec.appendCodePoint(Character.toCodePoint((char) hi, (char) lo));
                maxLen = 6;
                seqs++;
                p += 6;
                continue;
            }
            if (k == 0 && lead >= 0xC2 && lead <= 0xDF && p + 1 < n && t.charAt(p + 1) == '\uFFFD') {
                // the continuation byte was lost to a replacement character: mojibake, repair unknown
                dec = dec == null ? new StringBuilder() : dec;
                dec.append('\uFFFD');
                certain = false;
                maxLen = Math.max(maxLen, 2);
                seqs++;
                p += 2;
                continue;
            }
            if (k == 0 && lead >= 0xE0 && lead <= 0xEF && p + 2 < n && seqs > 0
                    && (t.charAt(p + 1) == '\uFFFD' && inRange(enc[t.charAt(p + 2)], 0x80, 0xBF)
                    || inRange(enc[t.charAt(p + 1)], 0x80, 0xBF) && t.charAt(p + 2) == '\uFFFD')) {
                dec = dec == null ? new StringBuilder() : dec;
                dec.append('\uFFFD');
                certain = false;
                maxLen = Math.max(maxLen, 3);
                seqs++;
                p += 3;
                continue;
            }
            int need = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
            if (need < 0) {
                break;
            }
            int cp = lead & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
            boolean ok = true;
            int q = p + 1;
            char firstCont = 0;
            for (int j = 1; j <= need; j++) {
                if (q >= n) {
                    ok = false;
                    break;
                }
                char ch = t.charAt(q);
                int len = 1;
                if (ch == '&') {
                    // an HTML entity on top of mojibake ("Î&frac14;" for "Î¼"): read the character it stands for
                    int semi = -1;
                    for (int e = q + 2; e < n && e <= q + 10; e++) { // bounded: no scan to a far ';'
                        if (t.charAt(e) == ';') {
                            semi = e;
                            break;
                        }
                    }
                    String r = semi > 0 ? HtmlEntityRule.resolve(t.substring(q + 1, semi + 1)) : null;
                    if (r == null || r.length() != 1) {
                        ok = false;
                        break;
                    }
                    ch = r.charAt(0);
                    len = semi + 1 - q;
                }
                if (j == 1) {
                    firstCont = ch;
                }
                int b = enc[ch];
                int lo = 0x80;
                int hi = 0xBF;
                if (j == 1) {
                    if (lead == 0xE0) {
                        lo = 0xA0;
                    } else if (lead == 0xED) {
                        hi = 0x9F;
                    } else if (lead == 0xF0) {
                        lo = 0x90;
                    } else if (lead == 0xF4) {
                        hi = 0x8F;
                    }
                }
                if (b < lo || b > hi) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (b & 0x3F);
                q += len;
            }
            if (!ok) {
                break;
            }
            // NBSP as a continuation byte: only in the classic "Â " / "Ã " readings or in Cyrillic
            // code pages; elsewhere a letter before a no-break space is just a letter.
            if (firstCont == '\u00A0' && need == 1 && k != 1 && !(k == 0 && (lead == 0xC2 || lead == 0xC3))) {
                break;
            }
            dec = dec == null ? new StringBuilder() : dec;
            dec.appendCodePoint(cp);
            maxLen = Math.max(maxLen, need + 1);
            seqs++;
            p = q;
        }
        if (seqs == 0) {
            return null;
        }
        String decoded = dec.toString();
        if (k == 1 && seqs == 1 && basicCyrillic(t, start, p)) {
            return null; // two everyday Cyrillic letters ("Тё") are a syllable, not a UTF-8 sequence
        }
        if (!plausible(t, start, p, decoded, k, maxLen)) {
            return null;
        }
        if (k == 0 && t.charAt(start) == 'Â' && t.charAt(start + 1) == '\u00A0' && start > 0 && Character.isUpperCase(t.charAt(start - 1))) {
            return null; // "Â" ending an all-caps word before a no-break space is a real letter
        }
        // twice-encoded: the repaired text may itself be mojibake
        String again = decoded;
        for (int round = 0; round < 2; round++) {
            String r = repair(again);
            if (r.equals(again)) {
                break;
            }
            again = r;
        }
        return new Span(start, p, again, CODE_PAGES[k], certain && again.indexOf('\uFFFD') < 0);
    }

    private static boolean basicCyrillic(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (!((c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inRange(int b, int lo, int hi) {
        return b >= lo && b <= hi;
    }

    private static boolean plausible(String t, int start, int end, String decoded, int k, int maxLen) {
        int prev = start > 0 ? t.codePointBefore(start) : ' ';
        int next = end < t.length() ? t.codePointAt(end) : ' ';
        boolean prevLetter = Character.isLetter(prev);
        boolean nextLetter = Character.isLetter(next);
        int letters = 0;
        int lower = 0;
        UnicodeScript nonLatin = null;
        int nonLatinCount = 0;
        for (int i = 0; i < decoded.length();) {
            int cp = decoded.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (mark && cp >= 0x300 && cp <= 0x36F) {
                if (i == Character.charCount(cp) && (prev == ' ' || start == 0)) {
                    return false; // a combining mark needs something to sit on
                }
                continue;
            }
            if (Character.isLetter(cp) || (mark && TextPlausibility.commonLetter(cp))) {
                if (!TextPlausibility.commonLetter(cp) && !(cp >= 0xFB00 && cp <= 0xFB06)) {
                    return false;
                }
                letters++;
                if (Character.isLowerCase(cp)) {
                    lower++;
                }
                UnicodeScript sc = UnicodeScript.of(cp);
                if (sc != UnicodeScript.LATIN && sc != UnicodeScript.COMMON) {
                    if (nonLatin != null && nonLatin != sc && !(cjk(sc) && cjk(nonLatin))) {
                        return false;
                    }
                    nonLatin = sc;
                    nonLatinCount++;
                }
            } else if (!goodSymbol(cp)) {
                return false;
            } else if (k >= 3 && ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF5E)) && !cjkNeighbour(prev, next)) {
                return false; // via a rare code page, CJK punctuation needs CJK text around it
            }
        }
        boolean rare = k >= 3; // Mac Roman, cp437: many correct symbol pairs map to UTF-8 by chance
        if (rare && maxLen == 2 && (letters == 0 || !prevLetter)) {
            return false;
        }
        if ((k == 1 || k == 2) && letters == 1 && maxLen == 2 && decoded.codePointCount(0, decoded.length()) == 1 && !nextLetter
                && trailingSymbols(t, start + 1, end)) {
            return false; // e.g. "Ă®": a Central European / Cyrillic letter ending a word before a brand sign
        }
        if (letters == 0 && maxLen == 2 && k != 0) {
            return false; // a symbol from two Cyrillic / Central European letters: too easy by chance
        }
        // a single letter standing alone: only the classic windows-1252 reading of a Latin-1 letter
        if (letters == 1 && decoded.codePointCount(0, decoded.length()) == 1 && !prevLetter && !nextLetter) {
            int cp = decoded.codePointAt(0);
            if (!(k == 0 && cp >= 0xC0 && cp <= 0xFF)) {
                return false;
            }
        }
        // a foreign-script letter: needs a real word of it, or neighbours in the same script
        if (nonLatin != null && nonLatinCount < 2) {
            boolean same = (prevLetter && UnicodeScript.of(prev) == nonLatin) || (nextLetter && UnicodeScript.of(next) == nonLatin);
            // a Greek letter inside a Latin word is everyday scientific notation ("TNFα", "5μm")
            boolean greekInLatin = nonLatin == UnicodeScript.GREEK && k == 0
                    && ((prevLetter && UnicodeScript.of(prev) == UnicodeScript.LATIN) || Character.isDigit(prev));
            if (!same && !greekInLatin) {
                return false;
            }
        }
        if (nonLatin == null && letters > 0 && (prevLetter || nextLetter)) {
            // a Latin repair inside a word of another script is no repair
            UnicodeScript ps = prevLetter ? UnicodeScript.of(prev) : null;
            UnicodeScript ns = nextLetter ? UnicodeScript.of(next) : null;
            if ((ps != null && ps != UnicodeScript.LATIN && ps != UnicodeScript.COMMON)
                    || (ns != null && ns != UnicodeScript.LATIN && ns != UnicodeScript.COMMON)) {
                return false;
            }
        }
        // lower-case repair inside an upper-case word: the original was a correct all-caps word
        if (lower > 0 && upperWord(t, start, end)) {
            return false;
        }
        return true;
    }

    private static boolean trailingSymbols(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if ("™®©°”’»…".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean cjkNeighbour(int prev, int next) {
        return cjk(UnicodeScript.of(prev)) || cjk(UnicodeScript.of(next));
    }

    private static boolean cjk(UnicodeScript s) {
        return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA || s == UnicodeScript.HANGUL;
    }

    /** The letters around [start, end) (up to 3 each side, within the word) are all capitals, at least two of them. */
    private static boolean upperWord(String t, int start, int end) {
        int upper = 0;
        int seen = 0;
        for (int i = start - 1; i >= 0 && seen < 3 && Character.isLetter(t.charAt(i)); i--, seen++) {
            if (!Character.isUpperCase(t.charAt(i))) {
                return false;
            }
            upper++;
        }
        seen = 0;
        for (int i = end; i < t.length() && seen < 3 && Character.isLetter(t.charAt(i)); i++, seen++) {
            if (!Character.isUpperCase(t.charAt(i))) {
                return false;
            }
            upper++;
        }
        return upper >= 2;
    }

    /** Punctuation and symbols that real text is made of (what mojibake usually hides). */
    static boolean goodSymbol(int cp) {
        return (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7
                || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x200B && cp <= 0x200D)
                || (cp >= 0x20A0 && cp <= 0x20BF) || (cp >= 0x2100 && cp <= 0x214F) || (cp >= 0x2190 && cp <= 0x23FF)
                || (cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x25A0 && cp <= 0x27BF) || (cp >= 0x2900 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F)
                || cp == 0xFE0F || cp == 0xFFFD || (cp >= 0xFF01 && cp <= 0xFF5E) || (cp >= 0x1F000 && cp <= 0x1FAFF);
    }
}
