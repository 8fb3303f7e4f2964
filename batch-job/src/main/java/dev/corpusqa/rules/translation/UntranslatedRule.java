package dev.corpusqa.rules.translation;

import com.ibm.icu.lang.UScript;
import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code translation.untranslated}: text left in the source language inside an article written in
 * a Latin-script language.
 * <ul>
 * <li>Script evidence (ICU {@link UScript}, precise): a sentence made mostly of another script
 * (Cyrillic, Greek, Han, Arabic, ...) is an <b>error</b>; a run of two or more foreign-script words
 * inside a Latin sentence, or a single lower-case foreign word, is a warning. A single capitalised
 * word (a name in its own script), a short Han/kana run (a name), and anything inside parentheses
 * or quotation marks (a name given in two languages on purpose, a quoted title) is left alone. A
 * word mixing Latin and Cyrillic letters (homoglyphs) is a warning.</li>
 * <li>Function-word evidence (Latin-script languages): a sentence of at least eight words in which
 * at least a quarter (and three or more) are function words of one of German, French, Spanish, Italian, Portuguese or Dutch
 * and none is an English function word is a warning. We use our own small word lists instead of a
 * statistical language identifier: n-gram identifiers (Lingua, OpenNLP) are unreliable on single
 * sentences full of names and ship large models (Lingua and OpenNLP's model jar are not in the
 * build's resolvable package list; the optimaize detector that is was last released in 2016 and
 * pulls an old Guava); function words decide exactly the case we want (a whole foreign sentence)
 * and never fire on a name.</li>
 * </ul>
 * Documents whose letters are not mostly Latin, and documents that are not English as a whole (English
 * function words under 4% of the words, or fewer than twice another language's), are skipped: they
 * are not in the corpus language, so nothing in them is "left untranslated".
 */
public final class UntranslatedRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("translation.untranslated", Category.TRANSLATION, Severity.WARNING,
            "Words or sentences left in another script or language");

    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "was", "that", "with", "for", "are",
            "were", "this", "have", "has", "it", "by", "from", "which", "they", "he", "she", "we", "will", "would", "not", "be");
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "German", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "sich", "auf", "für", "dem", "den",
                    "des", "auch", "wird", "wurde", "sind", "noch", "nach", "bei", "aus", "wie", "oder", "einer", "zum", "zur", "als",
                    "im", "zu", "es", "er", "sie", "wir", "haben", "werden", "über", "von", "dass", "diesem", "dieser", "einem", "mehr"),
            "French", Set.of("le", "la", "les", "et", "est", "des", "une", "dans", "pour", "que", "qui", "pas", "sur", "avec",
                    "sont", "été", "du", "au", "aux", "nous", "vous", "mais", "ou", "leur", "cette", "ce", "il", "elle"),
            "Spanish", Set.of("el", "los", "las", "y", "es", "del", "una", "por", "para", "que", "con", "se", "su", "sus", "como",
                    "pero", "fue", "está", "al", "lo", "muy", "también", "hay", "este", "esta"),
            "Italian", Set.of("il", "della", "che", "è", "per", "una", "con", "sono", "gli", "nel", "alla", "dei", "delle", "non",
                    "anche", "questo", "questa", "più", "ma", "del", "lo", "ha", "essere"),
            "Portuguese", Set.of("o", "os", "e", "é", "do", "da", "dos", "das", "uma", "para", "com", "não", "que",
                    "em", "na", "mais", "foi", "são", "pelo", "pela", "também", "seu", "sua"),
            "Dutch", Set.of("de", "het", "een", "en", "van", "niet", "dat", "op", "te", "zijn", "voor", "ook", "maar",
                    "bij", "nog", "wordt", "werd", "naar", "hij", "zij", "wij", "deze", "dit"));

    /**
     * The languages of {@link #FUNCTION_WORDS} in alphabetical order, and for each function word the
     * set of its languages as bits of that order: one lookup per word instead of one per language.
     * Sorted, because {@code Map.of}'s iteration order changes from one JVM run to the next and, when
     * two languages qualify for one sentence, the one reported must not depend on the run.
     */
    private static final String[] LANGUAGES = FUNCTION_WORDS.keySet().stream().sorted().toArray(String[]::new);
    private static final Map<String, Integer> LANGUAGE_MASK = languageMasks();

    private static Map<String, Integer> languageMasks() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int k = 0; k < LANGUAGES.length; k++) {
            for (String w : FUNCTION_WORDS.get(LANGUAGES[k])) {
                m.merge(w, 1 << k, (x, y) -> x | y);
            }
        }
        return m;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (!doc.hasText()) {
            return;
        }
        TextUnits.Analysis a = TextUnits.of(doc);
        String t = a.text();
        int latin = 0;
        int other = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (script(c) == UScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }
        if (latin == 0 || latin < other || !a.englishDocument()) {
            return;
        }
        int reported = 0;
        List<TextUnits.Word> ws = a.words();
        for (TextUnits.Sentence s : a.sentences()) {
            if (reported >= 20) {
                return;
            }
            int sLatin = 0;
            int sForeign = 0;
            int foreignScript = -1;
            for (int i = s.start(); i < s.end(); i++) {
                char c = t.charAt(i);
                if (!Character.isLetter(c)) {
                    continue;
                }
                int sc = script(c);
                if (sc == UScript.LATIN) {
                    sLatin++;
                } else if (sc != UScript.COMMON && sc != UScript.INHERITED) {
                    sForeign++;
                    foreignScript = sc;
                }
            }
            if (sForeign >= 12 && sForeign * 10 >= (sLatin + sForeign) * 8 && !enclosed(t, s.start(), s.end())) {
                out.accept(Finding.on(doc, INFO).span(s.start(), s.end()).severity(Severity.ERROR)
                        .message("sentence not translated (" + UScript.getName(foreignScript) + " script)")
                        .score(sForeign / (double) (sLatin + sForeign)).build());
                reported++;
                continue;
            }
            if (sForeign > 0) {
                reported += foreignRuns(doc, a, s, out);
                continue;
            }
            reported += latinLanguage(doc, a, s, out);
        }
    }

    /**
     * The rule checks articles in the corpus language (English): a document whose English function
     * words are rare, or outnumbered by another language's, is a foreign-language page as a whole,
     * not an English article with an untranslated fragment, and is left alone.
     */
    static boolean englishDocument(TextUnits.Analysis a) {
        int en = 0;
        int words = 0;
        int[] other = new int[LANGUAGES.length];
        for (TextUnits.Word w : a.words()) {
            String l = w.lower();
            words++;
            if (ENGLISH.contains(l)) {
                en++;
            }
            Integer mask = LANGUAGE_MASK.get(l);
            if (mask != null) {
                for (int k = 0; k < LANGUAGES.length; k++) {
                    if ((mask & (1 << k)) != 0) {
                        other[k]++;
                    }
                }
            }
        }
        int maxOther = 0;
        for (int c : other) {
            maxOther = Math.max(maxOther, c);
        }
        return words > 0 && en * 100 >= words * 4 && en >= 2 * maxOther;
    }

    /** Foreign-script runs and mixed-script words inside a mostly Latin sentence. */
    private int foreignRuns(Document doc, TextUnits.Analysis a, TextUnits.Sentence s, FindingSink out) {
        String t = a.text();
        List<TextUnits.Word> ws = a.words();
        int found = 0;
        int w = s.firstWord();
        while (w < s.endWord()) {
            TextUnits.Word word = ws.get(w);
            int kind = scriptKind(word.text());
            if (kind == 2) {
                out.accept(Finding.on(doc, INFO).span(word.start(), word.end())
                        .message("word mixes Latin and Cyrillic letters (look-alike characters)").score(1.0).build());
                found++;
                w++;
                continue;
            }
            if (kind != 1 || word.text().length() == 1) {
                w++; // single letters are unit symbols or look-alikes (a Cyrillic "С" for Celsius), not text
                continue;
            }
            int first = w;
            boolean domain = false;
            while (w + 1 < s.endWord() && scriptKind(ws.get(w + 1).text()) == 1) {
                String between = t.substring(ws.get(w).end(), ws.get(w + 1).start());
                if (!between.isBlank() && !between.trim().matches("[,;:–—-]")) {
                    domain |= between.equals(".");
                    if (!domain) {
                        break;
                    }
                }
                w++;
            }
            int last = w;
            w++;
            int start = ws.get(first).start();
            int end = ws.get(last).end();
            if (domain || enclosed(t, start, end) || (end < t.length() && t.charAt(end) == '.' && end + 1 < t.length()
                    && Character.isLetter(t.charAt(end + 1)))) {
                continue; // a web address in its own script, or wrapped in brackets or quotes on purpose
            }
            int words = last - first + 1;
            String text = t.substring(start, end);
            boolean han = isHanOrKana(text);
            if (words == 1) {
                if (han ? text.codePointCount(0, text.length()) <= 3 : !Character.isLowerCase(text.codePointAt(0))) {
                    continue; // a name in its own script
                }
            }
            out.accept(Finding.on(doc, INFO).span(start, end)
                    .message("untranslated " + (words == 1 && !han ? "word" : "phrase") + " in " + UScript.getName(UScript.getScript(text.codePointAt(0))) + " script")
                    .score(words).build());
            found++;
        }
        return found;
    }

    private int latinLanguage(Document doc, TextUnits.Analysis a, TextUnits.Sentence s, FindingSink out) {
        int n = s.endWord() - s.firstWord();
        if (n < 8) {
            return 0;
        }
        Map<String, Integer> hits = new java.util.HashMap<>();
        for (int w = s.firstWord(); w < s.endWord(); w++) {
            String l = a.words().get(w).lower();
            if (ENGLISH.contains(l)) {
                return 0;
            }
            Integer mask = LANGUAGE_MASK.get(l);
            if (mask != null) {
                for (int k = 0; k < LANGUAGES.length; k++) {
                    if ((mask & (1 << k)) != 0) {
                        hits.merge(LANGUAGES[k], 1, Integer::sum);
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() >= 3 && e.getValue() * 4 >= n && !enclosed(a.text(), s.start(), s.end())) {
                out.accept(Finding.on(doc, INFO).span(s.start(), s.end())
                        .message("sentence appears to be in " + e.getKey() + ", not translated")
                        .score(e.getValue() / (double) n).build());
                return 1;
            }
        }
        return 0;
    }

    /** ICU's script of {@code c}; ASCII letters (the bulk of the text) are Latin without asking. */
    private static int script(char c) {
        return c < 0x80 && Character.isLetter(c) ? UScript.LATIN : UScript.getScript(c);
    }

    /** 0 = Latin or no letters, 1 = foreign script only, 2 = Latin mixed with Cyrillic. */
    private static int scriptKind(String w) {
        boolean lat = false;
        boolean cyr = false;
        boolean foreign = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            int sc = UScript.getScript(c);
            if (sc == UScript.LATIN) {
                lat = true;
            } else if (sc != UScript.COMMON && sc != UScript.INHERITED) {
                foreign = true;
                cyr |= sc == UScript.CYRILLIC;
            }
        }
        if (lat && cyr) {
            return 2;
        }
        return foreign && !lat ? 1 : 0;
    }

    private static boolean isHanOrKana(String s) {
        int sc = UScript.getScript(s.codePointAt(0));
        return sc == UScript.HAN || sc == UScript.HIRAGANA || sc == UScript.KATAKANA;
    }

    /** The span is wrapped in parentheses, brackets or quotation marks (allowing a few spaces/punctuation). */
    static boolean enclosed(String t, int start, int end) {
        int i = start - 1;
        while (i >= 0 && i > start - 3 && (t.charAt(i) == ' ')) {
            i--;
        }
        int j = end;
        while (j < t.length() && j < end + 3 && (t.charAt(j) == ' ' || t.charAt(j) == '.' || t.charAt(j) == ',')) {
            j++;
        }
        if (i < 0 || j >= t.length()) {
            return false;
        }
        char o = t.charAt(i);
        char c = t.charAt(j);
        return (o == '(' && c == ')') || (o == '[' && c == ']') || (o == '"' && c == '"') || (o == '“' && c == '”')
                || (o == '«' && c == '»') || (o == '„' && c == '“') || (o == '‘' && c == '’') || (o == '\'' && c == '\'')
                || (o == '「' && c == '」') || (o == '《' && c == '》');
    }
}
