package dev.corpusqa.store;

/** A scanned file: its id within the run, path relative to the corpus root, size, hash and status. */
public record DocumentRow(int docId, String path, long sizeBytes, String sha256, long mtimeMillis, String status, String problem) {

    public static final String PENDING = "pending";
    public static final String UNREADABLE = "unreadable";
}
