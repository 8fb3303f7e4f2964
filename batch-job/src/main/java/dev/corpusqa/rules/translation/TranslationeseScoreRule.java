package dev.corpusqa.rules.translation;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code translation.translationese-score}: a document-level score in [0, 1] of how much the text
 * looks translated, from features the translation-studies literature associates with translated
 * text (Baroni and Bernardini 2006; Volansky, Ordan and Wintner 2015): lower lexical variety
 * (moving-window type/token ratio), a flatter function-word profile (fewer contractions and
 * phrasal "get/got", more "of"-chains), and punctuation carried over from the source (more
 * dashes and colons, fewer semicolons). Each feature is turned into a clipped deviation from a
 * fixed reference for edited English news and the deviations are averaged. Never an error, never a
 * warning: the finding is {@code info} with the score, and the document fact
 * {@code translationeseScore} lets a report sort by it. Documents under {@code minWords} words get
 * no score.
 */
public final class TranslationeseScoreRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("translation.translationese-score", Category.TRANSLATION, Severity.INFO,
            "Document-level translationese score (lexical variety, function words, punctuation)");

    public static final String FACT = "translationeseScore";

    private static final int WINDOW = 100;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (!doc.hasText()) {
            return;
        }
        int minWords = ctx.params(INFO).getInt("minWords", 120);
        TextUnits.Analysis a = TextUnits.of(doc);
        int n = a.words().size();
        if (n < minWords) {
            return;
        }
        // moving-window TTR (length-independent lexical variety)
        double ttrSum = 0;
        int windows = 0;
        // windows overlap by half: number each distinct word once, then count distinct numbers per window
        int covered = Math.min(n, (200 - 1) * (WINDOW / 2) + WINDOW);
        Map<String, Integer> ids = new HashMap<>();
        int[] id = new int[covered];
        for (int i = 0; i < covered; i++) {
            Integer k = ids.putIfAbsent(a.words().get(i).lower(), ids.size());
            id[i] = k == null ? ids.size() - 1 : k;
        }
        int[] seenIn = new int[ids.size()];
        for (int s = 0; s + WINDOW <= n && windows < 200; s += WINDOW / 2) {
            int types = 0;
            for (int i = s; i < s + WINDOW; i++) {
                if (seenIn[id[i]] != windows + 1) {
                    seenIn[id[i]] = windows + 1;
                    types++;
                }
            }
            ttrSum += types / (double) WINDOW;
            windows++;
        }
        double ttr = ttrSum / Math.max(1, windows);
        int of = 0;
        int contractions = 0;
        for (TextUnits.Word w : a.words()) {
            String l = w.lower();
            if (l.equals("of")) {
                of++;
            }
            if (l.length() < 2 || (l.indexOf('\'') < 0 && l.indexOf('’') < 0)) {
                continue; // every contraction below has an apostrophe
            }
            if (l.endsWith("n't") || l.endsWith("n’t") || l.endsWith("'s") && !w.capitalised() || l.endsWith("'re") || l.endsWith("'ve")
                    || l.endsWith("’re") || l.endsWith("’ve") || l.endsWith("'ll") || l.endsWith("’ll")) {
                contractions++;
            }
        }
        String t = a.text();
        // String.indexOf is vectorised, and a dash cannot occur at all in a Latin-1 string
        int dashes = count(t, '–') + count(t, '—');
        int colons = count(t, ':');
        int semis = count(t, ';');
        double per1k = 1000.0 / n;
        // reference points for edited English news; deviations are clipped to [0, 1]
        double fVariety = clip((0.74 - ttr) / 0.08);
        double fOf = clip((of * per1k - 28) / 20);
        double fContr = clip((2.0 - contractions * per1k) / 2.0);
        double fPunct = clip(((dashes + colons) * per1k - 4) / 10 + (semis == 0 ? 0.1 : -0.2));
        double score = (fVariety + fOf + fContr + fPunct) / 4.0;
        String s = String.format(Locale.ROOT, "%.3f", score);
        out.fact(FACT, s);
        out.accept(Finding.on(doc, INFO).document()
                .message(String.format(Locale.ROOT, "translationese score %.2f (type/token %.2f, 'of' %.1f/1k words, contractions %.1f/1k, dashes+colons %.1f/1k)",
                        score, ttr, of * per1k, contractions * per1k, (dashes + colons) * per1k))
                .score(score).build());
    }

    private static int count(String t, char c) {
        int n = 0;
        for (int i = t.indexOf(c); i >= 0; i = t.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    private static double clip(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
