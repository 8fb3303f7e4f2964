package dev.corpusqa.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The metadata that stands beside every rule: a stable id ({@code category.name}), its category,
 * default severity, one-line summary, and whether it needs corpus-wide statistics
 * (Checkstyle's distinction between stateless and global-stateful checks).
 *
 * <p>Each rule id has a Markdown page at {@code docs/rules/<id>.md}.
 */
public record RuleInfo(String id, Category category, Severity defaultSeverity, String summary, Scope scope) {

    private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*");

    /** Whether a rule looks at one document at a time or needs statistics over the whole corpus. */
    public enum Scope { DOCUMENT, CORPUS }

    public RuleInfo {
        Objects.requireNonNull(id);
        Objects.requireNonNull(category);
        Objects.requireNonNull(defaultSeverity);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(scope);
        if (!ID.matcher(id).matches() || !id.startsWith(category.id() + ".")) {
            throw new IllegalArgumentException("rule id must be '<category>.<kebab-name>': " + id);
        }
    }

    public static RuleInfo of(String id, Category category, Severity severity, String summary) {
        return new RuleInfo(id, category, severity, summary, Scope.DOCUMENT);
    }

    public static RuleInfo corpus(String id, Category category, Severity severity, String summary) {
        return new RuleInfo(id, category, severity, summary, Scope.CORPUS);
    }

    /** Path of the rule's documentation page, relative to the repository root. */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }
}
