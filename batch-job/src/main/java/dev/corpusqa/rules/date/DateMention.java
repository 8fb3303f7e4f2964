package dev.corpusqa.rules.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A date found in a document: the calendar date (or only a year / year-month when that is all the
 * text says: missing parts are never filled in, {@link #date()} is then {@code null}), where it was
 * found, the role the text gives it and how sure we are that it is the publication date.
 *
 * @param date      the full calendar date, or {@code null} when the text gives only a year or a month
 * @param year      the year as written (never null)
 * @param month     the month, or {@code null} when only a year is written
 * @param time      the time of day when the text gives one, else {@code null}
 * @param zone      the time zone exactly as written ("EDT", "+02:00", "MESZ"), else {@code null}
 * @param weekday   the weekday written next to the date ("Monday, 14 March 2019"), else {@code null}
 * @param source    where it was found: metadata, front-matter, header, dateline, filename, body, caption, embed, copyright
 * @param role      what the text says the date is
 * @param certainty how sure we are that it is the publication (or update) date
 * @param line      1-based line, 0 for metadata and file name
 */
public record DateMention(LocalDate date, Integer year, Integer month, LocalTime time, String zone, DayOfWeek weekday,
        String source, Role role, Certainty certainty, int line, int startOffset, int endOffset, String text) {

    /** HIGH: labelled metadata or header; MEDIUM: a dateline or byline, a file name; LOW: a mention in the text. */
    public enum Certainty { HIGH, MEDIUM, LOW }

    /** PUBLISHED: labelled as the publication date (or unlabelled dateline); UPDATED: labelled as an update; COPYRIGHT; MENTION. */
    public enum Role { PUBLISHED, UPDATED, COPYRIGHT, MENTION }

    public boolean isFullDate() {
        return date != null;
    }

    /** The date as precise as the text gives it: 2024-06-19, 2024-06 or 2024. */
    public String precise() {
        if (date != null) {
            return date.toString();
        }
        return month != null ? String.format("%04d-%02d", year, month) : String.valueOf(year);
    }

    /** Where, for the report's dateSource: "dateline:line 5 (Jun 20, 2024 10:21 AM EDT)". */
    public String describe() {
        String where = line > 0 ? source + ":line " + line : source;
        return text == null || text.isEmpty() ? where : where + " (" + text + ")";
    }
}
