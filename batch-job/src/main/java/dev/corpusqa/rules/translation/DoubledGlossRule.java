package dev.corpusqa.rules.translation;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code translation.doubled-gloss}: a noun "explained" by itself, what MT leaves when the source
 * glossed a rare word with a common one and both came out the same: "an ornate sabre – a sabre.",
 * "the levy (levy)", "a skiff, or skiff,". The repeated word must close the gloss (punctuation or
 * the end of the line follows, or the closing dash of a dash pair; in parentheses: exactly the
 * same Latin-script word), so rhetorical repetition that goes on ("a win – a win for all of
 * us") does not fire; function words and numbers are never glossed. Only running text counts (not a word that opens
 * a sentence or line) and only documents in English (see {@link UntranslatedRule#englishDocument}).
 */
public final class DoubledGlossRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("translation.doubled-gloss", Category.TRANSLATION, Severity.WARNING,
            "A word glossed by itself (\"a sabre – a sabre\", \"X (X)\", \"X, or X\")");

    // applied to gaps of at most 8 chars between two words, so java.util.regex is safe here
    // (no line breaks: "Page - Page" across lines is navigation; a spaced hyphen is a title separator)
    private static final java.util.regex.Pattern DASH_GAP = java.util.regex.Pattern.compile("[ \\u00A0]*[–—][ \\u00A0]*");
    private static final java.util.regex.Pattern PAREN_GAP = java.util.regex.Pattern.compile("[ \\u00A0]*\\([ \\u00A0]*");
    private static final java.util.regex.Pattern COMMA_GAP = java.util.regex.Pattern.compile(",[ \\u00A0]+");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for",
            "with", "by", "is", "was", "be", "it", "that", "this", "he", "she", "they", "we", "you", "i", "not", "no", "yes",
            "very", "so", "too", "more", "much", "again", "now", "then", "here", "there", "well", "oh", "ha", "la", "bye");

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
        if (!a.englishDocument()) {
            return; // the check knows English articles and glosses only
        }
        String t = a.text();
        List<TextUnits.Word> ws = a.words();
        int reported = 0;
        for (int i = 0; i + 1 < ws.size(); i++) {
            TextUnits.Word w = ws.get(i);
            if (w.initial() || !Character.isLowerCase(w.text().charAt(0))) {
                // a gloss explains a common noun in running text; "Makeup – Makeup" at a line start is a
                // menu or a title, "Deutsch (Deutsch)" a language picker
                continue;
            }
            int gapEnd = ws.get(i + 1).start();
            if (gapEnd - w.end() > 8 || !glossPunctuation(t, w.end(), gapEnd)) {
                continue; // every gap pattern needs a dash, a parenthesis or a comma
            }
            String key = singular(w.base().toLowerCase(java.util.Locale.ROOT));
            if (key.length() < 3 || FUNCTION.contains(key)) {
                continue;
            }
            String gap = t.substring(w.end(), gapEnd);
            String kind = null;
            if (DASH_GAP.matcher(gap).matches()) {
                kind = "dash";
            } else if (PAREN_GAP.matcher(gap).matches()) {
                kind = "paren";
            } else if (COMMA_GAP.matcher(gap).matches()) {
                if (ws.get(i + 1).lower().equals("or")) {
                    kind = "or";
                }
            }
            if (kind == null) {
                continue;
            }
            int k = i + 1;
            if (kind.equals("or")) {
                k++;
            }
            if (k < ws.size() && !kind.equals("paren") && ARTICLES.contains(ws.get(k).lower())) {
                k++;
            }
            if (k >= ws.size() || k > i + 3) {
                continue;
            }
            TextUnits.Word g = ws.get(k);
            if (!singular(g.base().toLowerCase(java.util.Locale.ROOT)).equals(key)) {
                continue;
            }
            if (!closes(t, g.end(), kind)) {
                continue;
            }
            if (kind.equals("paren") && (!g.text().equals(w.base()) || !latin(g.text()))) {
                // "Vesna (VESNA)", "Suomi (suomi)", "Nederland (Nederlands)" and names in uncased scripts are
                // style choices or language menus, not doubled glosses
                continue;
            }
            out.accept(Finding.on(doc, INFO).span(w.start(), closeEnd(t, g.end(), kind))
                    .message("'" + w.base() + "' is glossed by itself")
                    .score(1.0).build());
            if (++reported >= 20) {
                return;
            }
            i = k;
        }
    }

    /** Whether t[from, to) holds a character without which none of the gap patterns can match. */
    private static boolean glossPunctuation(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '–' || c == '—' || c == '(' || c == ',') {
                return true;
            }
        }
        return false;
    }

    private static boolean latin(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i)) && Character.UnicodeScript.of(s.charAt(i)) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    private static boolean closes(String t, int at, String kind) {
        if (at >= t.length()) {
            return !kind.equals("paren");
        }
        char c = t.charAt(at);
        if (kind.equals("paren")) {
            return c == ')';
        }
        if (kind.equals("dash") && c == ' ') {
            // a dash pair around the gloss: "a sabre – a sabre – as a sign of ..."
            int j = at;
            while (j < t.length() && t.charAt(j) == ' ') {
                j++;
            }
            return j < t.length() && (t.charAt(j) == '–' || t.charAt(j) == '—');
        }
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '\n' || c == '\r';
    }

    private static int closeEnd(String t, int at, String kind) {
        return Math.min(t.length(), at + (at < t.length() && t.charAt(at) != '\n' && t.charAt(at) != '\r' ? 1 : 0));
    }

    private static String singular(String w) {
        if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
