package dev.corpusqa.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.corpusqa.core.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A gate decision as JSON and back, with Jackson's streaming API: the store keeps each run's decision
 * and the up-to-date check reads it back on every build, where Jackson's data binding would load
 * several hundred classes (a few hundred milliseconds in a fresh JVM) for eight fields.
 */
public final class DecisionJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private DecisionJson() {
    }

    public static String write(Gate.Decision d) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("outcome", d.outcome().name());
            g.writeObjectFieldStart("bySeverity");
            writeCounts(g, d.bySeverity());
            g.writeEndObject();
            g.writeObjectFieldStart("byCategory");
            for (Map.Entry<String, Map<Severity, Integer>> e : d.byCategory().entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                writeCounts(g, e.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeNumberField("counted", d.counted());
            g.writeNumberField("failing", d.failing());
            g.writeNumberField("belowThreshold", d.belowThreshold());
            g.writeNumberField("baselined", d.baselined());
            g.writeStringField("reason", d.reason());
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    private static void writeCounts(JsonGenerator g, Map<Severity, Integer> m) throws IOException {
        for (Map.Entry<Severity, Integer> e : m.entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
    }

    /** The decision, or null when {@code json} is not one (written by another version, truncated). */
    public static Gate.Decision read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return read(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Reads one decision object at the parser's current or next token. */
    public static Gate.Decision read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT && p.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("not a decision");
        }
        Gate.Outcome outcome = null;
        Map<Severity, Integer> bySeverity = null;
        Map<String, Map<Severity, Integer>> byCategory = new TreeMap<>();
        int counted = 0;
        int failing = 0;
        int below = 0;
        int baselined = 0;
        String reason = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "outcome" -> outcome = Gate.Outcome.valueOf(p.getText());
                case "bySeverity" -> bySeverity = readCounts(p);
                case "byCategory" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String cat = p.currentName();
                        p.nextToken();
                        byCategory.put(cat, readCounts(p));
                    }
                }
                case "counted" -> counted = p.getIntValue();
                case "failing" -> failing = p.getIntValue();
                case "belowThreshold" -> below = p.getIntValue();
                case "baselined" -> baselined = p.getIntValue();
                case "reason" -> reason = p.getText();
                default -> p.skipChildren();
            }
        }
        if (outcome == null || bySeverity == null || reason == null) {
            throw new IOException("incomplete decision");
        }
        return new Gate.Decision(outcome, bySeverity, byCategory, counted, failing, below, baselined, reason);
    }

    private static Map<Severity, Integer> readCounts(JsonParser p) throws IOException {
        Map<Severity, Integer> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            m.put(s, 0);
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Severity s = Severity.valueOf(p.currentName());
            p.nextToken();
            m.put(s, p.getIntValue());
        }
        return m;
    }
}
