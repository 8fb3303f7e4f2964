package dev.corpusqa.rules.boilerplate;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The boilerplate lexicon: data files {@code lexicon/<lang>.tsv} next to this class (format in
 * {@code lexicon/README.md}). Literal phrases go into one Aho-Corasick automaton (one pass per line
 * for every phrase of every language); regular expressions are RE2/J patterns, merged into one
 * alternation per family and weight, so matching stays linear in the line length whatever the input.
 */
public final class Lexicon {

    public static final List<String> FILES = List.of("en", "de", "fr", "es", "ru", "any");

    enum Mode { ANY, START, LINE, RE }

    /** One literal entry. */
    record Entry(Family family, Mode mode, double weight, String phrase) {
    }

    /** A hit of the lexicon in a line. */
    public record Hit(Family family, double weight, String evidence) {
    }

    /**
     * One regular expression of the lexicon: its group (family and weight, in file order) and the
     * literals one of which every match contains (null: run on every line; only anchored patterns).
     */
    private record Re(Family family, double weight, int group, Pattern pattern, Set<String> literals) {
    }

    /** Verbs of reported speech (lower case): quoted speech is not page furniture. */
    static final List<String> SPEECH_VERBS = List.of("said", "says", "told", "wrote", "sagte", "a déclaré", "dijo", "сказал", "заявил");

    private static final Lexicon DEFAULT = load();

    /** Patterns in group order; each group reports its leftmost match, as one alternation would. */
    private final List<Re> patterns;
    private final int groupCount;
    private final int[] unfiltered;
    /**
     * One Aho-Corasick pass per line finds the literal entries, the required literals of the patterns
     * (the prefilter) and the agency names; per keyword: its entry (or null), the patterns that need
     * it (or null), whether it is an agency name.
     */
    private final KeywordAutomaton automaton;
    private final Entry[] keywordEntry;
    private final int[][] keywordPatterns;
    private final boolean[] keywordAgency;
    private final boolean[] keywordSpeech;
    private final int[] speechKeywords;
    private final int maxAgencyLength;
    private final Pattern gluedCredit;
    private final Pattern closingCredit;
    private final Pattern nameSlashCredit;

    private final WordSet creditLabels;
    private final WordSet ctaVerbs;
    private final WordSet ctaPronouns;

