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
        int n = sk.size();
        // documents in path order (deterministic findings whatever order the profile threads added them in)
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing(sk::path));
        List<String> paths = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            paths.add(sk.path(order[i]));
        }
        // best earlier partner of each document. Per band, candidates are found by sorting one long per
        // document (band hash in the high 44 bits, rank in the low 20): O(n log n) time, 8 bytes per
        // document of memory, instead of a hash map of lists.
        Map<Integer, double[]> best = new TreeMap<>();
        long[] keys = new long[n];
        for (int b = 0; b < BANDS; b++) {
            for (int rank = 0; rank < n; rank++) {
                long h = b;
                for (int r = 0; r < ROWS; r++) {
                    h = MinHashSketches.mix(h * 31 + sk.value(order[rank], b * ROWS + r));
                }
                keys[rank] = (h << 20) | rank;
            }
            java.util.Arrays.sort(keys);
            for (int lo = 0; lo < n; ) {
                int hi = lo + 1;
                while (hi < n && (keys[hi] >>> 20) == (keys[lo] >>> 20)) {
                    hi++;
                }
                int end = Math.min(hi, lo + maxBucket); // ranks ascend within a bucket: the earliest are kept
                for (int x = lo + 1; x < end; x++) {
                    int later = (int) (keys[x] & 0xFFFFF);
                    for (int y = lo; y < x; y++) {
                        int earlier = (int) (keys[y] & 0xFFFFF);
                        double sim = sk.similarity(order[later], order[earlier]);
                        double[] cur = best.get(later);
                        if (sim >= min && (cur == null || sim > cur[1] || (sim == cur[1] && earlier < cur[0]))) {
                            best.put(later, new double[] {earlier, sim});
                        }
                    }
                }
                lo = hi;
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
