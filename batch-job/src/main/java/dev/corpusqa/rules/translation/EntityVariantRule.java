package dev.corpusqa.rules.translation;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code translation.entity-variant}: a name spelled two ways. Two kinds of evidence:
 * <ul>
 * <li>inside one document: two name-like words with the same transliteration skeleton
 * (Dmitriy/Dmitry, Natalya/Natalia): warning; or a one-edit slip inside the name (not its first
 * or last letter) where the slip occurs once and the other spelling at least twice: info only,
 * because such slips are ordinary typos of human writers as often as translation artifacts;</li>
 * <li>across the corpus (needs the profile step's {@link NameFrequency}): a name that occurs in at
 * most {@code rareMax} documents while a transliteration variant occurs in at least {@code minFrequent}
 * documents and {@code ratio} times as many.</li>
 * </ul>
 * A word is name-like when it is capitalised, not sentence-initial, not in a Title Case headline,
 * not all capitals, and never seen in lower case in the document or the corpus. Prefix pairs
 * (Kenya/Kenyan, plural -s) and possessives are never variants.
 */
public final class EntityVariantRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.corpus("translation.entity-variant", Category.TRANSLATION, Severity.WARNING,
            "The same name spelled two ways (in a document, or a rare spelling beside a frequent one in the corpus)");

    private static final int MAX_NAMES_PER_DOC = 2_000;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Class<? extends CorpusStatistic>> statistics() {
        return List.of(NameFrequency.class);
    }

    private static final class Name {
        final String text;
        final String skeleton;
        final String lower;
        int count;
        int firstStart = -1;
        int firstEnd;

        Name(String text) {
            this.text = text;
            this.skeleton = NameVariants.skeleton(text);
            this.lower = text.toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        if (!doc.hasText()) {
            return;
        }
        RuleContext.Params p = ctx.params(INFO);
        int rareMax = p.getInt("rareMax", 1);
        int minFrequent = p.getInt("minFrequent", 5);
        double ratio = p.getDouble("ratio", 4.0);
        NameFrequency freq = ctx.statistic(NameFrequency.class);

        TextUnits.Analysis a = TextUnits.of(doc);
        Set<String> lower = new HashSet<>();
        Map<String, Name> names = new LinkedHashMap<>();
        for (TextUnits.Word w : a.words()) {
            if (!w.capitalised()) {
                lower.add(w.lower());
                String b = w.base().toLowerCase(java.util.Locale.ROOT);
                lower.add(b);
            }
        }
        for (TextUnits.Word w : a.words()) {
            if (!NameFrequency.nameLike(a, w)) {
                continue;
            }
            String b = w.base();
            if (lower.contains(b.toLowerCase(java.util.Locale.ROOT)) || (freq != null && freq.seenLowerCase(b))) {
                continue;
            }
            Name n = names.get(b);
            if (n == null) {
                if (names.size() >= MAX_NAMES_PER_DOC) {
                    continue;
                }
                n = new Name(b);
                names.put(b, n);
            }
            n.count++;
            if (n.firstStart < 0) {
                n.firstStart = w.start();
                n.firstEnd = w.end();
            }
        }
        // every occurrence (also sentence-initial) counts for frequency inside the document
        Map<String, Integer> allCounts = new java.util.HashMap<>();
        for (TextUnits.Word w : a.words()) {
            if (w.capitalised() && names.containsKey(w.base())) {
                allCounts.merge(w.base(), 1, Integer::sum);
            }
        }
        // sentence-initial capitalised words are not names by themselves, but may be the other
        // spelling of a name seen elsewhere in the document ("... said Lomovskiy. Lomovsky has ...")
        Map<String, Name> initial = new LinkedHashMap<>();
        for (TextUnits.Word w : a.words()) {
            String b = w.base();
            if (!w.initial() || !w.capitalised() || b.length() < 4 || names.containsKey(b) || b.indexOf('-') >= 0
                    || b.equals(b.toUpperCase(java.util.Locale.ROOT)) || lower.contains(b.toLowerCase(java.util.Locale.ROOT))
                    || (freq != null && freq.seenLowerCase(b)) || initial.size() >= MAX_NAMES_PER_DOC) {
                continue;
            }
            Name n = initial.computeIfAbsent(b, Name::new);
            n.count++;
            if (n.firstStart < 0) {
                n.firstStart = w.start();
                n.firstEnd = w.end();
            }
        }
        List<Name> list = new ArrayList<>(names.values());
        Set<String> reported = new HashSet<>();
        for (Name in : initial.values()) {
            for (Name n : list) {
                if (in.skeleton.equals(n.skeleton) && NameVariants.transliterationPair(in.text, n.text)) {
                    int cn = allCounts.getOrDefault(n.text, n.count);
                    reported.add(in.text);
                    out.accept(Finding.on(doc, INFO).span(in.firstStart, in.firstEnd)
                            .message("transliteration variant: '" + in.text + "' (" + in.count + "x) and '" + n.text + "' (" + cn + "x) in the same document")
                            .suggestion(cn >= in.count ? n.text : in.text).score(cn / (double) (cn + in.count)).build());
                    break;
                }
            }
        }
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                Name x = list.get(i);
                Name y = list.get(j);
                boolean sameSkeleton = x.skeleton.equals(y.skeleton);
                if (!sameSkeleton && Math.abs(x.text.length() - y.text.length()) > 1) {
                    continue; // neither a transliteration pair nor a one-edit slip
                }
                if (NameVariants.prefixRelatedLower(x.lower, y.lower)) {
                    if (!sameSkeleton || !NameVariants.transliterationPair(x.text, y.text)) {
                        continue;
                    }
                }
                int cx = allCounts.getOrDefault(x.text, x.count);
                int cy = allCounts.getOrDefault(y.text, y.count);
                Name minority = cx < cy ? x : cy < cx ? y : (x.firstStart > y.firstStart ? x : y);
                Name majority = minority == x ? y : x;
                int cmin = Math.min(cx, cy);
                int cmaj = Math.max(cx, cy);
                String kind;
                Severity sev = INFO.defaultSeverity();
                if (sameSkeleton && NameVariants.transliterationPair(x.text, y.text)) {
                    kind = "transliteration variant";
                } else if (NameVariants.oneEditSlipLower(x.lower, y.lower, false) && cmin == 1 && cmaj >= 2
                        && !(freq != null && freq.documents(minority.text) >= minFrequent && freq.documents(majority.text) >= minFrequent)) {
                    kind = "one-letter variant (possible typo)";
                    sev = Severity.INFO; // letter slips are what people type; MT spells consistently
                } else {
                    continue;
                }
                if (!reported.add(minority.text)) {
                    continue;
                }
                out.accept(Finding.on(doc, INFO).span(minority.firstStart, minority.firstEnd)
                        .message(kind + ": '" + minority.text + "' (" + cmin + "x) and '" + majority.text + "' (" + cmaj + "x) in the same document")
                        .suggestion(majority.text).severity(sev).score(cmaj / (double) (cmin + cmaj)).build());
            }
        }
        if (freq == null) {
            return;
        }
        for (Name n : list) {
            if (reported.contains(n.text) || freq.documents(n.text) > rareMax) {
                continue;
            }
            int best = 0;
            String bestName = null;
            String bestKind = null;
            for (String g : freq.frequentNeighbours(n.text)) {
                if (names.containsKey(g) || lower.contains(g.toLowerCase(java.util.Locale.ROOT)) || freq.seenLowerCase(g)) {
                    continue;
                }
                int dg = freq.documents(g);
                if (dg < minFrequent || dg < ratio * Math.max(1, freq.documents(n.text)) || dg <= best) {
                    continue;
                }
                // across documents only transliteration pairs count: one-letter neighbours of frequent
                // names are mostly other names (Marsh/March, Michel/Michael)
                if (!NameVariants.transliterationPair(n.text, g)) {
                    continue;
                }
                String kind = "transliteration variant";
                best = dg;
                bestName = g;
                bestKind = kind;
            }
            if (bestName != null) {
                out.accept(Finding.on(doc, INFO).span(n.firstStart, n.firstEnd)
                        .message(bestKind + " across the corpus: '" + n.text + "' is in " + Math.max(1, freq.documents(n.text))
                                + " document(s), '" + bestName + "' in " + best)
                        .suggestion(bestName).score(best / (double) (best + Math.max(1, freq.documents(n.text)))).build());
            }
        }
    }
}
