package dev.corpusqa.rules.encoding;

import java.lang.Character.UnicodeScript;

/**
 * How plausible a decoded text is as human writing, in [0, 1]: 1 when nothing odd is seen. Used to
 * choose between candidate charsets. Language-independent signals only (no word lists): control and
 * unassigned characters, letters outside the everyday repertoire of their script, letters of two
 * scripts inside one word, symbols glued between letters, and case shapes that real writing does not
 * have (a capital after a small letter inside a word, text that is mostly capitals in a cased
 * script). A text decoded with the wrong sibling code page breaks several of these at once.
 * One pass, constant memory.
 */
public final class TextPlausibility {

    private TextPlausibility() {
    }

    public static double score(String t) {
        int n = Math.min(t.length(), CharsetGuesser.SAMPLE);
        double penalty = 0;
        int nonAscii = 0;
        int upperNonAscii = 0;
        int casedNonAscii = 0;
        int prevCp = ' ';
        int prevClass = SPACE;
        UnicodeScript prevScript = UnicodeScript.COMMON;
        boolean pendingSymbolAfterLetter = false;
        for (int i = 0; i < n;) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            int cls = classify(cp);
            if (cp >= 0x80) {
                nonAscii++;
            }
            switch (cls) {
                case BAD -> penalty += 3;
                case LETTER -> {
                    UnicodeScript sc = cp < 0x80 ? UnicodeScript.LATIN : UnicodeScript.of(cp); // ASCII letters are Latin
                    if (cp >= 0x80) {
                        if (!commonLetter(cp)) {
                            penalty += 1;
                        }
                        if (Character.isUpperCase(cp)) {
                            upperNonAscii++;
                            casedNonAscii++;
                            if (prevClass == LETTER && Character.isLowerCase(prevCp)) {
                                penalty += 1;
                            }
                        } else if (Character.isLowerCase(cp)) {
                            casedNonAscii++;
                        }
                    }
                    if (prevClass == LETTER && sc != prevScript && sc != UnicodeScript.COMMON && sc != UnicodeScript.INHERITED
                            && prevScript != UnicodeScript.COMMON && prevScript != UnicodeScript.INHERITED
                            && !(isHanLike(sc) && isHanLike(prevScript))) {
                        penalty += 2;
                    }
                    if (pendingSymbolAfterLetter) {
                        penalty += 2; // letter, symbol, letter
                    }
                    prevScript = sc;
                }
                case SYMBOL -> {
                    if (prevClass == LETTER) {
                        penalty += 0.3;
                    }
                }
                default -> {
                }
            }
            pendingSymbolAfterLetter = cls == SYMBOL && prevClass == LETTER;
            prevClass = cls;
            prevCp = cp;
        }
        if (nonAscii == 0) {
            return 1.0;
        }
        if (casedNonAscii >= 20 && upperNonAscii > casedNonAscii * 0.5) {
            penalty += (upperNonAscii - casedNonAscii * 0.5) * 0.5;
        }
        return Math.max(0, 1 - penalty / nonAscii);
    }

    static final int SPACE = 0;
    static final int LETTER = 1;
    static final int SYMBOL = 2;
    static final int OTHER = 3;
    static final int BAD = 4;

    static int classify(int cp) {
        if (cp < 0x80) {
            if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') {
                return BAD;
            }
            return Character.isLetter(cp) ? LETTER : cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ? SPACE : OTHER;
        }
        if (cp <= 0x9F || cp == 0xFFFD || (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) {
            return BAD;
        }
        int type = Character.getType(cp);
        switch (type) {
            case Character.UNASSIGNED, Character.CONTROL, Character.PRIVATE_USE, Character.SURROGATE:
                return BAD;
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.OTHER_LETTER,
                    Character.MODIFIER_LETTER, Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK:
                return LETTER;
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
                return SPACE;
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL,
                    Character.OTHER_NUMBER:
                return SYMBOL;
            default:
                return OTHER;
        }
    }

    private static boolean isHanLike(UnicodeScript s) {
        return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA || s == UnicodeScript.HANGUL
                || s == UnicodeScript.BOPOMOFO;
    }

    /**
     * Letters of everyday writing: Latin-1 and Latin Extended-A letters, the Vietnamese, Romanian and
     * pinyin letters of Extended-B, modern Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai,
     * Georgian, Hangul, kana and the CJK unified ideographs. Halfwidth katakana, IPA, archaic and
     * compatibility letters are rare in running text and typical of a wrong decoding.
     */
    static boolean commonLetter(int cp) {
        if (cp < 0x80) {
            return true;
        }
        if (cp >= 0xC0 && cp <= 0x17F) {
            return cp != 0xD7 && cp != 0xF7 && cp != 0x138 && cp != 0x149 && cp != 0x17F;
        }
        if (cp == 0xAA || cp == 0xBA || cp == 0xB5) {
            return true;
        }
        if (cp >= 0x180 && cp <= 0x24F) {
            return cp == 0x1A0 || cp == 0x1A1 || cp == 0x1AF || cp == 0x1B0 || (cp >= 0x1CD && cp <= 0x1DC) || (cp >= 0x218 && cp <= 0x21B)
                    || cp == 0x192;
        }
        return (cp >= 0x386 && cp <= 0x3CE) // Greek
                || (cp >= 0x400 && cp <= 0x45F) || (cp >= 0x490 && cp <= 0x4FF) // Cyrillic, without the historic block
                || (cp >= 0x531 && cp <= 0x587) // Armenian
                || (cp >= 0x5D0 && cp <= 0x5EA) || (cp >= 0x5B0 && cp <= 0x5C2) // Hebrew letters and points
                || (cp >= 0x620 && cp <= 0x65F) || (cp >= 0x66E && cp <= 0x6D3) || (cp >= 0x6F0 && cp <= 0x6FF) // Arabic, Persian
                || (cp >= 0x900 && cp <= 0xDFF) // Indic
                || (cp >= 0xE01 && cp <= 0xE4E) // Thai
                || (cp >= 0x10A0 && cp <= 0x10FF) // Georgian
                || (cp >= 0x1E00 && cp <= 0x1EFF) // Latin Extended Additional (Vietnamese)
                || (cp >= 0x3040 && cp <= 0x30FF) // kana
                || (cp >= 0x3100 && cp <= 0x312F) // bopomofo
                || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified
                || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
                || cp == 0x3005 || cp == 0x3006;
    }

    /**
     * The letters beyond ASCII that each writing system uses (lowercase). Public orthographic facts,
     * not corpus data: a text decoded with the right code page uses (nearly) one language's set, a
     * sibling code page swaps some of them for letters of another language ("õ" and "û" where
     * Hungarian writes "ő" and "ű").
     */
    private static final String[] ALPHABETS = {
        "äöüß", "àâæçéèêëîïôœùûüÿ", "áéíñóúü", "áâãàçéêíóôõú", "àèéìíîòóùú", "àçéèíïòóúü", "éëïóöüèáàä",
        "åäöé", "æøåéó", "äöåšž", "áðéíóúýþæö", "äöõüšž", "áéíóöőúüű", "áčďéěíňóřšťúůýž", "áäčďéíĺľňóôŕšťúýž",
        "ąćęłńóśźż", "čšžćđ", "ăâîșțşţ", "çğıöşüâîû", "āčēģīķļņšūž", "ąčęėįšųūž", "çë", "ãáàâçéêíóôõúü",
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя’", "абвгдежзийклмнопрстуфхцчшщъьюя",
        "абвгдђежзијклљмнњопрстћуфхцчџш", "абвгдѓежзѕијклљмнњопрстќуфхцчџш", "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
        "αβγδεζηθικλμνξοπρστυφχψωςάέήίόύώϊϋΐΰ",
    };

    /**
     * Share of the non-ASCII letters (Latin, Cyrillic, Greek) of {@code t} that the best-fitting
     * single alphabet covers; 1 when there are fewer than 8 such letters (too few to judge).
     */
    public static double repertoireCoverage(String t) {
        int n = Math.min(t.length(), CharsetGuesser.SAMPLE);
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int total = 0;
        for (int i = 0; i < n;) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xC0 && cp < 0x530 && Character.isLetter(cp)) {
                counts.merge(Character.toLowerCase(cp), 1, Integer::sum);
                total++;
            }
        }
        if (total < 8) {
            return 1.0;
        }
        int best = 0;
        for (String a : ALPHABETS) {
            int covered = 0;
            for (java.util.Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (a.indexOf(e.getKey()) >= 0) {
                    covered += e.getValue();
                }
            }
            best = Math.max(best, covered);
        }
        return (double) best / total;
    }
}
