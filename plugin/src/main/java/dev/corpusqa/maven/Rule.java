package dev.corpusqa.maven;

/**
 * One per-rule override in a pom, as {@code <rules><rule><id>date.missing</id><severity>warning</severity></rule></rules>}.
 * The id may be a rule id, a category ({@code encoding}) or a category wildcard ({@code translation.*}).
 */
public class Rule {

    /** Rule id, category or {@code category.*}. */
    private String id;

    /** {@code error}, {@code warning} or {@code info}; unset keeps the rule's default. */
    private String severity;

    /** {@code false} switches the rule off; unset keeps it as configured. */
    private Boolean enabled;

    /** Findings whose measured score is below this do not count at the gate. */
    private Double minScore;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Double getMinScore() {
        return minScore;
    }

    public void setMinScore(Double minScore) {
        this.minScore = minScore;
    }
}
