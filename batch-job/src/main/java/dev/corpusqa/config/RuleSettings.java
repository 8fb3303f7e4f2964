package dev.corpusqa.config;

import dev.corpusqa.core.Severity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-rule configuration: on/off, a severity override, a score threshold applied at the gate
 * ({@code minScore}: findings whose measured score is below it are kept in the store but do not
 * count), and free-form parameters the rule documents on its page.
 */
public final class RuleSettings {
    private Boolean enabled;
    private Severity severity;
    private Double minScore;
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Boolean enabled() {
        return enabled;
    }

    public RuleSettings enabled(Boolean e) {
        this.enabled = e;
        return this;
    }

    public Severity severity() {
        return severity;
    }

    public RuleSettings severity(Severity s) {
        this.severity = s;
        return this;
    }

    public Double minScore() {
        return minScore;
    }

    public RuleSettings minScore(Double m) {
        this.minScore = m;
        return this;
    }

    public Map<String, Object> params() {
        return params;
    }

    /** Overlay {@code other} on this (values set in other win). */
    public RuleSettings merge(RuleSettings other) {
        if (other.enabled != null) {
            enabled = other.enabled;
        }
        if (other.severity != null) {
            severity = other.severity;
        }
        if (other.minScore != null) {
            minScore = other.minScore;
        }
        params.putAll(other.params);
        return this;
    }

    @Override
    public String toString() {
        return "{enabled=" + enabled + ", severity=" + severity + ", minScore=" + minScore + ", params=" + params + "}";
    }
}
