package dev.corpusqa.core;

import java.util.Objects;

/**
 * One defect found in one document. Lines and columns are 1-based; columns count UTF-16 code units;
 * {@code endColumn} is exclusive. Offsets are char offsets into the decoded text (byte offsets for
 * byte-level findings, as the message says). {@code score} is what the rule measured (higher = more
 * certain or more severe); gates may apply thresholds to it without scanning again.
 */
public record Finding(
        String path,
        String ruleId,
        Category category,
        Severity severity,
        int line,
        int column,
        int endLine,
        int endColumn,
        int startOffset,
        int endOffset,
        String message,
        String evidence,
        Double score,
        String suggestion) {

    public static final int MAX_EVIDENCE = 240;

    public Finding {
        Objects.requireNonNull(path);
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(category);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("lines and columns are 1-based");
        }
        evidence = evidence == null ? "" : clip(evidence);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(path, ruleId, category, s, line, column, endLine, endColumn, startOffset, endOffset,
                message, evidence, score, suggestion);
    }

    public Finding withPath(String p) {
        return new Finding(p, ruleId, category, severity, line, column, endLine, endColumn, startOffset, endOffset,
                message, evidence, score, suggestion);
    }

    static String clip(String s) {
        if (s.length() <= MAX_EVIDENCE) {
            return s;
        }
        int end = MAX_EVIDENCE;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    /** Start building a finding of {@code rule} on {@code doc}. */
    public static Builder on(Document doc, RuleInfo rule) {
        return new Builder(doc, rule);
    }

    /** Fluent builder that turns char offsets into lines and columns. */
    public static final class Builder {
        private final Document doc;
        private final RuleInfo rule;
        private Severity severity;
        private int start = -1;
        private int end = -1;
        private int line = 1;
        private int column = 1;
        private int endLine = 1;
        private int endColumn = 1;
        private String message = "";
        private String evidence;
        private Double score;
        private String suggestion;

        Builder(Document doc, RuleInfo rule) {
            this.doc = doc;
            this.rule = rule;
            this.severity = rule.defaultSeverity();
        }

        /** Char span [start, end) in the document text. */
        public Builder span(int startOffset, int endOffset) {
            this.start = startOffset;
            this.end = Math.max(startOffset, endOffset);
            if (doc.hasText()) {
                this.line = doc.lineOf(start);
                this.column = doc.columnOf(start);
                this.endLine = doc.lineOf(this.end);
                this.endColumn = doc.columnOf(this.end);
                if (evidence == null) {
                    evidence = doc.text().substring(start, Math.min(this.end, doc.text().length()));
                }
            }
            return this;
        }

        /** The whole of 1-based line {@code n}. */
        public Builder line(int n) {
            return span(doc.lineStart(n), doc.lineEnd(n));
        }

        /** Explicit position, for byte-level findings; offsets are byte offsets. */
        public Builder position(int ln, int col, int endLn, int endCol, int startOffset, int endOffset) {
            this.line = ln;
            this.column = col;
            this.endLine = endLn;
            this.endColumn = endCol;
            this.start = startOffset;
            this.end = endOffset;
            return this;
        }

        /** A finding about the document as a whole: line 1. */
        public Builder document() {
            this.line = 1;
            this.column = 1;
            this.endLine = 1;
            this.endColumn = 1;
            this.start = 0;
            this.end = 0;
            return this;
        }

        public Builder message(String m) {
            this.message = m;
            return this;
        }

        public Builder evidence(String e) {
            this.evidence = e;
            return this;
        }

        public Builder score(double s) {
            this.score = s;
            return this;
        }

        public Builder suggestion(String s) {
            this.suggestion = s;
            return this;
        }

        public Builder severity(Severity s) {
            this.severity = s;
            return this;
        }

        public Finding build() {
            if (start < 0) {
                document();
            }
            return new Finding(doc.path(), rule.id(), rule.category(), severity, line, column, Math.max(line, endLine),
                    endLine > line ? endColumn : Math.max(column, endColumn), start, end, message,
                    evidence == null ? "" : evidence, score, suggestion);
        }
    }
}
