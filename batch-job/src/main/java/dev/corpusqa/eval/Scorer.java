package dev.corpusqa.eval;

/**
 * Scores one category on the datasets it understands. Each category has its own scorer class
 * ({@code EncodingScorer}, ...) and its own floors file ({@code eval/floors/<category>.json}).
 */
public interface Scorer {

    /** {@code encoding}, {@code boilerplate}, {@code translation}, {@code date} or {@code clean}. */
    String category();

    /** Whether this scorer reads the dataset of this name ({@code encoding/ftfy-cases}, ...). */
    boolean accepts(String dataset);

    /** Add figures, keyed {@code <category>.<dataset-short-name>.<figure>}, to {@code out}. */
    void score(Dataset ds, Metrics out);
}