    private Lexicon(List<Entry> literals, Map<Family, Map<Double, List<String>>> regexes, List<String> agencies,
            java.util.Set<String> ctaVerbs, java.util.Set<String> ctaPronouns, java.util.Set<String> creditLabels) {
        this.creditLabels = new WordSet(creditLabels);
        this.ctaVerbs = new WordSet(ctaVerbs);
        this.ctaPronouns = new WordSet(ctaPronouns);
        // entries and patterns are lower case and so is the text they are matched against (fold), so no
        // case-insensitive matching is needed (RE2/J's case folding costs more than the match itself)
        List<Re> res = new ArrayList<>();
        int[] group = {0};
        regexes.forEach((fam, byWeight) -> byWeight.forEach((w, list) -> {
            for (String re : list) {
                RequiredLiterals.Analysis a = RequiredLiterals.analyse(re);
                if (a.upperCaseLiteral()) {
                    throw new IllegalStateException("pattern with an upper-case letter (the text is lower-cased): " + re);
                }
                if (a.literals() == null && !a.anchoredAtStart()) {
                    throw new IllegalStateException("pattern without a required literal (it would run on every line): " + re);
                }
                res.add(new Re(fam, w, group[0], Pattern.compile(re), a.literals()));
            }
            group[0]++;
        }));
        this.patterns = List.copyOf(res);
        this.groupCount = group[0];
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        List<Integer> always = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            Set<String> lits = patterns.get(i).literals();
            if (lits == null) {
                always.add(i);
                continue;
            }
            for (String k : lits) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        this.unfiltered = always.stream().mapToInt(Integer::intValue).toArray();
        // keywords: a phrase listed twice keeps its first entry
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        List<int[]> pats = new ArrayList<>();
        List<Boolean> agency = new ArrayList<>();
        java.util.function.Function<String, Integer> id = k -> index.computeIfAbsent(k, x -> {
            entries.add(null);
            pats.add(null);
            agency.add(false);
            return entries.size() - 1;
        });
        for (Entry e : literals) {
            int k = id.apply(e.phrase());
            if (entries.get(k) == null) {
                entries.set(k, e);
            }
        }
        byKey.forEach((k, ids) -> pats.set(id.apply(k), ids.stream().mapToInt(Integer::intValue).toArray()));
        int maxAgency = 0;
        for (String a : agencies) {
            agency.set(id.apply(a), true);
            maxAgency = Math.max(maxAgency, a.length());
        }
        this.maxAgencyLength = maxAgency;
        this.speechKeywords = new int[SPEECH_VERBS.size()];
        for (int i = 0; i < SPEECH_VERBS.size(); i++) {
            speechKeywords[i] = id.apply(SPEECH_VERBS.get(i));
        }
        this.automaton = new KeywordAutomaton(new ArrayList<>(index.keySet()), true);
        this.keywordEntry = entries.toArray(new Entry[0]);
        this.keywordPatterns = pats.toArray(new int[0][]);
        this.keywordAgency = new boolean[agency.size()];
        for (int i = 0; i < agency.size(); i++) {
            keywordAgency[i] = agency.get(i);
        }
        this.keywordSpeech = new boolean[agency.size()];
        for (int k : speechKeywords) {
            keywordSpeech[k] = true;
        }
        // agencies sorted longest first so that alternations prefer "getty images" to "getty"
        TreeSet<String> sorted = new TreeSet<>((x, y) -> x.length() != y.length() ? y.length() - x.length() : x.compareTo(y));
        sorted.addAll(agencies);
        List<String> lower = new ArrayList<>();
        List<String> upper = new ArrayList<>();
        for (String a : sorted) {
            lower.add(Pattern.quote(a));
            upper.add(Pattern.quote(a.toUpperCase(Locale.ROOT)));
            upper.add(Pattern.quote(capitalise(a)));
        }
        String any = "(?i:" + String.join("|", lower) + ")";
        String caps = "(?:" + String.join("|", upper) + ")";
        // a credit glued to the caption: "...the harbourAGENCY" or "...the harbour.agency"
        this.gluedCredit = Pattern.compile("(?:\\p{Ll}" + caps + "|[.!?]" + any + ")\\s*$");
        // a credit closing the line: "... /AGENCY", "(AGENCY)", "via AGENCY", ", AGENCY" with no full stop after
        this.closingCredit = Pattern.compile("(?:/\\s*|\\bvia\\s+|\\(\\s*|,\\s*|;\\s*|\\s[-–—|]\\s*|[.!?]\\s+|^\\s*)" + any
                + "(?:\\s*(?:/|,|via)\\s*" + any + ")*(?:\\s+(?:images?|photos?|pictures?|photo|file|archive|handout|via \\S+))*\\s*\\)?\\s*$");
        // a bare credit: "First Last/AGENCY" or "First Last, AGENCY"
        this.nameSlashCredit = Pattern.compile("^[\\p{L}.' -]{2,60}(?:/|,\\s)\\s*" + any + "(?:[^\\p{L}\\p{N}]|$)");
    }

    private static String capitalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    public static Lexicon get() {
        return DEFAULT;
    }

