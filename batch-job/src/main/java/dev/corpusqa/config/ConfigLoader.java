package dev.corpusqa.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.corpusqa.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code corpus-qa.yml} into a {@link QaOptions}. Unknown keys are errors (a typo must not
 * silently switch a check off). Example:
 *
 * <pre>
 * includes: ["**&#47;*.txt"]
 * excludes: ["drafts/**"]
 * failOn: error
 * maxAllowedFindings: 0
 * referenceDate: 2024-07-01
 * rules:
 *   encoding.bom: off               # shorthand: off | on | error | warning | info
 *   boilerplate.repeated-line:
 *     severity: warning
 *     minScore: 0.5
 *     warnAt: 3                     # warn from 3 findings (or 0.02 / 2% of documents)
 *     failAt: 5%                    # fail when 5% of documents have one (instead of failOn)
 *     params: {minDocuments: 3}
 * </pre>
 */
public final class ConfigLoader {

    private static final Set<String> TOP = Set.of("include", "includes", "exclude", "excludes", "failOn", "maxAllowedFindings",
            "formats", "outputDirectory", "threads", "referenceDate", "maxFileBytes", "documentTimeBudgetMillis", "chunkSize", "baselineFile",
            "database", "rules");
    private static final Set<String> RULE_KEYS = Set.of("enabled", "severity", "minScore", "warnAt", "failAt", "params");

    private ConfigLoader() {
    }

    public static void load(Path file, QaOptions into) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file not found: " + file);
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String loc = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new ConfigException("malformed YAML in " + file + loc + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        apply(root, file.toString(), file.toAbsolutePath().getParent(), into);
    }

    /** Apply a parsed configuration tree. {@code base} resolves relative paths. */
    public static void apply(JsonNode root, String name, Path base, QaOptions o) {
        if (root == null || root.isNull() || root.isMissingNode()) {
            return;
        }
        if (!root.isObject()) {
            throw new ConfigException(name + ": the top level must be a mapping");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!TOP.contains(k)) {
                throw new ConfigException(name + ": unknown key '" + k + "'; known keys: " + new java.util.TreeSet<>(TOP));
            }
        }
        for (String k : List.of("include", "includes")) {
            if (root.has(k)) {
                o.rawIncludes().clear();
                o.rawIncludes().addAll(strings(root.get(k)));
            }
        }
        for (String k : List.of("exclude", "excludes")) {
            if (root.has(k)) {
                o.excludes().clear();
                o.excludes().addAll(strings(root.get(k)));
            }
        }
        if (root.has("failOn")) {
            o.failOn(FailOn.parse(root.get("failOn").asText()));
        }
        if (root.has("maxAllowedFindings")) {
            o.maxAllowedFindings(integer(root.get("maxAllowedFindings"), name, "maxAllowedFindings"));
        }
        if (root.has("formats")) {
            o.formats(strings(root.get("formats")));
        }
        if (root.has("outputDirectory")) {
            o.outputDirectory(resolve(base, root.get("outputDirectory").asText()));
        }
        if (root.has("threads")) {
            o.threads(integer(root.get("threads"), name, "threads"));
        }
        if (root.has("maxFileBytes")) {
            o.maxFileBytes(root.get("maxFileBytes").asLong());
        }
        if (root.has("chunkSize")) {
            o.chunkSize(root.get("chunkSize").asInt());
        }
        if (root.has("documentTimeBudgetMillis")) {
            o.documentTimeBudgetMillis(root.get("documentTimeBudgetMillis").asLong());
        }
        if (root.has("baselineFile")) {
            o.baselineFile(resolve(base, root.get("baselineFile").asText()));
        }
        if (root.has("database")) {
            o.databaseUrl(root.get("database").asText());
        }
        if (root.has("referenceDate")) {
            try {
                o.referenceDate(LocalDate.parse(root.get("referenceDate").asText()));
            } catch (DateTimeParseException e) {
                throw new ConfigException(name + ": referenceDate must be YYYY-MM-DD; got '" + root.get("referenceDate").asText() + "'");
            }
        }
        if (root.has("rules")) {
            JsonNode rules = root.get("rules");
            if (!rules.isObject()) {
                throw new ConfigException(name + ": 'rules' must map rule ids to settings");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                o.rule(e.getKey()).merge(ruleSettings(e.getKey(), e.getValue(), name));
            }
        }
    }

    /** Parse one rule's settings, from a mapping or the shorthand {@code off|on|error|warning|info}. */
    public static RuleSettings ruleSettings(String id, JsonNode v, String name) {
        RuleSettings s = new RuleSettings();
        if (v.isBoolean()) {
            return s.enabled(v.asBoolean());
        }
        if (v.isTextual()) {
            return shorthand(id, v.asText(), name);
        }
        if (!v.isObject()) {
            throw new ConfigException(name + ": settings of rule '" + id + "' must be a mapping or one of off|on|error|warning|info");
        }
        for (Iterator<String> it = v.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!RULE_KEYS.contains(k)) {
                throw new ConfigException(name + ": unknown key '" + k + "' for rule '" + id + "'; known: " + new java.util.TreeSet<>(RULE_KEYS));
            }
        }
        if (v.has("enabled")) {
            s.enabled(v.get("enabled").asBoolean());
        }
        if (v.has("severity")) {
            s.severity(severity(v.get("severity").asText(), id, name));
        }
        if (v.has("minScore")) {
            s.minScore(v.get("minScore").asDouble());
        }
        for (String lvl : List.of("warnAt", "failAt")) {
            if (v.has(lvl)) {
                Threshold t = Threshold.parse(v.get(lvl).asText(), name + ": " + lvl + " of rule '" + id + "'");
                if (lvl.equals("warnAt")) {
                    s.warnAt(t);
                } else {
                    s.failAt(t);
                }
            }
        }
        if (v.has("params")) {
            JsonNode p = v.get("params");
            if (!p.isObject()) {
                throw new ConfigException(name + ": params of rule '" + id + "' must be a mapping");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode pv = e.getValue();
                Object val = pv.isNumber() ? pv.numberValue() : pv.isBoolean() ? pv.booleanValue()
                        : pv.isArray() ? strings(pv) : pv.asText();
                s.params().put(e.getKey(), val);
            }
        }
        return s;
    }

    /** {@code off|on|false|true|error|warning|info} for one rule, as the command line and plugin accept it. */
    public static RuleSettings shorthand(String id, String value, String name) {
        String t = value.trim().toLowerCase(java.util.Locale.ROOT);
        RuleSettings s = new RuleSettings();
        switch (t) {
            case "off", "false", "disabled" -> s.enabled(false);
            case "on", "true", "enabled" -> s.enabled(true);
            default -> s.enabled(true).severity(severity(t, id, name));
        }
        return s;
    }

    private static Severity severity(String v, String id, String name) {
        try {
            return Severity.parse(v);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name + ": severity of rule '" + id + "' must be error, warning or info; got '" + v + "'");
        }
    }

    private static int integer(JsonNode n, String name, String key) {
        if (!n.canConvertToInt() && !n.isTextual()) {
            throw new ConfigException(name + ": " + key + " must be a whole number");
        }
        try {
            return n.isTextual() ? Integer.parseInt(n.asText().trim()) : n.asInt();
        } catch (NumberFormatException e) {
            throw new ConfigException(name + ": " + key + " must be a whole number; got '" + n.asText() + "'");
        }
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else if (!n.isNull()) {
            for (String s : n.asText().split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    private static Path resolve(Path base, String p) {
        Path path = Path.of(p);
        return path.isAbsolute() || base == null ? path : base.resolve(path);
    }
}
