package dev.corpusqa.rules.boilerplate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Prefilter analysis of a regular expression: a set of literal strings at least one of which every
 * match must contain (as in RE2's prefilter or code search's trigram index). The lexicon runs a
 * pattern only on lines where one of its literals occurs, found by one Aho-Corasick pass, so the
 * regular-expression machine runs on the few lines that can match instead of on every line.
 *
 * <p>Understands the RE2 syntax the lexicon uses: literals and escapes, character classes, groups
 * ({@code (?:...)}, {@code (...)}, {@code (?flags:...)}), alternation, quantifiers, anchors. Anything
 * it cannot see through counts as "matches anything", which only weakens the filter, never makes
 * it drop a line the pattern matches. Also reports literal upper-case letters: the lexicon matches
 * lower-cased text, so such a letter could never match.
 */
final class RequiredLiterals {

    /** Largest exact set kept before it is reduced to a requirement. */
    private static final int MAX_EXACT = 64;

    private final String re;
    private int pos;
    private boolean upperLiteral;

    private RequiredLiterals(String re) {
        this.re = re;
    }

    /** What is known about the strings a sub-expression matches. */
    private record Info(Set<String> exact, Set<String> required) {
        static final Info ANY = new Info(null, null);
        static final Info EMPTY = new Info(Set.of(""), null);

        static Info exact(Set<String> s) {
            return new Info(s, null);
        }

        /** A requirement for a match of this node: a set of literals, or null for none. */
        Set<String> asRequired() {
            if (exact == null) {
                return required;
            }
            for (String s : exact) {
                if (s.isEmpty()) {
                    return null;
                }
            }
            return exact;
        }
    }

    /** The analysis of one pattern. */
    record Analysis(Set<String> literals, boolean anchoredAtStart, boolean upperCaseLiteral) {
    }

    static Analysis analyse(String re) {
        RequiredLiterals p = new RequiredLiterals(re);
        Info i = p.alternation();
        if (p.pos != re.length()) {
            throw new IllegalArgumentException("unbalanced ')' at " + p.pos + " in " + re);
        }
        Set<String> req = i.asRequired();
        return new Analysis(req == null ? null : Set.copyOf(req), re.startsWith("^"), p.upperLiteral);
    }

    private boolean more() {
        return pos < re.length();
    }

    private Info alternation() {
        List<Info> alts = new ArrayList<>();
        alts.add(concatenation());
        while (more() && re.charAt(pos) == '|') {
            pos++;
            alts.add(concatenation());
        }
        if (alts.size() == 1) {
            return alts.get(0);
        }
        boolean allExact = true;
        Set<String> union = new LinkedHashSet<>();
        for (Info a : alts) {
            if (a.exact() == null) {
                allExact = false;
                break;
            }
            union.addAll(a.exact());
        }
        if (allExact && union.size() <= MAX_EXACT) {
            return Info.exact(union);
        }
        Set<String> req = new LinkedHashSet<>();
        for (Info a : alts) {
            Set<String> r = a.asRequired();
            if (r == null) {
                return Info.ANY;
            }
            req.addAll(r);
        }
        return new Info(null, req);
    }

    private Info concatenation() {
        List<Info> parts = new ArrayList<>();
        while (more() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            parts.add(repetition());
        }
        // runs of exact parts multiply out into longer literals; every run and every other part is a
        // candidate requirement, and the most selective one (longest shortest literal) wins
        List<Set<String>> candidates = new ArrayList<>();
        Set<String> run = Set.of("");
        boolean allExact = true;
        for (Info p : parts) {
            if (p.exact() != null && (long) run.size() * p.exact().size() <= MAX_EXACT) {
                run = product(run, p.exact());
                continue;
            }
            candidates.add(run);
            if (p.exact() != null) {
                run = p.exact();
            } else {
                allExact = false;
                candidates.add(p.asRequired());
                run = Set.of("");
            }
        }
        if (allExact && candidates.isEmpty()) {
            return Info.exact(run);
        }
        candidates.add(run);
        Set<String> best = null;
        int bestLen = 0;
        for (Set<String> c : candidates) {
            Set<String> r = c == null ? null : new Info(c, null).asRequired();
            int len = shortest(r);
            if (r != null && len > bestLen) {
                best = r;
                bestLen = len;
            }
        }
        return new Info(null, best);
    }

