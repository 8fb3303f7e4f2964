package dev.corpusqa.store;

import dev.corpusqa.core.Finding;
import java.util.List;
import java.util.Map;

/** What validation produced for one document: its findings, facts, status and any problem. */
public record DocumentResult(int docId, String path, String status, List<Finding> findings, Map<String, String> facts,
        String problem, boolean reused) {
}
