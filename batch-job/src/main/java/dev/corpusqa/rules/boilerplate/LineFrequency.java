package dev.corpusqa.rules.boilerplate;

import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Corpus statistic: in how many documents each normalised line occurs, per source (documents that
 * declare no source form one group). Lines are kept as 64-bit hashes, not text, in a
 * {@link RepeatCounter}: a fixed 16 MB Bloom filter for lines seen once and an exact table (at most
 * 48 MB) for lines seen in two or more documents, so memory is bounded whatever the corpus size
 * (the small, documented error is on that class). Documents with a source are also counted
 * corpus-wide; lines with fewer than {@link #MIN_CHARS} letters are not counted (datelines such as
 * "Published: 2024-03-12" normalise alike, and headings such as "Comments" are too common in real
 * articles to prove anything).
 */
public final class LineFrequency implements CorpusStatistic {

    public static final int MIN_CHARS = 12;

    /** The pseudo-source under which every document is counted (for {@code scope: corpus}). */
    public static final String ALL = "\u0001all";

    private final RepeatCounter counts = new RepeatCounter();
    private final ConcurrentHashMap<String, Integer> documentsPerSource = new ConcurrentHashMap<>();

    @Override
    public void add(Document doc) {
        if (!doc.hasText()) {
            return;
        }
        documentsPerSource.merge(doc.source(), 1, Integer::sum);
        boolean grouped = !doc.source().isEmpty();
        if (grouped) {
            documentsPerSource.merge(ALL, 1, Integer::sum);
        }
        Set<Long> seen = new HashSet<>();
        int lines = Math.min(doc.lineCount(), LineClassifier.MAX_LINES);
        for (int ln = 1; ln <= lines; ln++) {
            String norm = LineNormalizer.normalize(doc.line(ln));
            if (LineNormalizer.letters(norm) >= MIN_CHARS) {
                seen.add(key(doc.source(), norm));
                if (grouped) {
                    seen.add(key(ALL, norm));
                }
            }
        }
        long[] ks = new long[seen.size()];
        int i = 0;
        for (Long k : seen) {
            ks[i++] = k;
        }
        counts.addAll(ks, i);
    }

    static long key(String source, String normalized) {
        return LineNormalizer.hash64(source + '\u0000' + normalized);
    }

    /** True when the exact table filled up and some repeated lines may have been missed. */
    public boolean saturated() {
        return counts.saturated();
    }

    /** Number of documents of {@code source} that contain a line with this normal form. */
    public int documentsWith(String source, String normalizedLine) {
        return counts.count(key(source, normalizedLine));
    }

    public int documents(String source) {
        if (source.equals(ALL) && !documentsPerSource.containsKey(ALL)) {
            return documentsPerSource.getOrDefault("", 0);
        }
        return documentsPerSource.getOrDefault(source, 0);
    }

    /** Documents with this line in the whole corpus, whatever their source. */
    public int documentsWithAnywhere(String normalizedLine) {
        int all = counts.count(key(ALL, normalizedLine));
        return all > 0 ? all : counts.count(key("", normalizedLine));
    }
}
