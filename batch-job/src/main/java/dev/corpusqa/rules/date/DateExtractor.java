package dev.corpusqa.rules.date;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.corpusqa.core.Document;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds publication-date candidates in a document: ISO dates and English month-name dates, on
 * header lines near the top (high certainty) or in the body (low certainty, "inferred"). Never
 * fills in a missing day or month.
 */
public final class DateExtractor {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MON = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Pattern MDY = Pattern.compile("(?i)\\b" + MON + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern DMY = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MON + ",?\\s+((?:19|20)\\d\\d)\\b");

    private final int headerLines;

    public DateExtractor(int headerLines) {
        this.headerLines = headerLines;
    }

    public List<DateMention> extract(Document doc) {
        List<DateMention> out = new ArrayList<>();
        int headerEnd = 0;
        int nonEmpty = 0;
        for (int ln = 1; ln <= doc.lineCount(); ln++) {
            if (!doc.line(ln).isBlank() && ++nonEmpty > headerLines) {
                break;
            }
            headerEnd = ln;
        }
        for (int ln = 1; ln <= doc.lineCount(); ln++) {
            String line = doc.line(ln);
            boolean header = ln <= headerEnd;
            DateMention.Certainty c = header ? DateMention.Certainty.HIGH : DateMention.Certainty.LOW;
            String src = header ? "header" : "body";
            int base = doc.lineStart(ln);
            Matcher m = ISO.matcher(line);
            while (m.find()) {
                add(out, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), src, c, ln,
                        base + m.start(), base + m.end(), m.group());
            }
            m = MDY.matcher(line);
            while (m.find()) {
                add(out, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), src, c, ln,
                        base + m.start(), base + m.end(), m.group());
            }
            m = DMY.matcher(line);
            while (m.find()) {
                add(out, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), src, c, ln,
                        base + m.start(), base + m.end(), m.group());
            }
        }
        return out;
    }

    private static int month(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer v = MONTHS.get(k.length() > 4 ? k.substring(0, 3) : k);
        return v == null ? MONTHS.getOrDefault(k.substring(0, 3), 0) : v;
    }

    private static void add(List<DateMention> out, int y, int m, int d, String src, DateMention.Certainty c, int line, int s,
            int e, String text) {
        try {
            out.add(new DateMention(LocalDate.of(y, m, d), y, m, src, c, line, s, e, text));
        } catch (DateTimeException ex) {
            // 2024-02-31 and the like: not a date
        }
    }
}
