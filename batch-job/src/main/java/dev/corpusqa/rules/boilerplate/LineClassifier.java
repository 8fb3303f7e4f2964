package dev.corpusqa.rules.boilerplate;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.corpusqa.core.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores every line of a document (and every sentence glued to its neighbour without a space) for
 * each boilerplate {@link Family}. Scores are evidence, not decisions: the family rules compare them
 * with their {@code threshold} parameters ({@link BoilerplateDecisions}).
 *
 * <p>Signals: the {@link Lexicon} (patterns per family and language); the line's structure (word
 * count, terminal punctuation, title case, upper-case share, URL / e-mail / handle density, a
 * second-person call to action); its position (the first and last lines of a document are more
 * suspect); and its neighbourhood (a run of short non-sentence lines outside the prose region is a
 * menu; fragments under a "Related" heading are teaser links). Work is bounded: at most
 * {@link #MAX_LINES} lines and {@link #MAX_LINE_CHARS} chars per line are examined.
 */
public final class LineClassifier {

    public static final int MAX_LINES = 50_000;
    public static final int MAX_LINE_CHARS = 4_000;
    static final int FAMILIES = Family.values().length;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+|(?:^|\\s)@\\w{2,}|(?:^|\\s)#\\w{2,}");
    private static final Pattern GLUE = Pattern.compile("[\\p{Ll}\\d][.!?…][\"”’»)]?\\p{Lu}\\p{Ll}");
    private static final Pattern SEPARATORS = Pattern.compile("\\s[|»›>/•·]\\s|\\s[|»›>]$|^[|»›>]\\s");
    /** Words of running text that one non-sentence line costs in the main-region search. */
    static final int REGION_GAP_COST = 5;
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—*•·▪►]|\\d+[.)])\\s");
    private static final Pattern LAYOUT = Pattern.compile("^[\\s|+\\-=_:*#~.<>\\[\\]]{6,}$");
    private static final Pattern QUOTED = Pattern.compile("^[\"“«„]|\\b(?:said|says|told|wrote|sagte|a déclaré|dijo|сказал|заявил)\\b");

    private final Lexicon lexicon;

    public LineClassifier(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static final LineClassifier DEFAULT = new LineClassifier(Lexicon.get());

    /** Per-thread cache of the last document's result: the family rules of one document share it. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    /** The classification of {@code doc}, computed once per document and thread. */
    public static Result of(Document doc) {
        Object[] last = LAST.get();
        if (last != null && last[0] == doc) {
            return (Result) last[1];
        }
        Result r = DEFAULT.classify(doc);
        LAST.set(new Object[] {doc, r});
        return r;
    }

    /** What was measured for one line or one glued sentence. */
    public static final class Candidate {
        public final int line;
        public final int start;
        public final int end;
        public final int words;
        public final boolean glued;
        final double[] score = new double[FAMILIES];
        final String[] evidence = new String[FAMILIES];

        Candidate(int line, int start, int end, int words, boolean glued) {
            this.line = line;
            this.start = start;
            this.end = end;
            this.words = words;
            this.glued = glued;
        }

        public double score(Family f) {
            return score[f.ordinal()];
        }

        public String evidence(Family f) {
            return evidence[f.ordinal()];
        }

        void raise(Family f, double s, String ev) {
            int i = f.ordinal();
            if (s > score[i]) {
                score[i] = s;
                evidence[i] = ev;
            }
        }
    }

    /** All candidates of a document: one per non-blank line, plus glued sentences. */
    public record Result(List<Candidate> lines, List<Candidate> glued, int totalWords) {
    }

    /** Structural features of a line. */
    record Features(int words, boolean terminal, boolean colonEnd, double upperShare, double titleShare,
            int links, boolean cta, boolean quoted, List<String> lowerWords, boolean digits, boolean bullet) {
        boolean prose() {
            return (words >= 8 && (terminal || colonEnd)) || words >= 20;
        }

        boolean fragment() {
            return !prose() && !colonEnd && words <= 15;
        }

        /** A short non-sentence line that is not a list entry or table row (no figures, bullets or links). */
        boolean plainFragment() {
            return fragment() && !digits && !bullet && links == 0;
        }

        /** Looks like a menu item or a teaser link: short, no sentence end, no figures, not a list bullet. */
        boolean linkLike() {
            return !terminal && !colonEnd && !digits && !bullet && words >= 1
                    && (words <= 4 || (words <= 12 && titleShare >= 0.6));
        }
    }

    public Result classify(Document doc) {
        List<Candidate> lines = new ArrayList<>();
        List<Candidate> glued = new ArrayList<>();
        if (!doc.hasText()) {
            return new Result(lines, glued, 0);
        }
        int n = Math.min(doc.lineCount(), MAX_LINES);
        List<Features> feats = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int totalWords = 0;
        for (int ln = 1; ln <= n; ln++) {
            int s = doc.lineStart(ln);
            int e = doc.lineEnd(ln);
            String t = doc.text().substring(s, Math.min(e, s + MAX_LINE_CHARS));
            if (t.isBlank()) {
                continue;
            }
            Features f = features(t);
            totalWords += f.words();
            lines.add(new Candidate(ln, s, e, f.words(), false));
            feats.add(f);
            texts.add(t);
        }
        int m = lines.size();
        // the main text region: the stretch of lines with the most running text, where every line that
        // is not running text costs as much as a short sentence (maximum-sum segment, linear time)
        int firstProse = -1;
        int lastProse = -1;
        long bestSum = 0;
        long cur = 0;
        int curStart = 0;
        for (int i = 0; i < m; i++) {
            Features f = feats.get(i);
            cur += f.prose() ? f.words() : -REGION_GAP_COST;
            if (cur <= 0) {
                cur = 0;
                curStart = i + 1;
            } else if (cur > bestSum) {
                bestSum = cur;
                firstProse = curStart;
                lastProse = i;
            }
        }
        for (int i = 0; i < m; i++) {
            boolean edge = i < 2 || i >= m - 3;
            scorePatterns(lines.get(i), texts.get(i), feats.get(i), edge, false);
            scoreStructure(lines.get(i), texts.get(i), feats.get(i));
        }
        navigationRuns(lines, feats, firstProse, lastProse);
        headingPropagation(lines, feats);
        for (int i = 0; i < m; i++) {
            gluedSentences(doc, lines.get(i), texts.get(i), feats.get(i), i < 2 || i >= m - 3, glued);
        }
        return new Result(lines, glued, totalWords);
    }

    Features features(String t) {
        int words = 0;
        int letters = 0;
        int upper = 0;
        int capWords = 0;
        int longWords = 0;
        List<String> lower = new ArrayList<>();
        int digitWords = 0;
        for (String w : t.strip().split("\\s+")) {
            boolean hasLetter = false;
            int cjk = 0;
            boolean digit = false;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isIdeographic(c) || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA
                        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA) {
                    cjk++;
                }
                if (Character.isDigit(c)) {
                    digit = true;
                }
                if (Character.isLetter(c)) {
                    hasLetter = true;
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                } else if (Character.isDigit(c)) {
                    hasLetter = true;
                }
            }
            if (!hasLetter) {
                continue;
            }
            if (digit && (words == 0 || w.chars().filter(Character::isDigit).count() * 2 >= w.length())) {
                digitWords++; // a leading number or a mostly numeric token: list entries and table rows
            }
            // scripts written without spaces: count about one word per two characters
            words += cjk > 3 ? (cjk + 1) / 2 : 1;
            String lw = trimPunct(w).toLowerCase(Locale.ROOT).replace('’', '\'');
            if (lower.size() < 80) {
                lower.add(lw);
            }
            int firstLetter = -1;
            for (int k = 0; k < w.length(); k++) {
                if (Character.isLetter(w.charAt(k))) {
                    firstLetter = k;
                    break;
                }
            }
            if (firstLetter >= 0 && lw.length() > 3) {
                longWords++;
                if (Character.isUpperCase(w.charAt(firstLetter))) {
                    capWords++;
                }
            }
        }
        String st = t.strip();
        char lastC = st.isEmpty() ? ' ' : st.charAt(st.length() - 1);
        int k = st.length() - 1;
        while (k > 0 && "\"”’'»)]".indexOf(st.charAt(k)) >= 0) {
            k--;
        }
        char endC = k >= 0 && !st.isEmpty() ? st.charAt(k) : ' ';
        boolean terminal = ".!?…。！？".indexOf(endC) >= 0;
        boolean colonEnd = endC == ':' || endC == ';' || endC == ',';
        int links = 0;
        Matcher um = URL.matcher(t);
        while (um.find()) {
            links++;
        }
        return new Features(words, terminal, colonEnd, letters == 0 ? 0 : (double) upper / letters,
                longWords == 0 ? 0 : (double) capWords / longWords, links, lexicon.callToAction(lower),
                QUOTED.matcher(t).find(), lower, digitWords > 0, BULLET.matcher(t).find());
    }

    private static String trimPunct(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        return w.substring(a, b);
    }

    private void scorePatterns(Candidate c, String text, Features f, boolean edge, boolean gluedSegment) {
        List<Lexicon.Hit> hits = lexicon.match(text);
        if (hits.isEmpty()) {
            return;
        }
        double[] best = new double[FAMILIES];
        int[] count = new int[FAMILIES];
        String[] ev = new String[FAMILIES];
        for (Lexicon.Hit h : hits) {
            int i = h.family().ordinal();
            count[i]++;
            if (h.weight() > best[i]) {
                best[i] = h.weight();
                ev[i] = h.evidence();
            }
        }
        double mod = 0;
        if (f.words() <= 12) {
            mod += 0.15;
        }
        if (f.words() > 30) {
            mod -= 0.3;
        }
        if (f.words() > 60) {
            mod -= 0.4;
        }
        if (edge) {
            mod += 0.1;
        }
        if (f.quoted()) {
            mod -= 0.3;
        }
        if (gluedSegment) {
            mod += 0.2;
        }
        for (Family fam : Family.values()) {
            int i = fam.ordinal();
            if (best[i] <= 0) {
                continue;
            }
            double m = mod;
            if ((fam == Family.COOKIE || fam == Family.COPYRIGHT) && best[i] >= 1.0 && m < 0) {
                m = 0; // consent and copyright notices are long by nature; their strong phrases are unambiguous
            }
            double s = best[i] + 0.3 * Math.min(count[i] - 1, 3) + m;
            if (f.cta() && (fam == Family.NEWSLETTER || fam == Family.DONATION || fam == Family.COMMENT || fam == Family.SHARE
                    || fam == Family.COOKIE || fam == Family.RELATED_LINK)) {
                s += 0.15;
            }
            if (f.links() > 0 && (fam == Family.NEWSLETTER || fam == Family.SHARE || fam == Family.RELATED_LINK || fam == Family.COPYRIGHT)) {
                s += 0.1;
            }
            c.raise(fam, round(s), "pattern \"" + ev[i] + "\"" + (count[i] > 1 ? " (+" + (count[i] - 1) + " more)" : ""));
        }
    }

    private void scoreStructure(Candidate c, String text, Features f) {
        String glue = lexicon.gluedCredit(text);
        if (glue != null && !f.terminal() && f.words() >= 3) {
            c.raise(Family.CAPTION_CREDIT, 1.3, "credit glued to the caption: \"" + glue.strip() + "\"");
        }
        if (f.words() <= 60) {
            String close = lexicon.closingCredit(text);
            if (close != null) {
                c.raise(Family.CAPTION_CREDIT, f.words() <= 3 ? 1.2 : 1.1, "credit closing the line: \"" + close + "\"");
            } else if (lexicon.bareCredit(text)) {
                c.raise(Family.CAPTION_CREDIT, 1.1, "bare photo credit");
            }
        }
        if (f.words() <= 25 && f.words() >= 2 && !f.terminal() && count(SEPARATORS, text) >= 2) {
            c.raise(Family.NAVIGATION, 1.1, "breadcrumb or link bar (separators)");
        }
        if (LAYOUT.matcher(text).find()) {
            c.raise(Family.TEMPLATE_RESIDUE, 1.1, "layout residue (rule or table border)");
        }
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * Menus: a run of at least three short non-sentence lines. Outside the prose region (before the
     * first or after the last line of running text) such runs are page furniture; inside it they are
     * only suspect when long (an article may hold a short list).
     */
    private void navigationRuns(List<Candidate> lines, List<Features> feats, int firstProse, int lastProse) {
        int m = lines.size();
        int i = 0;
        while (i < m) {
            if (!feats.get(i).linkLike()) {
                i++;
                continue;
            }
            int j = i;
            while (j < m && feats.get(j).linkLike()) {
                j++;
            }
            int run = j - i;
            if (run >= 3) {
                for (int k = i; k < j; k++) {
                    Features f = feats.get(k);
                    boolean outside = firstProse < 0 || k < firstProse || k > lastProse;
                    double s = 0.45 + 0.06 * Math.min(run - 3, 5);
                    if (outside) {
                        s += 0.4;
                    }
                    if (f.words() <= 3) {
                        s += 0.15;
                    }
                    if (f.titleShare() >= 0.6 || f.upperShare() > 0.6) {
                        s += 0.1;
                    }
                    lines.get(k).raise(Family.NAVIGATION, round(s), "run of " + run + " link-like fragments"
                            + (outside ? " outside the running text" : " inside the running text"));
                }
            }
            i = j;
        }
        // outside the main text region three short non-sentence lines in a row are furniture
        i = 0;
        while (i < m) {
            if (!feats.get(i).plainFragment() || (firstProse >= 0 && i >= firstProse && i <= lastProse)) {
                i++;
                continue;
            }
            int j = i;
            while (j < m && feats.get(j).plainFragment() && !(firstProse >= 0 && j >= firstProse && j <= lastProse)) {
                j++;
            }
            int run = j - i;
            if (run >= 3 && firstProse >= 0) {
                for (int k = i; k < j; k++) {
                    double s = 0.8 + 0.05 * Math.min(run - 3, 6) + (feats.get(k).linkLike() ? 0.2 : 0);
                    lines.get(k).raise(Family.NAVIGATION, round(s), "run of " + run + " short non-sentence lines outside the main text");
                }
            }
            i = j;
        }
        // a document without any running text: runs of short non-sentence lines (lists, tables, keyword
        // dumps) are page furniture
        i = 0;
        while (i < m) {
            if (!feats.get(i).fragment()) {
                i++;
                continue;
            }
            int j = i;
            while (j < m && feats.get(j).fragment()) {
                j++;
            }
            int run = j - i;
            if (run >= 4) {
                for (int k = i; k < j; k++) {
                    if (firstProse < 0) {
                        double s = 0.85 + 0.05 * Math.min(run - 4, 6);
                        lines.get(k).raise(Family.NAVIGATION, round(s), "run of " + run + " short non-sentence lines in a document without running text");
                    }
                }
            }
            i = j;
        }
    }

    /** Fragments under a related-links or navigation heading belong to it. */
    private void headingPropagation(List<Candidate> lines, List<Features> feats) {
        for (int i = 0; i < lines.size(); i++) {
            Candidate h = lines.get(i);
            Features hf = feats.get(i);
            if (hf.words() > 6) {
                continue;
            }
            for (Family fam : new Family[] {Family.RELATED_LINK, Family.SHARE}) {
                if (h.score(fam) < 1.0) {
                    continue;
                }
                for (int k = i + 1; k < lines.size() && k <= i + 12; k++) {
                    Features f = feats.get(k);
                    if (f.prose() || f.terminal() || f.words() > 20) {
                        break;
                    }
                    lines.get(k).raise(fam, 1.0, "listed under \"" + abbreviate(h.evidence(fam)) + "\" heading (line " + h.line + ")");
                }
            }
        }
    }

    /** A boilerplate sentence glued to content without a space: score each glued sentence alone. */
    private void gluedSentences(Document doc, Candidate line, String text, Features f, boolean edge, List<Candidate> out) {
        if (f.words() < 6) {
            return;
        }
        Matcher g = GLUE.matcher(text);
        List<Integer> cuts = new ArrayList<>();
        while (g.find()) {
            int cut = g.end() - 2;
            cuts.add(cut);
        }
        if (cuts.isEmpty()) {
            return;
        }
        cuts.add(text.length());
        int from = 0;
        for (int cut : cuts) {
            String seg = text.substring(from, cut);
            Features sf = features(seg);
            Candidate c = new Candidate(line.line, line.start + from, line.start + cut, sf.words(), true);
            scorePatterns(c, seg, sf, edge, true);
            out.add(c);
            from = cut;
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
