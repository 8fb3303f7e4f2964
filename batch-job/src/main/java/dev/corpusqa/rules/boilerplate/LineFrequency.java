package dev.corpusqa.rules.boilerplate;

import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Corpus statistic: in how many documents each normalised line occurs, per source (documents that
 * declare no source form one group). Lines are kept as 64-bit hashes, not text, so memory grows
 * with the number of distinct lines, not with their length (documents with a source are also counted
 * corpus-wide); lines with fewer than {@link #MIN_CHARS} letters are not counted (datelines such as
 * "Published: 2024-03-12" normalise alike, and headings such as "Comments" are too common in real
 * articles to prove anything).
 */
public final class LineFrequency implements CorpusStatistic {

    public static final int MIN_CHARS = 12;

    /** The pseudo-source under which every document is counted (for {@code scope: corpus}). */
    public static final String ALL = "\u0001all";

    private final ConcurrentHashMap<Long, Integer> counts = new ConcurrentHashMap<>();
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
        for (Long k : seen) {
            counts.merge(k, 1, Integer::sum);
        }
    }

    static long key(String source, String normalized) {
        return LineNormalizer.hash64(source + '\u0000' + normalized);
    }

    /** Number of documents of {@code source} that contain a line with this normal form. */
    public int documentsWith(String source, String normalizedLine) {
        return counts.getOrDefault(key(source, normalizedLine), 0);
    }

    public int documents(String source) {
        if (source.equals(ALL) && !documentsPerSource.containsKey(ALL)) {
            return documentsPerSource.getOrDefault("", 0);
        }
        return documentsPerSource.getOrDefault(source, 0);
    }

    /** Documents with this line in the whole corpus, whatever their source. */
    public int documentsWithAnywhere(String normalizedLine) {
        int all = counts.getOrDefault(key(ALL, normalizedLine), 0);
        return all > 0 ? all : counts.getOrDefault(key("", normalizedLine), 0);
    }
}