    private static int shortest(Set<String> s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        int m = Integer.MAX_VALUE;
        for (String x : s) {
            m = Math.min(m, x.length());
        }
        return m;
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    private Info repetition() {
        Info atom = atom();
        while (more()) {
            char c = re.charAt(pos);
            int min;
            if (c == '?' || c == '*') {
                pos++;
                min = 0;
            } else if (c == '+') {
                pos++;
                min = 1;
            } else if (c == '{' && isCounter()) {
                int close = re.indexOf('}', pos);
                String body = re.substring(pos + 1, close);
                pos = close + 1;
                min = Integer.parseInt(body.split(",", -1)[0].strip());
                c = body.contains(",") ? '{' : '=';
                if (c == '=' && min == 1) {
                    lazy();
                    continue;
                }
            } else {
                break;
            }
            lazy();
            if (c == '?' && atom.exact() != null) {
                Set<String> s = new LinkedHashSet<>(atom.exact());
                s.add("");
                atom = Info.exact(s);
            } else if (min == 0) {
                atom = Info.ANY;
            } else {
                atom = new Info(null, atom.asRequired());
            }
        }
        return atom;
    }

    private void lazy() {
        if (more() && re.charAt(pos) == '?') {
            pos++;
        }
    }

    private boolean isCounter() {
        int close = re.indexOf('}', pos);
        return close > pos + 1 && re.substring(pos + 1, close).matches("\\d+(?:,\\d*)?");
    }

    private Info atom() {
        char c = re.charAt(pos++);
        switch (c) {
            case '(' -> {
                if (more() && re.charAt(pos) == '?') {
                    int colon = re.indexOf(':', pos);
                    int close = re.indexOf(')', pos);
                    if (re.startsWith("?P<", pos)) {
                        pos = re.indexOf('>', pos) + 1;
                    } else if (colon > 0 && (close < 0 || colon < close)) {
                        pos = colon + 1;
                    } else {
                        pos = close; // a flag group such as (?i): matches the empty string
                        pos++;
                        return Info.EMPTY;
                    }
                }
                Info inner = alternation();
                if (!more() || re.charAt(pos) != ')') {
                    throw new IllegalArgumentException("missing ')' in " + re);
                }
                pos++;
                return inner;
            }
            case '[' -> {
                return charClass();
            }
            case '\\' -> {
                return escape();
            }
            case '.' -> {
                return Info.ANY;
            }
            case '^', '$' -> {
                return Info.EMPTY;
            }
            default -> {
                return literal(c);
            }
        }
    }

    private Info literal(char c) {
        if (Character.isUpperCase(c)) {
            upperLiteral = true;
        }
        return Info.exact(Set.of(String.valueOf(c)));
    }

    private Info escape() {
        char c = re.charAt(pos++);
        switch (c) {
            case 'b', 'B', 'A', 'z' -> {
                return Info.EMPTY;
            }
            case 'p', 'P' -> {
                if (more() && re.charAt(pos) == '{') {
                    pos = re.indexOf('}', pos) + 1;
                } else {
                    pos++;
                }
                return Info.ANY;
            }
            case 'd', 'D', 'w', 'W', 's', 'S', 'x', 'Q', 'E', 'C' -> {
                if (c == 'x' || c == 'Q' || c == 'E' || c == 'C') {
                    throw new IllegalArgumentException("unsupported escape \\" + c + " in " + re);
                }
                return Info.ANY;
            }
            case 'n' -> {
                return literal('\n');
            }
            case 't' -> {
                return literal('\t');
            }
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new IllegalArgumentException("unsupported escape \\" + c + " in " + re);
                }
                return literal(c);
            }
        }
    }

    /** A class of a few plain characters is an exact set; anything else matches too much to help. */
    private Info charClass() {
        boolean negated = more() && re.charAt(pos) == '^';
        if (negated) {
            pos++;
        }
        Set<String> chars = new LinkedHashSet<>();
        boolean plain = !negated;
        boolean first = true;
        while (more() && (re.charAt(pos) != ']' || first)) {
            first = false;
            char c = re.charAt(pos++);
            if (c == '\\') {
                char e = re.charAt(pos++);
                if (e == 'p' || e == 'P') {
                    if (more() && re.charAt(pos) == '{') {
                        pos = re.indexOf('}', pos) + 1;
                    } else {
                        pos++;
                    }
                    plain = false;
                } else if (Character.isLetterOrDigit(e)) {
                    plain = false;
                } else {
                    chars.add(String.valueOf(e));
                }
            } else if (c == '[' && more() && re.charAt(pos) == ':') {
                pos = re.indexOf(":]", pos) + 2;
                plain = false;
            } else if (more() && re.charAt(pos) == '-' && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
                pos += 2; // a range
                plain = false;
            } else {
                if (!negated && Character.isUpperCase(c)) {
                    upperLiteral = true;
                }
                chars.add(String.valueOf(c));
            }
        }
        if (!more()) {
            throw new IllegalArgumentException("missing ']' in " + re);
        }
        pos++;
        return plain && !chars.isEmpty() && chars.size() <= 8 ? Info.exact(chars) : Info.ANY;
    }
}
