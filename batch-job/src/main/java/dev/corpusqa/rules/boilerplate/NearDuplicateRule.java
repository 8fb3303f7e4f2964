package dev.corpusqa.rules.boilerplate;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.CorpusRule;
import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code boilerplate.near-duplicate} (corpus rule): two files that hold the same article, possibly
 * lightly edited. Candidates come from locality-sensitive hashing of the {@link MinHashSketches}
 * signatures (16 bands of 4 rows); a pair is reported when its estimated Jaccard similarity of word
 * 5-shingles reaches {@code minSimilarity} (default 0.8). The finding sits on the later file (in
 * path order) and names both; the score is the similarity. Buckets are capped at
 * {@code maxBucket} documents (default 200) so that a corpus of near-identical stubs cannot make the
 * pair search quadratic.
 */
public final class NearDuplicateRule implements CorpusRule {

    public static final RuleInfo INFO = RuleInfo.corpus("boilerplate.near-duplicate", Category.BOILERPLATE, Severity.WARNING,
            "Two files of the corpus hold the same article (near-duplicate by MinHash)");

    static final int BANDS = 16;
    static final int ROWS = MinHashSketches.HASHES / BANDS;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Class<? extends CorpusStatistic>> statistics() {
        return List.of(MinHashSketches.class);
    }

    @Override
    public void checkCorpus(RuleContext ctx, FindingSink out) {
        MinHashSketches sk = ctx.statistic(MinHashSketches.class);
        if (sk == null) {
            return;
        }
        RuleContext.Params p = ctx.params(INFO);
        double min = p.getDouble("minSimilarity", 0.8);
        int maxBucket = p.getInt("maxBucket", 200);
        TreeMap<String, int[]> sigs = new TreeMap<>(sk.signatures());
        List<String> paths = new ArrayList<>(sigs.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            index.put(paths.get(i), i);
        }
        // best earlier partner of each document
        Map<Integer, double[]> best = new TreeMap<>();
        for (int b = 0; b < BANDS; b++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < paths.size(); i++) {
                int[] s = sigs.get(paths.get(i));
                long h = b;
                for (int r = 0; r < ROWS; r++) {
                    h = MinHashSketches.mix(h * 31 + s[b * ROWS + r]);
                }
                List<Integer> bucket = buckets.computeIfAbsent(h, k -> new ArrayList<>());
                if (bucket.size() < maxBucket) {
                    bucket.add(i);
                }
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 1; x < bucket.size(); x++) {
                    int later = bucket.get(x);
                    for (int y = 0; y < x; y++) {
                        int earlier = bucket.get(y);
                        double sim = MinHashSketches.similarity(sigs.get(paths.get(later)), sigs.get(paths.get(earlier)));
                        double[] cur = best.get(later);
                        if (sim >= min && (cur == null || sim > cur[1] || (sim == cur[1] && earlier < cur[0]))) {
                            best.put(later, new double[] {earlier, sim});
                        }
                    }
                }
            }
        }
        best.forEach((later, pair) -> {
            String a = paths.get((int) pair[0]);
            String bPath = paths.get(later);
            double sim = pair[1];
            String msg = String.format(Locale.ROOT, "near-duplicate of %s: %s and %s share about %.0f%% of their 5-word shingles",
                    a, a, bPath, sim * 100);
            out.accept(new Finding(bPath, INFO.id(), INFO.category(), INFO.defaultSeverity(), 1, 1, 1, 1, 0, 0, msg, a, sim,
                    "keep one of the two files"));
        });
    }
}
