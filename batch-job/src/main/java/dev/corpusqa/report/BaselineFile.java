package dev.corpusqa.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corpusqa.config.ConfigException;
import dev.corpusqa.core.Finding;
import dev.corpusqa.store.Fingerprints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline file: accepted findings identified by fingerprint (file + rule + normalised evidence,
 * no line number, so entries survive lines moving). JSON, one entry per finding with its location
 * for people to read.
 */
public final class BaselineFile {

    /** Created on first use: an ObjectMapper loads some 400 classes, and most runs have no baseline file. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private BaselineFile() {
    }

    public static Set<String> read(Path file) {
        Set<String> out = new HashSet<>();
        if (file == null || !Files.exists(file)) {
            return out;
        }
        try {
            JsonNode root = Mapper.JSON.readTree(file.toFile());
            JsonNode entries = root == null ? null : root.get("findings");
            if (entries == null || !entries.isArray()) {
                throw new ConfigException("baseline file " + file + " has no 'findings' array");
            }
            entries.forEach(e -> out.add(e.path("fingerprint").asText()));
            return out;
        } catch (IOException e) {
            throw new ConfigException("cannot read baseline file " + file + ": " + e.getMessage());
        }
    }

    public static void write(Path file, List<Finding> findings, String toolVersion) throws IOException {
        ObjectNode root = Mapper.JSON.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("tool", "corpus-qa " + toolVersion);
        ArrayNode arr = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode e = arr.addObject();
            e.put("fingerprint", Fingerprints.of(f));
            e.put("path", f.path());
            e.put("rule", f.ruleId());
            e.put("line", f.line());
            e.put("message", f.message());
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Mapper.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }
}