    static Lexicon load() {
        List<Entry> literals = new ArrayList<>();
        Map<Family, Map<Double, List<String>>> regexes = new EnumMap<>(Family.class);
        List<String> agencies = new ArrayList<>();
        java.util.Set<String> ctaVerbs = new java.util.HashSet<>();
        java.util.Set<String> ctaPronouns = new java.util.HashSet<>();
        java.util.Set<String> creditLabels = new java.util.HashSet<>();
        for (String lang : FILES) {
            String res = "lexicon/" + lang + ".tsv";
            try (InputStream in = Lexicon.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("missing boilerplate lexicon resource " + res);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    String[] f = t.split("\\s+", 4);
                    if (f.length < 4) {
                        throw new IllegalStateException(res + ":" + n + ": expected <family> <mode> <weight> <pattern>");
                    }
                    Mode mode = Mode.valueOf(f[1].toUpperCase(Locale.ROOT));
                    double w = Double.parseDouble(f[2]);
                    String pat = f[3].strip();
                    if (f[0].equals("agency")) {
                        agencies.add(pat.toLowerCase(Locale.ROOT));
                        continue;
                    }
                    if (f[0].equals("credit-label")) {
                        creditLabels.add(pat.toLowerCase(Locale.ROOT));
                        continue;
                    }
                    if (f[0].equals("cta-verb")) {
                        ctaVerbs.add(pat.toLowerCase(Locale.ROOT));
                        continue;
                    }
                    if (f[0].equals("cta-pronoun")) {
                        ctaPronouns.add(pat.toLowerCase(Locale.ROOT));
                        continue;
                    }
                    Family fam = Family.parse(f[0]);
                    if (fam == null) {
                        throw new IllegalStateException(res + ":" + n + ": unknown family " + f[0]);
                    }
                    if (mode == Mode.RE) {
                        Pattern.compile(pat); // fail early, naming the line
                        regexes.computeIfAbsent(fam, k -> new LinkedHashMap<>()).computeIfAbsent(w, k -> new ArrayList<>()).add(pat);
                    } else {
                        literals.add(new Entry(fam, mode, w, pat.toLowerCase(Locale.ROOT)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw new IllegalStateException("boilerplate lexicon " + res + ": " + e.getMessage(), e);
            }
        }
        return new Lexicon(literals, regexes, agencies, ctaVerbs, ctaPronouns, creditLabels);
    }

    /**
     * What one pass of the lexicon found in a line: the family evidence; where the first agency name
     * that starts at a word boundary starts (-1: none); whether an agency name ends the line (white
     * space aside); where the first agency name that is a whole word (or is followed by "via") starts
     * (-1: none); whether a verb of reported speech occurs. These facts prefilter the credit and
     * quoted-speech patterns.
     */
    public record Matches(List<Hit> hits, int agencyFrom, int closingFrom, boolean agencyAtEnd, boolean speech) {
        public boolean agency() {
            return agencyFrom >= 0;
        }
    }

    /** Every family evidence in {@code line} (see {@link #scan(String)}). */
    public List<Hit> match(String line) {
        return scan(line).hits();
    }

    /**
     * Every family evidence in {@code line}: literal phrases (checked for word boundaries and, for
     * {@code start} and {@code line} entries, for their position) and regular expressions. The keyword
     * pass reads the line as {@link #fold} makes it; the folded copy is only made when a pattern has to run. Also says whether an agency name starts at a word boundary (the
     * prefilter of the credit patterns).
     */
    public Matches scan(String line) {
        List<Hit> hits = new ArrayList<>();
        // letters, digits and the blanks below are the same in the line and in its folded form
        String text = line;
        int first = firstWordChar(text);
        if (first < 0) {
            return new Matches(hits, -1, -1, false, false);
        }
        int stripped = text.length();
        while (stripped > 0 && " \t\n\f\r\u00A0\u202F".indexOf(text.charAt(stripped - 1)) >= 0) {
            stripped--;
        }
        int trimmedEnd = stripped;
        boolean[] candidate = new boolean[patterns.size()];
        boolean[] flags = new boolean[3]; // any pattern to run, an agency ends the line, a speech verb
        int[] agencyFrom = {-1, -1};
        for (int i : unfiltered) {
            candidate[i] = true;
            flags[0] = true;
        }
        automaton.scan(text, (k, s, end) -> {
            int[] ps = keywordPatterns[k];
            if (ps != null) {
                for (int i : ps) {
                    candidate[i] = true;
                }
                flags[0] = true;
            }
            if (keywordSpeech[k] && !flags[2] && asciiWordBoundary(line, s) && asciiWordBoundary(line, end)
                    && line.regionMatches(s, SPEECH_VERBS.get(speechIndex(k)), 0, end - s)) {
                flags[2] = true; // as \b(?:said|...)\b, case-sensitive, on the line as written
            }
            if (keywordAgency[k]) {
                if (boundary(text, s - 1) && agencyFrom[0] < 0) {
                    agencyFrom[0] = s;
                }
                if (boundary(text, s - 1) && agencyFrom[1] < 0 && (boundary(text, end) || text.regionMatches(true, end, "via", 0, 3))) {
                    agencyFrom[1] = s;
                }
                if (end == trimmedEnd) {
                    flags[1] = true;
                }
            }
            Entry e = keywordEntry[k];
            if (e == null || !boundary(text, s - 1) || !boundary(text, end)) {
                return;
            }
            switch (e.mode()) {
                case ANY -> hits.add(new Hit(e.family(), e.weight(), e.phrase()));
                case START -> {
                    if (s <= first) {
                        hits.add(new Hit(e.family(), e.weight(), e.phrase()));
                    }
                }
                case LINE -> {
                    if (s <= first && onlyCounterAfter(text, end)) { // no letter after it: it ends the line
                        hits.add(new Hit(e.family(), e.weight(), e.phrase()));
                    }
                }
                default -> {
                }
            }
        });
        if (!flags[0]) {
            return new Matches(hits, agencyFrom[0], agencyFrom[1], flags[1], flags[2]);
        }
        // per group the leftmost match, the first pattern winning ties: what one alternation of the
        // group's patterns would report
        String lower = fold(line);
        int[] bestStart = new int[groupCount];
        String[] bestText = new String[groupCount];
        java.util.Arrays.fill(bestStart, Integer.MAX_VALUE);
        for (int i = 0; i < candidate.length; i++) {
            if (!candidate[i]) {
                continue;
            }
            Re re = patterns.get(i);
            Matcher m = re.pattern().matcher(lower);
            if (m.find() && m.start() < bestStart[re.group()]) {
                bestStart[re.group()] = m.start();
                bestText[re.group()] = m.group();
            }
        }
        int g = -1;
        for (Re re : patterns) {
            if (re.group() != g) {
                g = re.group();
                if (bestText[g] != null) {
                    hits.add(new Hit(re.family(), re.weight(), bestText[g]));
                }
            }
        }
        return new Matches(hits, agencyFrom[0], agencyFrom[1], flags[1], flags[2]);
    }

    /** Whether {@code line[a, b)}, folded, is an imperative of page furniture ("subscribe", "share", ...). */
    boolean ctaVerb(String line, int a, int b) {
        return ctaVerbs.containsFolded(line, a, b);
    }

    /** Whether {@code line[a, b)}, folded, is a credit label ("credit", "photo", "source", "фото", ...). */
    boolean creditLabel(String line, int a, int b) {
        return creditLabels.containsFolded(line, a, b);
    }

    /** Whether {@code line[a, b)}, folded, addresses the reader ("you", "votre", ...). */
    boolean ctaPronoun(String line, int a, int b) {
        return ctaPronouns.containsFolded(line, a, b);
    }


    /** "...harbourAGENCY": a credit glued to the end of a caption ({@code found}: what {@link #scan} found in the line). */
    public String gluedCredit(String line, Matches found) {
        if (!found.agencyAtEnd()) {
            return null;
        }
        // the match is one char, an agency name and trailing white space: only the line's tail can hold it
        int end = line.length();
        while (end > 0 && " \t\n\f\r".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        int from = Math.max(0, end - maxAgencyLength - 2);
        Matcher m = gluedCredit.matcher(from == 0 ? line : line.substring(from));
        return m.find() ? m.group() : null;
    }


    /** A credit that closes the line ("... /AGENCY", "(AGENCY)", "via AGENCY"); {@code found}: what {@link #scan} found in it. */
    public String closingCredit(String line, Matches found) {
        if (found.closingFrom() < 0) {
            return null;
        }
        // every match starts just before an agency name: a separator ("/", "via", "(", ",", ";", " - ")
        // with white space around it, or the start of the line; find(from) keeps ^ and \b as in the line
        int from = found.closingFrom();
        from = skipSpaceBack(line, from);
        from = Math.max(0, from - 4);
        from = skipSpaceBack(line, from);
        from = Math.max(0, from - 1);
        Matcher m = closingCredit.matcher(line);
        return m.find(from) ? m.group().strip() : null;
    }

    private static int skipSpaceBack(String s, int i) {
        while (i > 0 && " \t\n\f\r".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }


    /** A bare credit line: "First Last/AGENCY" ({@code found}: what {@link #scan} found in the line). */
    public boolean bareCredit(String line, Matches found) {
        return found.agency() && line.length() <= 90 && nameSlashCredit.matcher(line).find();
    }

    /** Lower-case and fold typographic apostrophes, keeping every char at its offset. */
    static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = foldChar(c[i]);
        }
        return new String(c);
    }

    /** One char of {@link #fold}: lower case, typographic apostrophes to ', tab and no-break spaces to ' '. */
    static char foldChar(char ch) {
        if (ch < 128) {
            if (ch >= 'A' && ch <= 'Z') {
                return (char) (ch + 32);
            }
            return ch == '`' ? '\'' : ch == '\t' ? ' ' : ch;
        }
        if (ch == '\u2019' || ch == '\u2018') {
            return '\'';
        }
        if (ch == '\u00A0' || ch == '\u202F') {
            return ' ';
        }
        return Character.toLowerCase(ch);
    }

    private int speechIndex(int keyword) {
        for (int i = 0; i < speechKeywords.length; i++) {
            if (speechKeywords[i] == keyword) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    /** RE2's {@code \b}: ASCII word chars on one side and not on the other. */
    private static boolean asciiWordBoundary(String s, int i) {
        return asciiWord(s, i - 1) != asciiWord(s, i);
    }

    private static boolean asciiWord(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean boundary(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return true;
        }
        return !Character.isLetterOrDigit(s.charAt(i));
    }

    private static int firstWordChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }


    /** After a whole-line phrase only punctuation, a counter ("Comments (12)") or an arrow may follow. */
    private static boolean onlyCounterAfter(String s, int end) {
        for (int i = end; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }
}
