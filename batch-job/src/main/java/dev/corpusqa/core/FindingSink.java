package dev.corpusqa.core;

/**
 * Where rules put what they found. Besides findings, a rule may record document facts: measured
 * values that are not defects but belong in the report ({@link #PUBLICATION_DATE}, a score, a
 * detected charset). Facts are stored with the document; the gate never reads them.
 */
@FunctionalInterface
public interface FindingSink {

    String PUBLICATION_DATE = "publicationDate";
    String DATE_SOURCE = "dateSource";

    void accept(Finding finding);

    /** Record a fact about the document; the last value for a key wins. */
    default void fact(String key, String value) {
    }
}
