package dev.corpusqa.rules.date;

import java.time.LocalDate;

/**
 * A date found in a document: the calendar date (or only a year / year-month when that is all the
 * text says: missing parts are never filled in), where it was found and how sure we are that it is
 * the publication date.
 */
public record DateMention(LocalDate date, Integer year, Integer month, String source, Certainty certainty, int line,
        int startOffset, int endOffset, String text) {

    public enum Certainty { HIGH, MEDIUM, LOW }

    public boolean isFullDate() {
        return date != null;
    }
}
