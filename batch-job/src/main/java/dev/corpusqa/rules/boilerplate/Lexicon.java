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
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

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

    private static final Lexicon DEFAULT = load();

    private final PayloadTrie<Entry> trie;
    /** Patterns in group order; each group reports its leftmost match, as one alternation would. */
    private final List<Re> patterns;
    private final int groupCount;
    /** The prefilter: every required literal of every pattern, with the patterns that need it. */
    private final PayloadTrie<int[]> keys;
    private final int[] unfiltered;
    private final Pattern gluedCredit;
    private final Pattern closingCredit;
    private final Pattern nameSlashCredit;

    private final java.util.Set<String> ctaVerbs;
    private final java.util.Set<String> ctaPronouns;

    private Lexicon(List<Entry> literals, Map<Family, Map<Double, List<String>>> regexes, List<String> agencies,
            java.util.Set<String> ctaVerbs, java.util.Set<String> ctaPronouns) {
        this.ctaVerbs = java.util.Set.copyOf(ctaVerbs);
        this.ctaPronouns = java.util.Set.copyOf(ctaPronouns);
        // entries and patterns are lower case and so is the text they are matched against (fold), so no
        // case-insensitive matching is needed (RE2/J's case folding costs more than the match itself)
        PayloadTrie.PayloadTrieBuilder<Entry> b = PayloadTrie.<Entry>builder();
        for (Entry e : literals) {
            b.addKeyword(e.phrase(), e);
        }
        this.trie = b.build();
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
        PayloadTrie.PayloadTrieBuilder<int[]> kb = PayloadTrie.<int[]>builder();
        byKey.forEach((k, ids) -> kb.addKeyword(k, ids.stream().mapToInt(Integer::intValue).toArray()));
        this.keys = kb.build();
        this.unfiltered = always.stream().mapToInt(Integer::intValue).toArray();
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
        this.closingCredit = Pattern.compile("(?:/|\\bvia\\s+|\\(\\s*|,\\s*|;\\s*|\\s[-–—|]\\s*|^\\s*)" + any
                + "(?:\\s*(?:/|,|via)\\s*" + any + ")*(?:\\s+(?:images?|photos?|pictures?|photo|via \\S+))*\\s*\\)?\\s*$");
        // a bare credit: "First Last/AGENCY" or "First Last, AGENCY"
        this.nameSlashCredit = Pattern.compile("^[\\p{L}.' -]{2,60}(?:/|,\\s)\\s*" + any);
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
        return new Lexicon(literals, regexes, agencies, ctaVerbs, ctaPronouns);
    }

    /**
     * Every family evidence in {@code line}: literal phrases (checked for word boundaries and, for
     * {@code start} and {@code line} entries, for their position) and regular expressions.
     */
    public List<Hit> match(String line) {
        List<Hit> hits = new ArrayList<>();
        String lower = fold(line);
        int first = firstWordChar(lower);
        int last = lastWordChar(lower);
        if (first < 0) {
            return hits;
        }
        for (PayloadEmit<Entry> em : trie.parseText(lower)) {
            Entry e = em.getPayload();
            int s = em.getStart();
            int end = em.getEnd() + 1;
            if (!boundary(lower, s - 1) || !boundary(lower, end)) {
                continue;
            }
            switch (e.mode()) {
                case ANY -> hits.add(new Hit(e.family(), e.weight(), e.phrase()));
                case START -> {
                    if (s <= first) {
                        hits.add(new Hit(e.family(), e.weight(), e.phrase()));
                    }
                }
                case LINE -> {
                    if (s <= first && end > last && onlyCounterAfter(lower, end)) {
                        hits.add(new Hit(e.family(), e.weight(), e.phrase()));
                    }
                }
                default -> {
                }
            }
        }
        boolean[] candidate = new boolean[patterns.size()];
        boolean any = false;
        for (int i : unfiltered) {
            candidate[i] = true;
            any = true;
        }
        for (PayloadEmit<int[]> em : keys.parseText(lower)) {
            for (int i : em.getPayload()) {
                candidate[i] = true;
                any = true;
            }
        }
        if (!any) {
            return hits;
        }
        // per group the leftmost match, the first pattern winning ties: what one alternation of the
        // group's patterns would report
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
        return hits;
    }

    /** A call to action: the line opens with an imperative of page furniture or addresses the reader. */
    public boolean callToAction(List<String> lowerWords) {
        if (lowerWords.isEmpty()) {
            return false;
        }
        if (ctaVerbs.contains(lowerWords.get(0))) {
            return true;
        }
        for (String w : lowerWords) {
            if (ctaPronouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "...harbourAGENCY": a credit glued to the end of a caption. */
    public String gluedCredit(String line) {
        Matcher m = gluedCredit.matcher(line);
        return m.find() ? m.group() : null;
    }

    /** A credit that closes the line ("... /AGENCY", "(AGENCY)", "via AGENCY"). */
    public String closingCredit(String line) {
        Matcher m = closingCredit.matcher(line);
        return m.find() ? m.group().strip() : null;
    }

    /** A bare credit line: "First Last/AGENCY". */
    public boolean bareCredit(String line) {
        return line.length() <= 90 && nameSlashCredit.matcher(line).find();
    }

    /** Lower-case and fold typographic apostrophes, keeping every char at its offset. */
    static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch == '\u2019' || ch == '\u2018' || ch == '`') {
                ch = '\'';
            } else if (ch == '\u00A0' || ch == '\u202F' || ch == '\t') {
                ch = ' ';
            }
            c[i] = Character.toLowerCase(ch);
        }
        return new String(c);
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

    private static int lastWordChar(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
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
