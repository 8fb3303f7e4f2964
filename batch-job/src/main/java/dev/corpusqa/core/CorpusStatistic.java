package dev.corpusqa.core;

/**
 * Statistics gathered over every document of a corpus by the profile step, before validation.
 * One instance per type and run is created through a public no-argument constructor, fed every
 * document (possibly from several threads: {@link #add} must be thread-safe), then {@link #finish}ed.
 * Implementations must keep their memory bounded (hashes and counts, not texts).
 */
public interface CorpusStatistic {

    void add(Document doc);

    default void finish(int documentCount) {
    }
}
