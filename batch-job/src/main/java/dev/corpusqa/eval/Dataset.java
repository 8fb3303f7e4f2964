package dev.corpusqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One labelled dataset after the tool ran over it: the labels ({@code labels.jsonl}, one object per
 * document, {@code path} relative to the dataset folder) and the tool's report, indexed by the same
 * path. Report paths are relative to {@code docs/}, so {@code docs/} is prefixed here.
 */
public final class Dataset {

    private final String name;
    private final Path dir;
    private final List<JsonNode> labels;
    private final Map<String, List<JsonNode>> findings = new HashMap<>();
    private final Map<String, JsonNode> documents = new HashMap<>();
    private final double seconds;

    Dataset(String name, Path dir, List<JsonNode> labels, JsonNode report, double seconds) {
        this.name = name;
        this.dir = dir;
        this.labels = labels;
        this.seconds = seconds;
        for (JsonNode d : report.path("documents")) {
            documents.put("docs/" + d.get("path").asText(), d);
        }
        for (JsonNode f : report.path("findings")) {
            findings.computeIfAbsent("docs/" + f.get("path").asText(), k -> new ArrayList<>()).add(f);
        }
    }

    /** e.g. {@code encoding/ftfy-cases}. */
    public String name() {
        return name;
    }

    public Path dir() {
        return dir;
    }

    public List<JsonNode> labels() {
        return labels;
    }

    /** Findings of the document at this label path (empty list when none). */
    public List<JsonNode> findings(String labelPath) {
        return findings.getOrDefault(labelPath, List.of());
    }

    /** The report's document entry at this label path, or null. */
    public JsonNode document(String labelPath) {
        return documents.get(labelPath);
    }

    public double seconds() {
        return seconds;
    }

    /** Whether the document has a finding whose rule id starts with {@code prefix} and whose severity is in {@code severities}. */
    public boolean has(String labelPath, String prefix, String... severities) {
        for (JsonNode f : findings(labelPath)) {
            if (f.get("rule").asText().startsWith(prefix)) {
                if (severities.length == 0) {
                    return true;
                }
                for (String s : severities) {
                    if (f.get("severity").asText().equals(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
