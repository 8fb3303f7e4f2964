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
    private Threshold warnAt;
    private Threshold failAt;
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

    /** Warn level of the rule at the gate (null: none). */
    public Threshold warnAt() {
        return warnAt;
    }

    public RuleSettings warnAt(Threshold t) {
        this.warnAt = t;
        return this;
    }

    /** Fail level of the rule at the gate (null: the run's failOn applies to the rule). */
    public Threshold failAt() {
        return failAt;
    }

    public RuleSettings failAt(Threshold t) {
        this.failAt = t;
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
        if (other.warnAt != null) {
            warnAt = other.warnAt;
        }
        if (other.failAt != null) {
            failAt = other.failAt;
        }
        params.putAll(other.params);
        return this;
    }

    @Override
    public String toString() {
        return "{enabled=" + enabled + ", severity=" + severity + ", minScore=" + minScore + ", params=" + params + "}";
    }
}
