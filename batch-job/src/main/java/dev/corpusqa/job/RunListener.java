package dev.corpusqa.job;

import dev.corpusqa.store.DocumentResult;

/** Progress and results as the job runs, for front ends (console, Maven log). All methods may be called from worker threads. */
public interface RunListener {

    default void phase(String name, String detail) {
    }

    default void scanned(int files) {
    }

    default void validated(DocumentResult result, int done, int total) {
    }

    default void problem(String path, String message) {
    }

    RunListener NONE = new RunListener() { };
}
