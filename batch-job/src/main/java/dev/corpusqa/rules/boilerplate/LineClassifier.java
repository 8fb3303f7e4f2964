package dev.corpusqa.rules.boilerplate;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.corpusqa.core.Document;
import java.util.ArrayList;
import java.util.List;

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
    private static final Pattern SEPARATORS = Pattern.compile("\\s[|»›>/•·]\\s|\\s[|»›>]$|^[|»›>]\\s");
    /** Words of running text that one non-sentence line costs in the main-region search. */
    static final int REGION_GAP_COST = 5;
    /** Longest line (in words) that {@link #gapFilling} takes between two boilerplate lines. */
    static final int GAP_MAX_WORDS = 15;
    /** Longest gap (in lines) that {@link #gapFilling} closes. */
    static final int GAP_MAX_LINES = 2;
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—*•·▪►]|\\d+[.)])\\s");
    static final int CREDIT_MAX_WORDS = 6;
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}.&'-]*(?: \\p{Lu}[\\p{L}\\p{N}.&'-]*){0,3}";
    private static final Pattern PAREN_CREDIT = Pattern.compile("\\(" + NAME + "(?:/" + NAME + "){1,3}\\)");
    private static final Pattern LAYOUT = Pattern.compile("^[\\s|+\\-=_:*#~.<>\\[\\]]{6,}$");

    private final Lexicon lexicon;

    public LineClassifier(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static final LineClassifier DEFAULT = new LineClassifier(Lexicon.get());

    /** Per-thread cache of the last document's result: the family rules of one document share it. */
    private static final dev.corpusqa.core.LastResult<Document, Result> LAST = new dev.corpusqa.core.LastResult<>(DEFAULT::classify);

    /** The classification of {@code doc}, computed once per document and thread. */
    public static Result of(Document doc) {
        return LAST.get(doc);
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
            int links, boolean cta, boolean quoted, boolean digits, boolean bullet, Lexicon.Matches lexicon) {
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
        String all = doc.text();
        for (int ln = 1; ln <= n; ln++) {
            int s = doc.lineStart(ln);
            int e = doc.lineEnd(ln);
            int cut = Math.min(e, s + MAX_LINE_CHARS);
            if (blank(all, s, cut)) {
                continue;
            }
            String t = all.substring(s, cut);
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
            Lexicon.Matches found = scorePatterns(lines.get(i), feats.get(i), edge, false);
            scoreStructure(lines.get(i), texts.get(i), feats.get(i), found);
        }
        navigationRuns(lines, feats, firstProse, lastProse);
        headingPropagation(lines, feats, texts);
        gapFilling(lines, feats, firstProse, lastProse);
        for (int i = 0; i < m; i++) {
            gluedSentences(lines.get(i), texts.get(i), feats.get(i), i < 2 || i >= m - 3, glued);
        }
        return new Result(lines, glued, totalWords);
    }

    /**
     * The structure of line {@code t} and what the lexicon finds in it, in one pass over its words
     * (split at ASCII white space, as {@code \\s+}) and without cutting them out.
     */
    Features features(String t) {
        int words = 0;
        int letters = 0;
        int upper = 0;
        int capWords = 0;
        int longWords = 0;
        int lowerWords = 0;
        boolean cta = false;
        int digitWords = 0;
        int a = 0;
        int b = t.length();
        while (a < b && Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
            b--;
        }
        int i = a;
        while (i < b) {
            while (i < b && asciiSpace(t.charAt(i))) {
                i++;
            }
            int ws = i;
            while (i < b && !asciiSpace(t.charAt(i))) {
                i++;
            }
            int we = i;
            if (ws == we) {
                continue;
            }
            boolean hasLetter = false;
            int cjk = 0;
            boolean digit = false;
            int digitChars = 0;
            int firstLetter = -1;
            for (int k = ws; k < we; k++) {
                char c = t.charAt(k);
                if (c >= 0x2E80 && (Character.isIdeographic(c) || (c >= 0x3040 && c <= 0x30FF))) {
                    cjk++; // ideographs, hiragana, katakana
                }
                if (Character.isDigit(c)) {
                    digit = true;
                    digitChars++;
                    hasLetter = true;
                } else if (Character.isLetter(c)) {
                    hasLetter = true;
                    letters++;
                    if (firstLetter < 0) {
                        firstLetter = k;
                    }
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
            if (!hasLetter) {
                continue;
            }
            if (digit && (words == 0 || digitChars * 2 >= we - ws)) {
                digitWords++; // a leading number or a mostly numeric token: list entries and table rows
            }
            // scripts written without spaces: count about one word per two characters
            words += cjk > 3 ? (cjk + 1) / 2 : 1;
            int ra = ws;
            int rb = we;
            while (ra < rb && !Character.isLetterOrDigit(t.charAt(ra))) {
                ra++;
            }
            while (rb > ra && !Character.isLetterOrDigit(t.charAt(rb - 1))) {
                rb--;
            }
            if (lowerWords < 80) {
                if ((lowerWords == 0 && lexicon.ctaVerb(t, ra, rb)) || lexicon.ctaPronoun(t, ra, rb)) {
                    cta = true;
                }
                lowerWords++;
            }
            if (firstLetter >= 0 && rb - ra > 3) {
                longWords++;
                if (Character.isUpperCase(t.charAt(firstLetter))) {
                    capWords++;
                }
            }
        }
        int k = b - 1;
        while (k > a && "\"”’'»)]".indexOf(t.charAt(k)) >= 0) {
            k--;
        }
        char endC = k >= a && b > a ? t.charAt(k) : ' ';
        boolean terminal = ".!?…。！？".indexOf(endC) >= 0;
        boolean colonEnd = endC == ':' || endC == ';' || endC == ',';
        int links = 0;
        if (t.indexOf('@') >= 0 || t.indexOf('#') >= 0 || t.contains("://") || containsIgnoreCase(t, "www.")) {
            Matcher um = URL.matcher(t);
            while (um.find()) {
                links++;
            }
        }
        Lexicon.Matches found = lexicon.scan(t);
        return new Features(words, terminal, colonEnd, letters == 0 ? 0 : (double) upper / letters,
                longWords == 0 ? 0 : (double) capWords / longWords, links, cta,
                quoted(t, found.speech()), digitWords > 0, bullet(t), found);
    }

    /** Whether {@code s} contains {@code lowerAscii} (lower-case ASCII) in any case; no per-position regionMatches. */
    private static boolean containsIgnoreCase(String s, String lowerAscii) {
        int n = lowerAscii.length();
        outer:
        for (int i = 0; i + n <= s.length(); i++) {
            for (int j = 0; j < n; j++) {
                char a = s.charAt(i + j);
                char b = lowerAscii.charAt(j);
                if (a != b && (a > 127 || Character.toLowerCase(a) != b)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** White space as {@code \\s} in a Java or RE2 pattern: ASCII only. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Quoted speech: the line opens with a quotation mark or holds a verb of reported speech (the
     * lexicon's scan finds {@link Lexicon#SPEECH_VERBS} as {@code \\b(?:said|...)\\b} would).
     */
    private static boolean quoted(String t, boolean speechVerb) {
        return speechVerb || (!t.isEmpty() && "\"“«„".indexOf(t.charAt(0)) >= 0);
    }

    /** {@link #BULLET}, run only when the first visible char can open a bullet or a number. */
    private static boolean bullet(String t) {
        int i = 0;
        while (i < t.length() && " \t\n\f\r".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        if (i == t.length()) {
            return false;
        }
        char c = t.charAt(i);
        return ("-–—*•·▪►".indexOf(c) >= 0 || (c >= '0' && c <= '9')) && BULLET.matcher(t).find();
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

    /** Scores the lexicon's evidence; returns what the lexicon found (the credit signals use it). */
    private Lexicon.Matches scorePatterns(Candidate c, Features f, boolean edge, boolean gluedSegment) {
        Lexicon.Matches found = f.lexicon();
        List<Lexicon.Hit> hits = found.hits();
        if (hits.isEmpty()) {
            return found;
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
            if (fam == Family.CAPTION_CREDIT && f.quoted()) {
                m += 0.3; // a caption says who said or did what: reported speech is no sign of article text there
            }
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
        return found;
    }

    private void scoreStructure(Candidate c, String text, Features f, Lexicon.Matches found) {
        String glue = lexicon.gluedCredit(text, found);
        if (glue != null && !f.terminal() && f.words() >= 3) {
            c.raise(Family.CAPTION_CREDIT, 1.3, "credit glued to the caption: \"" + glue.strip() + "\"");
        }
        if (f.words() <= 60) {
            String close = lexicon.closingCredit(text, found);
            if (close != null) {
                c.raise(Family.CAPTION_CREDIT, f.words() <= 3 ? 1.2 : 1.1, "credit closing the line: \"" + close + "\"");
            } else if (lexicon.bareCredit(text, found)) {
                c.raise(Family.CAPTION_CREDIT, 1.1, "bare photo credit");
            }
            String label = creditLabelAtEnd(text);
            if (label != null) {
                c.raise(Family.CAPTION_CREDIT, 1.1, "credit label closing the line: \"" + abbreviate(label) + "\"");
            }
            String paren = parenthesisedCredit(text);
            if (paren != null) {
                c.raise(Family.CAPTION_CREDIT, 1.05, "names credited in closing parentheses: \"" + abbreviate(paren) + "\"");
            }
        }
        if (f.words() <= 25 && f.words() >= 2 && !f.terminal() && hasAny(text, "|»›>/•·") && count(SEPARATORS, text) >= 2) {
            c.raise(Family.NAVIGATION, 1.1, "breadcrumb or link bar (separators)");
        }
        if (text.length() >= 6 && " \t\n\f\r|+-=_:*#~.<>[]".indexOf(text.charAt(0)) >= 0 && LAYOUT.matcher(text).find()) {
            c.raise(Family.TEMPLATE_RESIDUE, 1.1, "layout residue (rule or table border)");
        } else if (f.words() == 0 && tableResidue(text)) {
            c.raise(Family.TEMPLATE_RESIDUE, 1.1, "table residue (empty cells between column bars)");
        }
    }

    /**
     * "... Credit: NAME", "... Photo: NAME", "... Source: NAME" closing a line: a credit label from
     * the lexicon, a colon, then a short name (at most {@value #CREDIT_MAX_WORDS} words, capitalised,
     * no sentence end). Returns the credit, or null.
     */
    String creditLabelAtEnd(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || text.length() - colon > 70) {
            return null;
        }
        int a = colon + 1;
        int b = text.length();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (a == b || !Character.isUpperCase(text.charAt(a)) || ".!?…:".indexOf(text.charAt(b - 1)) >= 0) {
            return null;
        }
        int words = 1;
        for (int i = a; i < b; i++) {
            if (text.charAt(i) == ' ' && ++words > CREDIT_MAX_WORDS) {
                return null;
            }
        }
        int e = colon;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        if (s == e) {
            return null;
        }
        if (lexicon.creditLabel(text, s, e)) {
            return text.substring(s).strip();
        }
        // a two-word label ("crédit photo")
        int s2 = s - 1;
        if (s2 > 0 && text.charAt(s2) == ' ') {
            while (s2 > 0 && Character.isLetter(text.charAt(s2 - 1))) {
                s2--;
            }
            if (s2 < s - 1 && lexicon.creditLabel(text, s2, e)) {
                return text.substring(s2).strip();
            }
        }
        return null;
    }

    /**
     * "(NAME/NAME)" closing a line: capitalised names joined by slashes, as photo credits are written
     * ("(AGENCY Photo/First Last)", "(SPACE AGENCY/LAB/UNIVERSITY)"). A pair of single capitalised
     * words ("(Yes/No)", "(Labour/Conservative)") is a choice, not a credit.
     */
    static String parenthesisedCredit(String text) {
        int b = text.length();
        while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b == 0 || text.charAt(b - 1) != ')') {
            return null;
        }
        int open = text.lastIndexOf('(', b - 1);
        if (open < 0 || b - open > 80 || text.indexOf('/', open) < 0) {
            return null;
        }
        String p = text.substring(open, b);
        if (!PAREN_CREDIT.matcher(p).matches()) {
            return null;
        }
        int caps = 0;
        for (int i = 0; i < p.length(); i++) {
            caps += Character.isUpperCase(p.charAt(i)) ? 1 : 0;
        }
        return p.indexOf(' ') >= 0 || caps >= 4 ? p : null;
    }

    private static boolean startsWithDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isDigit(c);
            }
        }
        return false;
    }

    /** Only column bars, rules and blanks, with at least one bar: what a flattened table leaves of empty cells. */
    static boolean tableResidue(String s) {
        boolean bar = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '|' || c == '¦' || c == '│') {
                bar = true;
            } else if ("+-−–—=_:. \t\u00A0".indexOf(c) < 0) {
                return false;
            }
        }
        return bar;
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
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

    /**
     * Fragments under a related-links or share heading belong to it (and may head the next ones: a
     * list of teasers or buttons). A share heading ("Share", "Print") stops at a numbered or bulleted
     * line: a list that happens to follow it (ingredients, a schedule) is not a button bar.
     */
    private void headingPropagation(List<Candidate> lines, List<Features> feats, List<String> texts) {
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
                    if (f.prose() || f.terminal() || f.words() > 20 || (fam == Family.SHARE && (f.bullet() || startsWithDigit(texts.get(k))))) {
                        break;
                    }
                    lines.get(k).raise(fam, 1.0, "listed under \"" + abbreviate(h.evidence(fam)) + "\" heading (line " + h.line + ")");
                }
            }
        }
    }

    /**
     * One or two short non-sentence lines outside the main text with boilerplate on both sides are
     * part of the same furniture (a menu entry or a counter between flagged lines). Neighbours count when they
     * reach the default threshold by a family other than layout residue.
     */
    private void gapFilling(List<Candidate> lines, List<Features> feats, int firstProse, int lastProse) {
        int m = lines.size();
        boolean[] furniture = new boolean[m];
        for (int i = 0; i < m; i++) {
            Candidate c = lines.get(i);
            for (Family f : Family.values()) {
                if (f != Family.TEMPLATE_RESIDUE && c.score(f) >= BoilerplateDecisions.DEFAULT_THRESHOLD) {
                    furniture[i] = feats.get(i).words() > 0;
                    break;
                }
            }
        }
        for (int i = 1; i + 1 < m; i++) {
            if (furniture[i] || !furniture[i - 1]) {
                continue;
            }
            // a gap of one or two lines, closed by furniture on the other side
            int j = i;
            while (j < m && j < i + GAP_MAX_LINES && !furniture[j] && gapLine(feats.get(j), j, firstProse, lastProse)) {
                j++;
            }
            if (j > i && j < m && furniture[j]) {
                for (int k = i; k < j; k++) {
                    lines.get(k).raise(Family.NAVIGATION, 1.0, "short line between boilerplate lines (" + lines.get(i - 1).line + ", "
                            + lines.get(j).line + ") outside the main text");
                }
            }
        }
    }

    private static boolean gapLine(Features f, int i, int firstProse, int lastProse) {
        boolean outside = firstProse >= 0 && (i < firstProse || i > lastProse);
        return outside && !f.prose() && f.words() >= 1 && f.words() <= GAP_MAX_WORDS;
    }

    /** A boilerplate sentence glued to content without a space: score each glued sentence alone. */
    private void gluedSentences(Candidate line, String text, Features f, boolean edge, List<Candidate> out) {
        if (f.words() < 6) {
            return;
        }
        List<Integer> cuts = null;
        int from = 0;
        // GLUE, by hand: a lower-case letter or digit, a sentence end, an optional closing quote, then an
        // upper-case letter followed by a lower-case one; the cut is at the upper-case letter
        for (int i = 1; i + 2 < text.length(); i++) {
            char p = text.charAt(i);
            if (".!?…".indexOf(p) < 0 || i - 1 < from) {
                continue;
            }
            char before = text.charAt(i - 1);
            if (!(Character.getType(before) == Character.LOWERCASE_LETTER || (before >= '0' && before <= '9'))) {
                continue;
            }
            int j = i + 1;
            if ("\"”’»)".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j + 1 < text.length() && Character.getType(text.charAt(j)) == Character.UPPERCASE_LETTER
                    && Character.getType(text.charAt(j + 1)) == Character.LOWERCASE_LETTER) {
                if (cuts == null) {
                    cuts = new ArrayList<>();
                }
                cuts.add(j);
                from = j + 2;
                i = j + 1;
            }
        }
        if (cuts == null) {
            return;
        }
        cuts.add(text.length());
        from = 0;
        for (int cut : cuts) {
            String seg = text.substring(from, cut);
            Features sf = features(seg);
            Candidate c = new Candidate(line.line, line.start + from, line.start + cut, sf.words(), true);
            scorePatterns(c, sf, edge, true);
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
