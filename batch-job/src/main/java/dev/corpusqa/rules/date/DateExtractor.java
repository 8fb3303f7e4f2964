package dev.corpusqa.rules.date;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.RuleContext;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the dates of a document with their source, role and certainty, and picks the publication
 * date. Reusable on its own ({@code new DateExtractor(Options.defaults()).extract(doc)}).
 *
 * <p>Sources, most certain first: sidecar metadata ({@code date}, {@code published}, ... in
 * {@link Document#metadata()}), YAML front matter, labelled header lines ("Published: ...",
 * "Posted on ...", "Updated ...", "Veröffentlicht am ...", "Publié le ...", "Опубликовано ...") —
 * all HIGH; datelines and bylines (a line that is little more than a date, or "City, date — text"
 * near the top) and dates in the file name — MEDIUM; every other mention (body text, captions,
 * embedded posts) — LOW, reported as inferred and never taken as the publication date.
 *
 * <p>Header-like dates that date something else are then taken back to LOW (see {@code notThePage}):
 * entries of a list of dated items, comments, teasers under a related-content heading; so are periods
 * ("21.10.2024 – 27.10.2024"), cue words inside sentences of running text and reprint notes
 * ("ursprünglich am ... erschienen"), in {@code classify}.
 *
 * <p>Forms: ISO and Y/M/D numerics with optional time and offset; D.M.Y, D/M/Y, M/D/Y, D-M-Y
 * (2-digit years only for D.M.YY datelines); month names in English, German, French, Spanish and
 * Russian (genitive) in day-month-year, month-day-year and year-month-day order, with ordinals and
 * "de"/"of" fillers, an optional weekday before and an optional time and time zone after. The
 * order of ambiguous numeric dates (03/05/2022) comes from the {@code numericOrder} parameter, else
 * from unambiguous numeric dates in the same document (13/05/2022), else from the document's
 * language (English: month first; other languages: day first). Dot-separated dates are always day
 * first. Missing components are never filled in: "June 2024" is a month, a copyright year a year.
 *
 * <p>All matching is RE2/J (linear time); work per document is bounded by {@link #MAX_LINES} lines
 * of at most {@link #MAX_LINE_CHARS} characters.
 */
public final class DateExtractor {

    static final int MAX_LINES = 20_000;
    static final int MAX_LINE_CHARS = 4_000;
    /** A line this long is running text: the first one marks where the article starts. */
    static final int LEAD_CHARS = 150;
    /** Lines above the first paragraph that still count as its header. */
    static final int LEAD_WINDOW = 12;
    /** Dates below the first paragraph count this much more per line than dates above it, plus an offset. */
    static final double AFTER_WEIGHT = 1.5;
    static final double AFTER_OFFSET = 3;
    /** A labelled date ("Published: ...") wins over an unlabelled one up to this many lines further away. */
    static final double CUE_BONUS = 2;

    /**
     * Where a month name goes: any word, checked against {@link DateLexicon#MONTHS} after the match
     * (see {@link #findNamed}). An alternation of the ~130 names costs RE2/J that many threads at every
     * position of the text; a word class costs one.
     */
    private static final String MON = "(\\p{L}+)";
    private static final String WD = "(" + DateLexicon.alternation(DateLexicon.WEEKDAYS.keySet()) + ")";

    /** Y-M-D with '-', '/' or '.', optional ISO time and offset. */
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})([-/.])(\\d{1,2})([-/.])(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    /** D.M.Y, D/M/Y, M/D/Y, D-M-Y; optional space after the separator ("20. 06. 2024"). */
    private static final Pattern NUM = Pattern.compile("(\\d{1,2})([./-]) ?(\\d{1,2})([./-]) ?(\\d{4}|\\d{2})");
    // The month-name and copyright patterns are matched against lower-cased text (lowerCase), so they
    // need no (?i): RE2/J's case folding per character was most of the family's time. A month-name
    // pattern's month group is group MONTH_GROUP_*.
    private static final Pattern NAME_DMY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er|\\.)?(?:\\s*[-/]\\s*|\\s*)(?:(?:de|of)\\s+)?"
            + MON + "\\.?(?:,?\\s+|\\s*[-/]\\s*)(?:(?:de|del)\\s+)?(\\d{4})(?:\\s*(?:г\\.|года|г\\b))?");
    private static final Pattern NAME_MDY = Pattern.compile(MON + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})");
    private static final Pattern NAME_YMD = Pattern.compile("(\\d{4})(?:\\s+|\\s*-\\s*)" + MON + "\\.?(?:\\s+|\\s*-\\s*)(\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MON + "\\.?,?\\s+(\\d{4})");
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|&copy;|copyright)\\s*(?:(\\d{4})\\s*[-–]\\s*)?(\\d{4})");

    // The context patterns below (weekday, cues, captions, traps) are also matched on lower-cased
    // text; BYLINE_BEFORE and TIME_AFTER need the case and see the text as it is.
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?:^|[^\\p{L}])" + WD + "\\.?,?\\s*(?:(?:den|le|el|the)\\s+)?$");
    private static final String TZ = "(?:UTC|GMT)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:\\d{2}|AKST|AKDT|AEST|AEDT|ACST|AWST|NZST|NZDT"
            + "|CEST|MESZ|EEST|WEST|[ECMP][SD]T|BST|IST|CET|MEZ|EET|WET|MSK|JST|KST|HKT|SGT|ET|PT";
    private static final Pattern TIME_AFTER = Pattern.compile("^(?:\\s*(?:,|-|–|—|\\||/|·|•|(?i:at|um|à|a las|a la|в))?\\s*)"
            + "(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?|h(\\d{2}))(?:\\s*((?i:am|pm|a\\.m\\.|p\\.m\\.)))?(?:\\s*(?i:uhr))?(?:\\s*(" + TZ + ")\\b)?");

    private static final Pattern PUB_CUE = Pattern.compile("(?:^|[^\\p{L}])(?:" + DateLexicon.alternation(DateLexicon.PUBLISHED_CUES)
            + ")(?:[^\\p{L}\\d][^\\d]{0,50})?$");
    private static final Pattern UPD_CUE = Pattern.compile("(?:^|[^\\p{L}])(?:" + DateLexicon.alternation(DateLexicon.UPDATED_CUES)
            + ")(?:[^\\p{L}\\d][^\\d]{0,30})?$");
    /** Verb-final labels after the date: "wurde am 3. Mai 2020 veröffentlicht", "zuletzt am ... geändert". */
    private static final Pattern PUB_CUE_AFTER = Pattern.compile("^[^\\d]{0,30}(?:^|[^\\p{L}])(?:veröffentlicht|gepostet|publiziert|erstellt|erschienen|publié|publiée|publicado|publicada|опубликовано)(?:[^\\p{L}]|$)");
    private static final Pattern UPD_CUE_AFTER = Pattern.compile("^[^\\d]{0,30}(?:^|[^\\p{L}])(?:geändert|aktualisiert|bearbeitet|modifié|actualizado|actualizada|обновлено|изменено)(?:[^\\p{L}]|$)");
    /**
     * A sentence about the page itself at the start of a line ("Der Artikel ... wurde am 5.11.2021 in
     * der Kategorie ... veröffentlicht.", "This post was published on ..."): with a publishing verb
     * anywhere on the line, its first date is the publication date, however long the sentence.
     */
    private static final Pattern SELF_REF = Pattern.compile("^[^\\p{L}\\d]{0,3}(?:(?:der|dieser|die|diese|das|dieses)\\s+(?:artikel|beitrag|blogbeitrag|eintrag|text|post)"
            + "|(?:this|the)\\s+(?:article|post|blog post|entry|story)|(?:cet|l['’])\\s*(?:article|billet)|(?:este|el)\\s+(?:artículo|articulo|post)"
            + "|(?:esta|la)\\s+(?:entrada|nota)|(?:эта|данная)\\s+(?:статья|запись))(?:[^\\p{L}]|$)");
    private static final Pattern PUBLISH_VERB = Pattern.compile("(?:^|[^\\p{L}])(?:veröffentlicht|erschienen|publiziert|gepostet|eingestellt|published|posted"
            + "|publié|publiée|publicado|publicada|опубликована|опубликован|опубликовано)(?:[^\\p{L}]|$)");
    /**
     * "Originally", "ursprünglich", "zuerst", or another outlet ("in der Tageszeitung ...", "in the
     * print edition"): with a publishing verb, the line tells where a reprint first appeared.
     */
    private static final Pattern ORIGINALLY = Pattern.compile("(?:^|[^\\p{L}])(?:originally|ursprünglich|urspruenglich|zuerst|erstmals"
            + "|initialement|originalmente|первоначально|впервые"
            + "|(?:in|im|in der|in the|dans|dans le|dans la|en|en el|en la|в)\\s+(?:zeitung|wochenzeitung|tageszeitung|zeitschrift|printausgabe"
            + "|newspaper|magazine|print edition|journal|quotidien|hebdomadaire|revue|periódico|diario|revista|газете|журнале))(?:[^\\p{L}]|$)");
    /** A byline just before the date: "By Jane Doe -", "Von Max Muster,", "Par Jean Dupont |". */
    private static final Pattern BYLINE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?i:by|von|par|por|от)\\s+\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,3}\\s*[-–—|,·•:]?\\s*$");
    private static final Pattern CAPTION = Pattern.compile("(?:^|[^\\p{L}])(?:" + DateLexicon.alternation(DateLexicon.CAPTION_CUES)
            + ")(?:[^\\p{L}]|$)");
    /** Words that make the date after them a deadline, a validity or an event: "since", "until", "valid from", "ab", "bis", "Termin". */
    private static final Pattern NOT_PUB_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:since|until|till|from|valid|deadline|expires?|due|"
            + "closing date|event date|anlässlich|termin|einsendeschluss|anmeldeschluss|bewerbungsschluss|teilnahmeschluss|"
            + "seit|bis|ab|gültig|frist|depuis|jusqu'au|jusqu’au|jusqu'à|date limite|desde|hasta|plazo|fecha límite|до|с)"
            + "[^\\p{L}\\d]{0,4}(?:(?:dem|den|des|le|el|the|am)\\s+)?$");
    /** A version number that looks like a date: "version 2.10.2024", "v 1.2.2020". */
    private static final Pattern VERSION_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:version|versión|versão|ver|v)\\.?\\s*$");
    /** A copyright sign or word right before a full date: "© 19.12.2023 - 12:14 h by ..." dates the content as shown. */
    private static final Pattern COPYRIGHT_BEFORE = Pattern.compile("(?:©|\\(c\\)|&copy;|copyright)\\s*$");
    private static final Pattern EMBED_BEFORE = Pattern.compile("\\(@\\w{1,30}\\)\\s*$");
    /** A list item: a bullet and a space at the start of the line. */
    private static final Pattern BULLET = Pattern.compile("^\\s*[-–•·*]\\s");
    /**
     * "City, ", "By Jane Doe, " or "(" before a dateline that starts a paragraph, or a title line's
     * fields before a "|" ("Title | Section | Outlet | 20.06.2024").
     */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:\\s*|\\s*\\(\\s*|[^\\d.!?]{0,40}[,:|–—-]\\s*|[^\\d!?]{0,200}\\|\\s*)$");
    /**
     * What may follow a dateline that opens a paragraph: a separator and then the text, or a
     * capitalised word glued to it where a renderer dropped the break between a date badge and
     * the heading ("14.03.2024Neue Zahlen").
     */
    private static final Pattern DATELINE_TAIL = Pattern.compile("^(?:\\p{Lu}\\p{Ll}|\\s*(?:[-–—|:.•·/„\"“«(]|\\)|$))");
    /**
     * What may stand between two dates of a period ("21.10.2024 – 27.10.2024", "June 3, 2024 to June 9, 2024"):
     * a separator or a "to" word, optionally after the first date's time. Matched on the lower-cased gap.
     */
    private static final Pattern RANGE_GAP = Pattern.compile("^\\s*(?:,?\\s*\\d{1,2}[:.h]\\d{2}\\s*(?:uhr|h)?\\s*)?"
            + "(?:-|–|—|bis(?:\\s+(?:zum|einschließlich))?|to|until|till|through|au|jusqu'au|jusqu’au|al|hasta(?:\\s+el)?|до|по)\\s*$");
    /** The end of a period before a date whose first day has no year: "21.10. – ", "21. bis ", "du 3 au ". */
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:^|[^\\d])\\d{1,2}\\.(?:\\d{1,2}\\.)?\\s*(?:-|–|—|bis)\\s*$");
    private static final Pattern FRONT_KEY = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*['\"]?([^'\"]*)['\"]?\\s*$");

    /** Metadata and front-matter keys that carry the publication date, and those that carry an update. */
    static final Set<String> PUBLISHED_KEYS = Set.of("date", "published", "publishedat", "published_at", "publicationdate",
            "publication_date", "datepublished", "pubdate", "created", "created_at", "issued");
    static final Set<String> UPDATED_KEYS = Set.of("updated", "updatedat", "updated_at", "modified", "datemodified", "lastmod",
            "lastmodified", "last_modified");

    /** How ambiguous numeric dates (03/05/2022) are read. */
    public enum NumericOrder { AUTO, DMY, MDY }

    /**
     * Extraction settings: the date.missing rule's parameters {@code topLines} (non-empty lines
     * counted as the top of the document, default 12), {@code numericOrder} (auto, dmy, mdy) and
     * {@code fileNamePatterns} (RE2 regexes with named groups year, month, day, matched against the
     * path; default: a Y-M-D date with separators).
     */
    public record Options(int topLines, NumericOrder numericOrder, List<Pattern> fileNamePatterns, int referenceYear) {

        public static final String DEFAULT_FILE_NAME_PATTERN =
                "(?:^|[^0-9])(?P<year>(?:19|20)\\d\\d)[-_/.](?P<month>[01]?\\d)[-_/.](?P<day>[0-3]?\\d)(?:[^0-9]|$)";

        public static Options defaults() {
            return new Options(12, NumericOrder.AUTO, List.of(Pattern.compile(DEFAULT_FILE_NAME_PATTERN)), LocalDate.now().getYear());
        }

        /** Options from the date.missing rule's parameters (shared by every date rule). */
        public static Options from(RuleContext ctx) {
            RuleContext.Params p = ctx.params(MissingDateRule.INFO);
            NumericOrder order;
            String o = p.getString("numericOrder", "auto").trim().toUpperCase(Locale.ROOT);
            try {
                order = NumericOrder.valueOf(o);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("date.missing: numericOrder must be auto, dmy or mdy; got '" + o.toLowerCase(Locale.ROOT) + "'");
            }
            List<Pattern> pats = new ArrayList<>();
            if (COMPILED.size() > 1000) {
                COMPILED.clear(); // patterns come from configuration: a handful per run
            }
            for (String s : p.getStrings("fileNamePatterns", List.of(DEFAULT_FILE_NAME_PATTERN))) {
                pats.add(COMPILED.computeIfAbsent(s, Options::compileFileNamePattern));
            }
            return new Options(Math.max(1, p.getInt("topLines", 12)), order, List.copyOf(pats), ctx.referenceDate().getYear());
        }

        /** Compiled file-name patterns: every date rule asks for the options of every document. */
        private static final Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

        private static Pattern compileFileNamePattern(String s) {
            try {
                return Pattern.compile(s);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("date.missing: fileNamePatterns entry is not a valid RE2 regex: " + s);
            }
        }
    }

    /**
     * What was found: every mention (in document order; metadata and file name first), the chosen
     * publication date and update date (null when there is none), and how numeric dates were read.
     * The document's language and numeric order are only worked out when an ambiguous numeric date
     * (03/05/2022) needs them: otherwise {@code language} is "" and {@code numericOrder} the
     * configured one (AUTO by default).
     */
    public record Extraction(List<DateMention> mentions, DateMention publication, DateMention updated, String language,
            NumericOrder numericOrder, int lead) {

        /** Whether the mention sits in the document's header: metadata, or text above the first paragraph. */
        public boolean inHeader(DateMention m) {
            return m.line() == 0 || lead == 0 || m.line() <= lead + 1;
        }

        /** Full dates that are only mentioned in the text (LOW certainty). */
        public List<DateMention> inferred() {
            return mentions.stream().filter(m -> m.isFullDate() && m.certainty() == DateMention.Certainty.LOW).toList();
        }

        public List<DateMention> copyrightYears() {
            return mentions.stream().filter(m -> m.role() == DateMention.Role.COPYRIGHT).toList();
        }

        /** HIGH or MEDIUM full dates labelled or placed as the publication date. */
        public List<DateMention> publishedCandidates() {
            return mentions.stream().filter(m -> m.isFullDate() && m.role() == DateMention.Role.PUBLISHED
                    && m.certainty() != DateMention.Certainty.LOW).toList();
        }

        /** Partial dates (a month and year) in the header or a dateline. */
        public List<DateMention> partialHeaderDates() {
            return mentions.stream().filter(m -> !m.isFullDate() && m.role() != DateMention.Role.COPYRIGHT
                    && m.certainty() != DateMention.Certainty.LOW).toList();
        }
    }

    private final Options options;

    public DateExtractor(Options options) {
        this.options = options;
    }

    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    /** The extraction of {@code doc}, reused when the rules of one run ask for the same document in turn. */
    static Extraction cached(Document doc, RuleContext ctx) {
        Options o = Options.from(ctx);
        Object[] last = LAST.get();
        if (last != null && last[0] == doc && last[1].equals(o)) {
            return (Extraction) last[2];
        }
        Extraction e = new DateExtractor(o).extract(doc);
        LAST.set(new Object[] {doc, o, e});
        return e;
    }

    public Extraction extract(Document doc) {
        List<DateMention> out = new ArrayList<>();
        metadata(doc, out);
        fileName(doc, out);
        if (!doc.hasText()) {
            return finish(out, "", NumericOrder.AUTO, 0);
        }
        Order order = new Order(doc, options.numericOrder());
        int lines = Math.min(doc.lineCount(), MAX_LINES);
        int firstLine = frontMatter(doc, out);
        int lead = 0;
        for (int ln = firstLine; ln <= lines && lead == 0; ln++) {
            if (doc.lineEnd(ln) - doc.lineStart(ln) >= LEAD_CHARS) {
                lead = ln;
            }
        }
        int nonEmpty = 0;
        String text = doc.text();
        for (int ln = firstLine; ln <= lines; ln++) {
            int ls = doc.lineStart(ln);
            int le = doc.lineEnd(ln);
            if (isBlank(text, ls, le)) {
                continue;
            }
            nonEmpty++;
            le = Math.min(le, ls + MAX_LINE_CHARS);
            if (!hasDigit(text, ls, le)) {
                continue; // every date form has a digit
            }
            String line = text.substring(ls, le);
            // "top": the first lines, or the lines just above the first paragraph of running text
            boolean top = nonEmpty <= options.topLines() || (lead > 0 && ln >= lead - LEAD_WINDOW && ln <= lead + 1);
            scanLine(doc, ln, line, top, order, out);
            if (le - ls <= 8 && isYear(line.strip())) {
                splitBadge(doc, ln, Integer.parseInt(line.strip()), out);
            }
        }
        notThePage(doc, out);
        return finish(out, order.language, order.order, lead == 0 ? lines : lead);
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && isAsciiDigit(s.charAt(2)) && isAsciiDigit(s.charAt(3));
    }

    /** A day or month line of a split date badge is this short. */
    static final int BADGE_CHARS = 12;

    /**
     * A date badge the layout split over three lines, day and month name above the year ("28." /
     * "Januar" / "2022"): a dateline like the date on one line. Day first only: a month over a day
     * over a year is what calendar and archive widgets print (month, day and year columns of a date
     * picker), not a dateline.
     */
    private static void splitBadge(Document doc, int yearLine, int year, List<DateMention> out) {
        int[] ls = new int[2];
        int n = 0;
        for (int l = yearLine - 1; l >= 1 && n < 2; l--) {
            if (doc.lineEnd(l) - doc.lineStart(l) > BADGE_CHARS) {
                return;
            }
            if (!doc.line(l).isBlank()) {
                ls[n++] = l;
            }
        }
        if (n < 2) {
            return;
        }
        String a = doc.line(ls[1]).strip();
        String b = doc.line(ls[0]).strip();
        Integer day = badgeDay(a);
        Integer month = DateLexicon.month(b);
        if (day == null || month == null) {
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return;
        }
        out.add(new DateMention(date, year, month, null, null, null, "dateline", DateMention.Role.PUBLISHED, DateMention.Certainty.MEDIUM,
                ls[1], doc.lineStart(ls[1]), doc.lineEnd(yearLine), a + " " + b + " " + year));
    }

    /** "28", "28." or "28," as a day of a badge, else null. */
    private static Integer badgeDay(String s) {
        String d = s.endsWith(".") || s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
        if (d.isEmpty() || d.length() > 2 || !isAsciiDigit(d.charAt(0)) || !isAsciiDigit(d.charAt(d.length() - 1))) {
            return null;
        }
        int v = Integer.parseInt(d);
        return v >= 1 && v <= 31 ? v : null;
    }

    // ---------------------------------------------------------------- dates of other things on the page

    /** Dated lines at most this many lines apart belong to one list. */
    static final int LIST_GAP = 3;
    /** A list of dated entries: this many dated lines in a row, with as many different dates. */
    static final int LIST_MIN = 3;
    /** A line of at most this many characters with a date on it is an entry of a list when it sits among others. */
    static final int LIST_LINE_CHARS = 100;
    /** Non-empty lines looked at around a dateline for a comment's signature or reply button. */
    static final int COMMENT_ABOVE = 2;
    static final int COMMENT_BELOW = 3;
    /** Non-empty lines looked at above a dateline for a section heading. */
    static final int HEADING_ABOVE = 2;
    /** A section heading is a short line of a few words. */
    static final int HEADING_CHARS = 60;
    static final int HEADING_WORDS = 5;

    /**
     * Takes back the publication role from header-like dates that date something else on the page:
     * entries of a list of dated items (archives, related articles, schedules: several dated lines in
     * a row, each with a different date), comments (a dateline next to "Jane says:" or a "Reply"
     * button) and teasers under a related-content heading ("Related posts", "Das Neueste"). Such a
     * date is kept as a low-certainty mention. Only the lines around the few candidates are read.
     */
    private static void notThePage(Document doc, List<DateMention> out) {
        List<Integer> cands = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            DateMention m = out.get(i);
            if (m.line() > 0 && m.isFullDate() && m.certainty() != DateMention.Certainty.LOW && !m.source().equals("front-matter")) {
                cands.add(i);
            }
        }
        if (cands.isEmpty()) {
            return;
        }
        // a label on its own line just above a dateline ("Veröffentlicht am" / "20.06.2024"): renderers
        // put each element of a header on a line of its own
        for (int i : cands) {
            DateMention m = out.get(i);
            if (m.certainty() == DateMention.Certainty.MEDIUM && m.source().equals("dateline")) {
                DateMention.Role role = labelAbove(doc, m.line());
                if (role != null) {
                    out.set(i, new DateMention(m.date(), m.year(), m.month(), m.time(), m.zone(), m.weekday(), "header", role,
                            DateMention.Certainty.HIGH, m.line(), m.startOffset(), m.endOffset(), m.text()));
                }
            }
        }
        Titles titles = new Titles(doc, out);
        // lists: runs of short dated lines (a candidate, or any short line with a full date)
        List<Integer> entries = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            DateMention m = out.get(i);
            if (m.line() > 0 && m.isFullDate() && !m.source().equals("front-matter")
                    && (m.certainty() != DateMention.Certainty.LOW || doc.lineEnd(m.line()) - doc.lineStart(m.line()) <= LIST_LINE_CHARS)) {
                entries.add(i);
            }
        }
        int from = 0;
        for (int k = 1; k <= entries.size(); k++) {
            if (k == entries.size() || out.get(entries.get(k)).line() - out.get(entries.get(k - 1)).line() > LIST_GAP) {
                List<Integer> run = entries.subList(from, k);
                java.util.Set<Integer> lines = new java.util.HashSet<>();
                java.util.Set<String> dates = new java.util.HashSet<>();
                for (int i : run) {
                    lines.add(out.get(i).line());
                    dates.add(out.get(i).precise());
                }
                long labelled = run.stream().filter(i -> out.get(i).certainty() == DateMention.Certainty.HIGH).count();
                if (lines.size() >= LIST_MIN && dates.size() >= LIST_MIN) {
                    int first = out.get(run.get(0)).line();
                    for (int i : run) {
                        DateMention m = out.get(i);
                        // a labelled date ("Published: ...") heads the list below it unless the entries are labelled too
                        boolean keep = m.certainty() == DateMention.Certainty.LOW
                                || (m.certainty() == DateMention.Certainty.HIGH && labelled < LIST_MIN) || isOwnEntry(doc, titles, m, first);
                        if (!keep) {
                            out.set(i, demoted(m, "list"));
                        }
                    }
                }
                from = k;
            }
        }
        // comments and teasers: look at the lines around each remaining unlabelled dateline
        for (int i : cands) {
            DateMention m = out.get(i);
            if (m.certainty() != DateMention.Certainty.MEDIUM) {
                continue;
            }
            if (nearComment(doc, m.line())) {
                out.set(i, demoted(m, "comment"));
            } else if (underHeading(doc, m.line()) && !isOwnEntry(doc, titles, m, m.line())) {
                out.set(i, demoted(m, "teaser"));
            }
        }
    }

    /** A teaser title is at least this long to be recognised as the page's own title. */
    static final int TITLE_MIN_CHARS = 15;
    /** A teaser's text (a title or the standfirst it repeats) is compared up to this length. */
    static final int TITLE_MAX_CHARS = 500;

    /**
     * Whether the list entry or teaser of {@code m} is the page itself: its title or standfirst (the
     * rest of the date's line, or the line just above) is a line of its own higher up in the document, where the
     * page's headline is, at least {@link #LEAD_WINDOW} lines above the list. A page often lists itself
     * among the latest posts, the only place where its date is shown. Reads the lines above
     * {@code before} only when there is such a title.
     */
    private static boolean isOwnEntry(Document doc, Titles titles, DateMention m, int before) {
        String line = doc.line(m.line());
        int s = m.startOffset() - doc.lineStart(m.line());
        int e = m.endOffset() - doc.lineStart(m.line());
        String title = trimTitle(line.substring(0, Math.max(0, s)) + " " + line.substring(Math.min(line.length(), Math.max(e, 0))));
        int titleLine = m.line();
        if (title.length() < TITLE_MIN_CHARS) {
            title = null;
            for (int l = m.line() - 1; l >= 1 && title == null; l--) {
                String t = doc.line(l);
                if (!t.isBlank()) {
                    title = trimTitle(t);
                    titleLine = l;
                }
            }
        }
        if (title == null || title.length() < TITLE_MIN_CHARS || title.length() > TITLE_MAX_CHARS) {
            return false;
        }
        // the headline stands apart from the list: titles repeated inside one navigation block
        // ("Previous: A" just above a list that has A in it) are not the page's own
        Integer at = titles.first(title);
        return at != null && at <= Math.min(before, titleLine) - LEAD_WINDOW;
    }

    /**
     * The first line of each short line's text (stripped), built once per document when a list or
     * teaser asks. Lines next to a dated line are left out: a title there is an entry of another
     * list (a news ticker), not the page's headline.
     */
    private static final class Titles {
        private final Document doc;
        private final java.util.Set<Integer> dated;
        private Map<String, Integer> first;

        Titles(Document doc, List<DateMention> mentions) {
            this.doc = doc;
            this.dated = new java.util.HashSet<>();
            for (DateMention m : mentions) {
                if (m.line() > 0 && m.isFullDate()) {
                    dated.add(m.line());
                }
            }
        }

        Integer first(String title) {
            if (first == null) {
                first = new HashMap<>();
                int lines = Math.min(doc.lineCount(), MAX_LINES);
                for (int l = 1; l <= lines; l++) {
                    int len = doc.lineEnd(l) - doc.lineStart(l);
                    if (len >= TITLE_MIN_CHARS && len <= TITLE_MAX_CHARS + 16 && !dated.contains(l - 1) && !dated.contains(l + 1)) {
                        first.putIfAbsent(doc.line(l).strip(), l);
                    }
                }
            }
            return first.get(title);
        }
    }

    /** The text without surrounding spaces and separators. */
    private static String trimTitle(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || "-–—|·•:,/".indexOf(s.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || "-–—|·•:,/".indexOf(s.charAt(b - 1)) >= 0)) {
            b--;
        }
        return s.substring(a, b);
    }

    /** The role a short label line right above gives a dateline ("Published:", "Zuletzt aktualisiert am"), or null. */
    private static DateMention.Role labelAbove(Document doc, int ln) {
        for (int l = ln - 1; l >= 1; l--) {
            String s = doc.line(l);
            if (s.isBlank()) {
                continue;
            }
            if (s.length() > HEADING_CHARS || hasDigit(s, 0, s.length())) {
                return null;
            }
            String lw = lowerCase(s.strip());
            int pub = lastMatchStart(PUB_CUE, lw);
            int upd = lastMatchStart(UPD_CUE, lw);
            return pub < 0 && upd < 0 ? null : upd > pub ? DateMention.Role.UPDATED : DateMention.Role.PUBLISHED;
        }
        return null;
    }

    private static DateMention demoted(DateMention m, String source) {
        return new DateMention(m.date(), m.year(), m.month(), m.time(), m.zone(), m.weekday(), source, DateMention.Role.MENTION,
                DateMention.Certainty.LOW, m.line(), m.startOffset(), m.endOffset(), m.text());
    }

    /** A comment's signature ("Jane says:") on the line or just above or below it, or a reply button just below. */
    private static boolean nearComment(Document doc, int ln) {
        if (signsComment(doc.line(ln))) {
            return true;
        }
        int seen = 0;
        for (int l = ln - 1; l >= 1 && seen < COMMENT_ABOVE; l--) {
            String s = doc.line(l);
            if (!s.isBlank()) {
                seen++;
                if (signsComment(s)) {
                    return true;
                }
            }
        }
        seen = 0;
        for (int l = ln + 1; l <= doc.lineCount() && seen < COMMENT_BELOW; l++) {
            String s = doc.line(l);
            if (!s.isBlank()) {
                seen++;
                String w = words(s, HEADING_CHARS);
                if (signsComment(s) || (w != null && DateLexicon.REPLY_WORDS.contains(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Jane Doe says:", "Max sagt:", "Marie dit :": a short line ending in a comment verb and a colon. */
    static boolean signsComment(String line) {
        String s = line.strip();
        if (s.length() > 80 || !s.endsWith(":")) {
            return false;
        }
        String w = words(s.substring(0, s.length() - 1), 80);
        int sp = w.lastIndexOf(' ');
        return DateLexicon.COMMENT_VERBS.contains(sp < 0 ? w : w.substring(sp + 1));
    }

    /** A related-content heading, or one of what comes next or came before, among the few non-empty lines above. */
    private static boolean underHeading(Document doc, int ln) {
        int seen = 0;
        for (int l = ln - 1; l >= 1 && seen < HEADING_ABOVE; l--) {
            String s = doc.line(l);
            if (s.isBlank()) {
                continue;
            }
            seen++;
            String w = words(s, HEADING_CHARS);
            if (w == null || w.isEmpty()) {
                continue;
            }
            String[] ws = w.split(" ");
            if (ws.length <= HEADING_WORDS && (hasPhrase(w, DateLexicon.RELATED_CUES) || (ws.length >= 2 && DateLexicon.NEXT_WORDS.contains(ws[0])))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a short line, lower-cased and joined by single spaces; null when the line is longer than {@code max}. */
    static String words(String line, int max) {
        String s = line.strip();
        if (s.length() > max) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) || ((c == '-' || c == '\'' || c == '’') && !gap && b.length() > 0)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    private static boolean hasPhrase(String words, List<String> phrases) {
        String w = " " + words + " ";
        for (String p : phrases) {
            if (w.contains(" " + p + " ")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- sources outside the text

    private void metadata(Document doc, List<DateMention> out) {
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(doc.metadata()).entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            DateMention.Role role = PUBLISHED_KEYS.contains(key) ? DateMention.Role.PUBLISHED
                    : UPDATED_KEYS.contains(key) ? DateMention.Role.UPDATED : null;
            if (role != null) {
                DateMention m = parseValue(e.getValue(), "metadata", role, 0);
                if (m != null) {
                    out.add(m);
                }
            }
        }
    }

    private void fileName(Document doc, List<DateMention> out) {
        for (Pattern p : options.fileNamePatterns()) {
            Matcher m = p.matcher(doc.path());
            if (m.find()) {
                try {
                    int y = Integer.parseInt(m.group("year"));
                    int mo = Integer.parseInt(m.group("month"));
                    int d = Integer.parseInt(m.group("day"));
                    out.add(new DateMention(LocalDate.of(y, mo, d), y, mo, null, null, null, "filename", DateMention.Role.PUBLISHED,
                            DateMention.Certainty.MEDIUM, 0, 0, 0, doc.path()));
                    return;
                } catch (IllegalArgumentException | DateTimeException e) {
                    // no such group, or not a date: try the next pattern
                }
            }
        }
    }

    /** YAML front matter between "---" lines at the very top; returns the first line after it. */
    private int frontMatter(Document doc, List<DateMention> out) {
        if (doc.lineCount() < 3 || !doc.line(1).strip().equals("---")) {
            return 1;
        }
        int end = Math.min(doc.lineCount(), 100);
        for (int ln = 2; ln <= end; ln++) {
            String line = doc.line(ln);
            if (line.strip().equals("---") || line.strip().equals("...")) {
                return ln + 1;
            }
            Matcher m = FRONT_KEY.matcher(line);
            if (m.matches()) {
                String key = m.group(1).toLowerCase(Locale.ROOT);
                DateMention.Role role = PUBLISHED_KEYS.contains(key) ? DateMention.Role.PUBLISHED
                        : UPDATED_KEYS.contains(key) ? DateMention.Role.UPDATED : null;
                if (role != null) {
                    DateMention d = parseValue(m.group(2), "front-matter", role, ln);
                    if (d != null) {
                        int s = doc.lineStart(ln);
                        out.add(new DateMention(d.date(), d.year(), d.month(), d.time(), d.zone(), d.weekday(), d.source(), role,
                                DateMention.Certainty.HIGH, ln, s, s + line.length(), line.strip()));
                    }
                }
            }
        }
        return 1; // no closing line: not front matter
    }

    /** A metadata value: ISO date or date-time first, else any form the text scanner knows. */
    private DateMention parseValue(String raw, String source, DateMention.Role role, int line) {
        String v = raw.strip();
        if (v.isEmpty() || v.length() > 200) {
            return null;
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(v);
            return new DateMention(t.toLocalDate(), t.getYear(), t.getMonthValue(), t.toLocalTime(), t.getOffset().getId(), null,
                    source, role, DateMention.Certainty.HIGH, line, 0, 0, v);
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            ZonedDateTime t = ZonedDateTime.parse(v);
            return new DateMention(t.toLocalDate(), t.getYear(), t.getMonthValue(), t.toLocalTime(), t.getZone().getId(), null,
                    source, role, DateMention.Certainty.HIGH, line, 0, 0, v);
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            LocalDateTime t = LocalDateTime.parse(v);
            return new DateMention(t.toLocalDate(), t.getYear(), t.getMonthValue(), t.toLocalTime(), null, null,
                    source, role, DateMention.Certainty.HIGH, line, 0, 0, v);
        } catch (DateTimeParseException e) {
            // next form
        }
        List<DateMention> found = new ArrayList<>();
        scanLine(null, 0, v, true, new Order(null, NumericOrder.AUTO), found);
        for (DateMention m : found) {
            if (m.role() != DateMention.Role.COPYRIGHT) {
                return new DateMention(m.date(), m.year(), m.month(), m.time(), m.zone(), m.weekday(), source, role,
                        DateMention.Certainty.HIGH, line, 0, 0, v);
            }
        }
        return null;
    }

    /**
     * The order of ambiguous numeric dates: the configured one, else worked out from the document
     * the first time an ambiguous date asks for it (most documents have none, and the language
     * guess reads up to 20,000 characters).
     */
    private static final class Order {
        private final Document doc;
        NumericOrder order;
        String language = "";

        Order(Document doc, NumericOrder configured) {
            this.doc = doc;
            this.order = configured;
        }

        NumericOrder get() {
            if (order == NumericOrder.AUTO && doc != null) {
                language = language(doc.text());
                order = numericOrder(doc, language);
            }
            return order;
        }
    }

    // ---------------------------------------------------------------- the text

    /** A raw match before classification. */
    private record Raw(int start, int end, int y, Integer m, Integer d, LocalTime time, String zone, boolean twoDigitYear,
            boolean copyright) {
    }

    /**
     * Every match of a month-name pattern whose word group is a month name. A match with another
     * word ("in 2021") is dropped and the search goes on after that word, so a date right after it
     * is still found.
     */
    /**
     * Dates with a month name found by {@code p} in the window {@code lw} (lower-cased, starting at
     * {@code from} of {@code line}): the month word, year and day are groups {@code monthGroup},
     * {@code yearGroup} and {@code dayGroup} (0: no day, a month and year only).
     */
    private static void addNamed(Pattern p, String line, int from, String lw, int monthGroup, int yearGroup, int dayGroup, List<Raw> raws) {
        findNamed(p, lw, monthGroup, (nm, month) -> {
            if (nameBoundary(line, from + nm.start(), from + nm.end())) {
                raws.add(new Raw(from + nm.start(), from + nm.end(), Integer.parseInt(nm.group(yearGroup)), month,
                        dayGroup == 0 ? null : Integer.parseInt(nm.group(dayGroup)), null, null, false, false));
            }
        });
    }

    private static void findNamed(Pattern p, String lw, int wordGroup, java.util.function.BiConsumer<Matcher, Integer> found) {
        Matcher m = p.matcher(lw);
        int pos = 0;
        while (pos < lw.length() && m.find(pos)) {
            Integer month = DateLexicon.MONTHS.get(m.group(wordGroup));
            if (month == null) {
                pos = m.end(wordGroup);
                continue;
            }
            found.accept(m, month);
            pos = Math.max(m.end(), m.start() + 1);
        }
    }

    /**
     * Whether the window has the shape of a numeric date: digits, a '.', '/' or '-' separator
     * (optionally followed by a space), one or two digits, a separator again and a digit. YMD and
     * NUM cannot match without it; amounts ("£4.2m") and ranges ("2024-25") stop here.
     */
    private static boolean hasNumericShape(String w) {
        int n = w.length();
        for (int i = 0; i + 4 < n; i++) {
            if (!isAsciiDigit(w.charAt(i)) || !isSeparator(w.charAt(i + 1))) {
                continue;
            }
            int j = i + 2;
            if (j < n && w.charAt(j) == ' ') {
                j++;
            }
            int d = 0;
            while (j < n && d < 2 && isAsciiDigit(w.charAt(j))) {
                j++;
                d++;
            }
            if (d == 0 || j >= n || !isSeparator(w.charAt(j))) {
                continue;
            }
            j++;
            if (j < n && w.charAt(j) == ' ') {
                j++;
            }
            if (j < n && isAsciiDigit(w.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '/' || c == '-';
    }

    /** A line of code or data (JSON, key = value, markup): a date there is a value, not a dateline. */
    static boolean isCodeLine(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '{' || c == '}' || c == '=' || c == ';') {
                return true;
            }
            if (c == '"') {
                int j = i + 1;
                while (j < n && Character.isWhitespace(line.charAt(j))) {
                    j++;
                }
                if (j < n && line.charAt(j) == ':') {
                    return true;
                }
            } else if (c == '<') {
                int j = i + 1;
                if (j < n && line.charAt(j) == '/') {
                    j++;
                }
                int k = j;
                while (k < n && line.charAt(k) >= 'a' && line.charAt(k) <= 'z') {
                    k++;
                }
                if (k > j && k < n && line.charAt(k) == '>') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a word of the lower-cased window is a month name, or one glued to an ordinal suffix
     * ("1stjune"): the month-name patterns cannot match without one, and they are the costly ones.
     */
    private static boolean hasMonthName(String lw) {
        int i = 0;
        int n = lw.length();
        while (i < n) {
            if (!Character.isLetter(lw.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(lw.charAt(i))) {
                i++;
            }
            int len = i - start;
            if (len >= 3 && len <= DateLexicon.LONGEST_MONTH + 2) {
                if (DateLexicon.MONTHS.containsKey(lw.substring(start, i))
                        || (len > 4 && DateLexicon.MONTHS.containsKey(lw.substring(start + 2, i)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Non-space characters allowed between two digits of one date ("31st of September, 2024"). */
    static final int WINDOW_GAP = 24;
    /** Non-space characters a date may start before its first digit (a month name, "copyright"). */
    static final int WINDOW_BEFORE = 16;
    /** Non-space characters a date may end after its last digit ("года", "Z"). */
    static final int WINDOW_AFTER = 8;
    /** Whitespace a window spans at most in one run, before, between or after its digits. */
    static final int WINDOW_SPACE = 200;

    /**
     * The stretches of {@code s[from, to)} where a date can be: every date form has digits, and
     * none reaches further than {@link #WINDOW_BEFORE} / {@link #WINDOW_AFTER} non-space characters
     * beyond its outermost digits or has more than {@link #WINDOW_GAP} between two of them. Each
     * window is widened to whole words so that boundaries and month names look as they do in the
     * line. Returns {@code [n, start1, end1, start2, end2, ...]} with {@code n} the index after the
     * last pair; lines without a digit (most prose) cost one pass over their characters.
     */
    static int[] digitWindows(CharSequence s, int from, int to) {
        int[] w = new int[9];
        int n = 1;
        int i = from;
        while (i < to) {
            while (i < to && !isAsciiDigit(s.charAt(i))) {
                i++;
            }
            if (i >= to) {
                break;
            }
            int first = i;
            int last = i;
            int cost = 0;
            int space = 0;
            for (int j = i + 1; j < to; j++) {
                char c = s.charAt(j);
                if (isAsciiDigit(c)) {
                    last = j;
                    cost = 0;
                    space = 0;
                } else if (Character.isWhitespace(c)) {
                    if (++space > WINDOW_SPACE) {
                        break;
                    }
                } else {
                    space = 0;
                    if (++cost > WINDOW_GAP) {
                        break;
                    }
                }
            }
            int start = reach(s, first, from, -1, WINDOW_BEFORE);
            int end = reach(s, last + 1, to, 1, WINDOW_AFTER);
            if (n > 1 && start <= w[n - 1]) {
                w[n - 1] = Math.max(w[n - 1], end);
            } else {
                if (n + 2 > w.length) {
                    w = java.util.Arrays.copyOf(w, w.length * 2);
                }
                w[n++] = start;
                w[n++] = end;
            }
            i = Math.max(last + 1, end);
        }
        w[0] = n;
        return w;
    }

    /** From {@code pos}, {@code budget} non-space characters towards {@code limit}, then on to the end of the word. */
    private static int reach(CharSequence s, int pos, int limit, int dir, int budget) {
        int p = pos;
        int cost = 0;
        int space = 0;
        if (dir < 0) {
            while (p > limit && cost < budget) {
                char c = s.charAt(p - 1);
                if (Character.isWhitespace(c)) {
                    if (++space > WINDOW_SPACE) {
                        break;
                    }
                } else {
                    space = 0;
                    cost++;
                }
                p--;
            }
            while (p > limit && Character.isLetter(s.charAt(p - 1)) && pos - p < 4 * WINDOW_BEFORE) {
                p--;
            }
        } else {
            while (p < limit && cost < budget) {
                char c = s.charAt(p);
                if (Character.isWhitespace(c)) {
                    if (++space > WINDOW_SPACE) {
                        break;
                    }
                } else {
                    space = 0;
                    cost++;
                }
                p++;
            }
            while (p < limit && Character.isLetter(s.charAt(p)) && p - pos < 4 * WINDOW_AFTER) {
                p++;
            }
        }
        return p;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s[from, to)} has an ASCII digit: without one there is no date to find. */
    static boolean hasDigit(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isAsciiDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, one char for one char, so that offsets stay those of the original. */
    static String lowerCase(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char lo = Character.toLowerCase(ch);
            if (lo != ch) {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = lo;
            }
        }
        return c == null ? s : new String(c);
    }

    /**
     * The raw dates in {@code line[from, to)}, a window around digits (see {@link #digitWindows}):
     * numeric forms on the text as is, month names and copyright on its lower-cased copy.
     */
    private void matchWindow(String line, int from, int to, Order order, List<Raw> raws) {
        String w = line.substring(from, to);
        boolean numeric = hasNumericShape(w);
        Matcher m = numeric ? YMD.matcher(w) : null;
        while (numeric && m.find()) {
            if (!m.group(2).equals(m.group(4)) || !numericBoundary(line, from + m.start(), from + m.end())) {
                continue;
            }
            LocalTime t = null;
            if (m.group(6) != null) {
                t = time(m.group(6), m.group(7), m.group(8), null);
            }
            raws.add(new Raw(from + m.start(), from + m.end(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(5)), t, m.group(9), false, false));
        }
        m = numeric ? NUM.matcher(w) : null;
        while (numeric && m.find()) {
            if (m.group(2).equals(".") && m.group(4).equals(".") && m.group(5).length() == 4) {
                Raw glued = gluedTime(line, from + m.start(), from + m.end(), m.group(1), m.group(3), m.group(5));
                if (glued != null) {
                    raws.add(glued);
                    continue;
                }
            }
            if (!m.group(2).equals(m.group(4)) || !numericBoundary(line, from + m.start(), from + m.end())) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean two = m.group(5).length() == 2;
            if (two && m.group(2).equals("-")) {
                continue; // 2-digit years: D.M.YY and D/M/YY (M/D/YY) datelines only, see classify
            }
            int y = Integer.parseInt(m.group(5));
            if (two) {
                y += y <= options.referenceYear() % 100 + 1 ? 2000 : 1900;
            }
            boolean monthFirst;
            if (m.group(2).equals(".")) {
                monthFirst = a <= 12 && b > 12; // day first, unless only month first is a date ("03.14.2024")
            } else if (a > 12) {
                monthFirst = false;
            } else if (b > 12) {
                monthFirst = true;
            } else {
                monthFirst = order.get() == NumericOrder.MDY;
            }
            raws.add(new Raw(from + m.start(), from + m.end(), y, monthFirst ? a : b, monthFirst ? b : a, null, null, two, false));
        }
        String lw = lowerCase(w);
        boolean named = hasMonthName(lw);
        if (named) {
            addNamed(NAME_DMY, line, from, lw, 2, 3, 1, raws);
            addNamed(NAME_MDY, line, from, lw, 1, 3, 2, raws);
            addNamed(NAME_YMD, line, from, lw, 2, 1, 3, raws);
            addNamed(MONTH_YEAR, line, from, lw, 1, 2, 0, raws);
        }
        boolean copyright = lw.indexOf('©') >= 0 || lw.contains("(c)") || lw.contains("&copy;") || lw.contains("copyright");
        m = copyright ? COPYRIGHT.matcher(lw) : null;
        while (copyright && m.find()) {
            if (from + m.end() >= line.length() || !Character.isDigit(line.charAt(from + m.end()))) {
                raws.add(new Raw(from + m.start(), from + m.end(), Integer.parseInt(m.group(2)), null, null, null, null, false, true));
            }
        }
    }

    /**
     * A D.M.YY date glued to a time by a renderer ("28.09.1912:44", a forum post's "28.09.19" and
     * "12:44"): four digits after the month that are followed by ":" and two digits are a two-digit
     * year and an hour. Two-digit years count only in datelines (see classify). Null when it is not that.
     */
    private Raw gluedTime(String line, int start, int end, String d, String mo, String y4) {
        if (end + 3 > line.length() || line.charAt(end) != ':' || !Character.isDigit(line.charAt(end + 1))
                || !Character.isDigit(line.charAt(end + 2)) || (end + 3 < line.length() && Character.isDigit(line.charAt(end + 3)))
                || !numericBoundary(line, start, end + 3)) {
            return null;
        }
        int hour = Integer.parseInt(y4.substring(2));
        int minute = Integer.parseInt(line.substring(end + 1, end + 3));
        if (hour > 23 || minute > 59) {
            return null;
        }
        int y = Integer.parseInt(y4.substring(0, 2));
        y += y <= options.referenceYear() % 100 + 1 ? 2000 : 1900;
        return new Raw(start, end + 3, y, Integer.parseInt(mo), Integer.parseInt(d), LocalTime.of(hour, minute), null, true, false);
    }

    private void scanLine(Document doc, int ln, String line, boolean top, Order order, List<DateMention> out) {
        List<Raw> raws = new ArrayList<>();
        int[] win = digitWindows(line, 0, line.length());
        for (int i = 1; i < win[0]; i += 2) {
            matchWindow(line, win[i], win[i + 1], order, raws);
        }
        if (raws.isEmpty()) {
            return;
        }
        // Overlaps: the earliest start wins, then the most complete (full date > month > year), then the longest.
        raws.sort(Comparator.comparingInt(Raw::start).thenComparing(r -> r.copyright() ? 0 : r.d() != null ? 2 : 1, Comparator.reverseOrder())
                .thenComparing(r -> r.end() - r.start(), Comparator.reverseOrder()));
        List<Raw> kept = new ArrayList<>();
        for (Raw r : raws) {
            Raw clash = null;
            for (Raw k : kept) {
                if (r.start() < k.end() && k.start() < r.end()) {
                    clash = k;
                    break;
                }
            }
            if (clash == null) {
                kept.add(r);
            } else if (r.d() != null && clash.d() == null && !clash.copyright()) {
                kept.remove(clash); // "Juni 2024" inside "20. Juni 2024" found from another start
                kept.add(r);
            }
        }
        kept.sort(Comparator.comparingInt(Raw::start));
        int base = doc == null ? 0 : doc.lineStart(ln);
        String lline = lowerCase(line);
        LineFacts facts = new LineFacts(lline, firstFullDate(kept));
        for (int i = 0; i < kept.size(); i++) {
            Raw r = kept.get(i);
            DateMention d = classify(line, lline, facts, ln, base, top, r, i, kept);
            if (d != null) {
                out.add(d);
            }
        }
    }

    /** A raw date with its role, source and certainty; {@code lline} is {@code line} lower-cased. */
    /** What a line says about all its dates, worked out once per line and only when a date asks. */
    private static final class LineFacts {
        private final String lline;
        /** The line's first full date. */
        final Raw firstFull;
        private int publishVerb = -1;
        private int originally = -1;

        LineFacts(String lline, Raw firstFull) {
            this.lline = lline;
            this.firstFull = firstFull;
        }

        /** A publishing verb anywhere on the line ("veröffentlicht", "published", "publié"). */
        boolean publishVerb() {
            if (publishVerb < 0) {
                publishVerb = PUBLISH_VERB.matcher(lline).find() ? 1 : 0;
            }
            return publishVerb == 1;
        }

        /** "Originally", "ursprünglich", "zuerst" anywhere on the line. */
        boolean originally() {
            if (originally < 0) {
                originally = ORIGINALLY.matcher(lline).find() ? 1 : 0;
            }
            return originally == 1;
        }
    }

    private DateMention classify(String line, String lline, LineFacts facts, int ln, int base, boolean top, Raw r, int index, List<Raw> all) {
        if (r.y() < 1000 || r.y() > 2999) {
            return null;
        }
        LocalDate date = null;
        if (r.d() != null) {
            try {
                date = LocalDate.of(r.y(), r.m(), r.d());
            } catch (DateTimeException e) {
                return null; // 2024-02-31, 45/12/2020: not a date
            }
        } else if (r.m() != null && (r.m() < 1 || r.m() > 12)) {
            return null;
        }
        String text = line.substring(r.start(), r.end());
        if (r.copyright()) {
            return new DateMention(null, r.y(), null, null, null, null, "copyright", DateMention.Role.COPYRIGHT,
                    DateMention.Certainty.LOW, ln, base + r.start(), base + r.end(), text);
        }
        // weekday before, time and zone after
        int start = r.start();
        int end = r.end();
        DayOfWeek weekday = null;
        String before = lline.substring(Math.max(0, start - 40), start);
        Matcher wm = WEEKDAY_BEFORE.matcher(before);
        if (wm.find()) {
            weekday = DateLexicon.weekday(wm.group(1));
            start = start - (before.length() - wm.start(1));
        }
        LocalTime time = r.time();
        String zone = r.zone();
        if (time == null && date != null) {
            String after = line.substring(end, Math.min(line.length(), end + 48));
            Matcher tm = TIME_AFTER.matcher(after);
            if (tm.find()) {
                time = time(tm.group(1), tm.group(2) != null ? tm.group(2) : tm.group(4), tm.group(3), tm.group(5));
                if (time != null) {
                    zone = tm.group(6);
                    end += tm.end();
                }
            }
        } else if (zone != null && zone.equals("Z")) {
            zone = "UTC";
        }
        text = line.substring(start, end).strip();
        String prefix = line.substring(Math.max(0, start - 60), start);
        String lprefix = lline.substring(Math.max(0, start - 60), start);
        if (weekday == null && VERSION_BEFORE.matcher(lprefix).find()) {
            return null;
        }
        // role and source
        DateMention.Role role = DateMention.Role.MENTION;
        DateMention.Certainty certainty = DateMention.Certainty.LOW;
        String source = "body";
        int pubCue = lastMatchStart(PUB_CUE, lprefix);
        int updCue = lastMatchStart(UPD_CUE, lprefix);
        String suffix = lline.substring(end, Math.min(line.length(), end + 50));
        boolean cueAfter = date != null && pubCue < 0 && updCue < 0
                && (UPD_CUE_AFTER.matcher(suffix).find() || PUB_CUE_AFTER.matcher(suffix).find());
        // a cue inside a sentence of running text labels something the text talks about, not the page
        boolean cueInProse = (pubCue >= 0 || updCue >= 0 || cueAfter) && line.length() >= LEAD_CHARS
                && proseBefore(line, cueAfter ? start : Math.max(0, start - 60) + Math.max(pubCue, updCue));
        boolean selfRef = date != null && facts.firstFull == r && SELF_REF.matcher(lline).find() && facts.publishVerb();
        if (date != null && (pubCue >= 0 || facts.publishVerb()) && facts.originally()) {
            source = "original"; // "Zuerst erschienen in der Tageszeitung Küstenbote, 4. Juni 2024": a reprint, not this page's date
        } else if (selfRef) {
            role = DateMention.Role.PUBLISHED; // "Der Artikel ... wurde am 5.11.2021 ... veröffentlicht."
            certainty = DateMention.Certainty.HIGH;
            source = "header";
        } else if (date != null && isRange(lline, r, index, all)) {
            source = "period"; // "Angebot gültig 3.6.2024 – 9.6.2024", "June 3 to June 9, 2024": an event or an offer
        } else if (cueInProse) {
            source = "body"; // "... the figures (as of: 1 May 2024) show", "the court, in a letter dated 3 May 2024, asked": a mention
        } else if (pubCue >= 0 || updCue >= 0) {
            role = updCue > pubCue ? DateMention.Role.UPDATED : DateMention.Role.PUBLISHED;
            certainty = DateMention.Certainty.HIGH;
            source = "header";
        } else if (date != null && UPD_CUE_AFTER.matcher(suffix).find()) {
            role = DateMention.Role.UPDATED;
            certainty = DateMention.Certainty.HIGH;
            source = "header";
        } else if (date != null && PUB_CUE_AFTER.matcher(suffix).find()) {
            role = DateMention.Role.PUBLISHED;
            certainty = DateMention.Certainty.HIGH;
            source = "header";
        } else if (date != null && COPYRIGHT_BEFORE.matcher(lprefix).find()) {
            certainty = DateMention.Certainty.MEDIUM; // a last resort (see finish), never the publication date's role
            source = "copyright";
        } else if (EMBED_BEFORE.matcher(prefix).find()) {
            source = "embed";
        } else if (NOT_PUB_BEFORE.matcher(lprefix).find() || isCodeLine(line)) {
            source = "body";
        } else if (BYLINE_BEFORE.matcher(prefix).find()) {
            role = DateMention.Role.PUBLISHED;
            certainty = DateMention.Certainty.MEDIUM;
            source = "byline";
        } else if (isDateline(line, start, end, top, all)) {
            role = DateMention.Role.PUBLISHED;
            certainty = DateMention.Certainty.MEDIUM;
            source = "dateline";
        } else if (CAPTION.matcher(lline).find()) {
            source = "caption";
        }
        if (r.twoDigitYear() && certainty == DateMention.Certainty.LOW) {
            return null; // 2-digit years only where the layout says "date"
        }
        return new DateMention(date, r.y(), r.m(), time, zone, weekday, source, role, certainty, ln, base + start, base + end, text);
    }

    /**
     * The line is little more than the date (and a byline), or the date opens a paragraph near the
     * top, or it opens a paragraph of running text anywhere ("14.3.2024 - Die Stadt ..."). A list
     * item with words besides the date and time is an entry of a list, not a dateline.
     */
    private static boolean isDateline(String line, int start, int end, boolean top, List<Raw> all) {
        int letters = letters(line, 0, start) + letters(line, end, line.length());
        if (letters > 0 && BULLET.matcher(line).find()) {
            return false; // "- 5 March 2024: Open day", "- Ten garden ideas - March 9, 2024": a list of events or links
        }
        if (letters <= 30 && all.size() <= 2) {
            return true;
        }
        if (line.length() < LEAD_CHARS && all.size() <= 2 && LEAD_IN.matcher(line.substring(0, start)).find() && articleTools(line, end)) {
            return true; // "12.11.2024 · Drucken · Teilen · PDF": the article's tool bar, glued to its date
        }
        // "20.06.2024 – The council ..." opening a paragraph of running text is a dateline wherever
        // the paragraph is: on whole pages the navigation above can be longer than the top window
        boolean opensParagraph = line.length() >= LEAD_CHARS && line.substring(0, start).isBlank();
        return (top || opensParagraph) && LEAD_IN.matcher(line.substring(0, start)).find() && DATELINE_TAIL.matcher(line.substring(end)).find();
    }

    /**
     * Whether the rest of the line after {@code from} names the article's tools (print, share, PDF:
     * {@link DateLexicon#TOOL_WORDS}) and is no sentence (no . ! ? after the date).
     */
    private static boolean articleTools(String line, int from) {
        boolean tool = false;
        int i = from;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return false;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int w = i;
            while (i < n && (Character.isLetter(line.charAt(i)) || line.charAt(i) == '-')) {
                i++;
            }
            tool |= DateLexicon.TOOL_WORDS.contains(line.substring(w, i).toLowerCase(Locale.ROOT));
        }
        return tool;
    }

    /** Words of running text a label or date may have before it on its line and still be a label of the page. */
    static final int PROSE_WORDS = 4;

    /**
     * Whether the cue word at {@code pos} sits inside a sentence ("..., das Video mit dem Datum 1. Mai
     * 2024 ...", "the court, in a letter dated 3 May 2024"): it is written in lower case, or follows a
     * lower-case word, a comma or an opening parenthesis, and the text before it on its line, back to
     * the line start or the last field separator ({@code | • ·}), has {@link #PROSE_WORDS} words or
     * more. A capitalised label after a title ("Live from the camp 2019 Posted 11 April 2019 by ...",
     * what a renderer that glued the page into one line leaves) is still a label.
     */
    static boolean proseBefore(String line, int pos) {
        pos = Math.min(pos, line.length());
        while (pos < line.length() && !Character.isLetter(line.charAt(pos))) {
            pos++; // the cue pattern's match may start at the character before the word
        }
        int p = pos - 1;
        while (p >= 0 && Character.isWhitespace(line.charAt(p))) {
            p--;
        }
        boolean sentence = pos < line.length() && Character.isLowerCase(line.charAt(pos));
        if (!sentence && p >= 0) {
            char c = line.charAt(p);
            if (c == ',' || c == '(') {
                sentence = true;
            } else if (Character.isLetter(c)) {
                int w = p;
                while (w > 0 && Character.isLetter(line.charAt(w - 1))) {
                    w--;
                }
                sentence = Character.isLowerCase(line.charAt(w));
            }
        }
        return sentence && wordsBefore(line, pos);
    }

    private static boolean wordsBefore(String line, int pos) {
        int words = 0;
        boolean inWord = false;
        for (int i = Math.min(pos, line.length()) - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == '|' || c == '•' || c == '·') {
                break;
            }
            boolean letter = Character.isLetter(c);
            if (letter && !inWord && ++words >= PROSE_WORDS) {
                return true;
            }
            inWord = letter;
        }
        return false;
    }

    /** Whether the raw date is one end of a period: another date right before or after it, joined by a dash or a "to" word. */
    private static boolean isRange(String lline, Raw r, int i, List<Raw> all) {
        for (int k : new int[] {i - 1, i + 1}) {
            Raw o = k >= 0 && k < all.size() ? all.get(k) : null; // the raws of a line are sorted and do not overlap
            if (o == null || o.copyright() || o.d() == null) {
                continue;
            }
            if (o.start() >= r.end() && o.start() - r.end() <= RANGE_GAP_CHARS && RANGE_GAP.matcher(lline.substring(r.end(), o.start())).find()) {
                return true;
            }
            if (o.end() <= r.start() && r.start() - o.end() <= RANGE_GAP_CHARS && RANGE_GAP.matcher(lline.substring(o.end(), r.start())).find()) {
                return true;
            }
        }
        return RANGE_BEFORE.matcher(lline.substring(Math.max(0, r.start() - 20), r.start())).find();
    }

    /** Characters between the two dates of a period at most. */
    static final int RANGE_GAP_CHARS = 30;

    /** Letters (UTF-16 units of letter code points) in {@code s[from, to)}. */
    private static int letters(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; ) {
            int c = s.codePointAt(i);
            int k = Character.charCount(c);
            if (Character.isLetter(c)) {
                n += k;
            }
            i += k;
        }
        return n;
    }

    private static int lastMatchStart(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.start() : -1;
    }

    private static LocalTime time(String h, String min, String sec, String ampm) {
        try {
            int hour = Integer.parseInt(h);
            int minute = Integer.parseInt(min);
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
            return LocalTime.of(hour, minute, sec == null ? 0 : Integer.parseInt(sec));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A numeric date must stand alone: no digit, letter or "digit + separator" glued before it
     * (version numbers "v1.2.2024", phone numbers, "1.2.3.2024") and none after it.
     */
    private static boolean numericBoundary(String s, int start, int end) {
        if (start > 0) {
            char c = s.charAt(start - 1);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                // text glued to the date by a renderer ("Erstellt am09.02.2022") is fine; a version
                // ("v1.2.2024") or an identifier with digits ("AB12x3.4.2020") is not
                int i = start - 1;
                while (i >= 0 && Character.isLetter(s.charAt(i))) {
                    i--;
                }
                if (start - 1 - i < 2 || (i >= 0 && Character.isDigit(s.charAt(i)))) {
                    return false;
                }
            }
            if (".,/-:+".indexOf(c) >= 0 && start > 1 && Character.isDigit(s.charAt(start - 2))) {
                return false;
            }
        }
        if (end < s.length()) {
            char c = s.charAt(end);
            boolean gluedWord = Character.isUpperCase(c) && end + 1 < s.length() && Character.isLowerCase(s.charAt(end + 1));
            if (Character.isLetterOrDigit(c) && c != 'T' && !gluedWord) {
                return false;
            }
            if ("./-:,".indexOf(c) >= 0 && end + 1 < s.length() && Character.isDigit(s.charAt(end + 1))) {
                return false;
            }
            if (c == '_') {
                return false; // "1.9.22_1171": a build or file identifier
            }
        }
        return true;
    }

    private static boolean nameBoundary(String s, int start, int end) {
        if (start > 0 && Character.isDigit(s.charAt(start - 1))) {
            return false;
        }
        if (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            // a word glued to a day-first date by a renderer ("FINTECH20. Juni 2019", a badge before the
            // dateline) is fine, as for numeric dates; a letter glued to a month name is another word
            int i = start - 1;
            while (i >= 0 && Character.isLetter(s.charAt(i))) {
                i--;
            }
            if (!Character.isDigit(s.charAt(start)) || start - 1 - i < 2 || (i >= 0 && Character.isDigit(s.charAt(i)))) {
                return false;
            }
        }
        return end >= s.length() || !Character.isDigit(s.charAt(end));
    }

    // ---------------------------------------------------------------- choices

    private Extraction finish(List<DateMention> out, String language, NumericOrder order, int lead) {
        DateMention pub = null;
        for (String src : List.of("metadata", "front-matter")) {
            pub = first(out, m -> m.source().equals(src) && m.role() == DateMention.Role.PUBLISHED && m.isFullDate());
            if (pub != null) {
                break;
            }
        }
        if (pub == null) {
            // the labelled or dateline date nearest to the start of the article text
            double best = Double.MAX_VALUE;
            for (DateMention m : out) {
                if (m.line() > 0 && m.isFullDate() && m.role() == DateMention.Role.PUBLISHED
                        && m.certainty() != DateMention.Certainty.LOW) {
                    double d = distance(m, lead);
                    if (d < best) {
                        best = d;
                        pub = m;
                    }
                }
            }
        }
        if (pub == null) {
            pub = first(out, m -> m.source().equals("filename") && m.isFullDate());
        }
        if (pub == null) {
            // a copyright notice with a full date ("© 19.12.2023 - 12:14 h"): the content as of that day
            pub = first(out, m -> m.source().equals("copyright") && m.isFullDate() && m.certainty() == DateMention.Certainty.MEDIUM);
        }
        DateMention upd = first(out, m -> m.isFullDate() && m.role() == DateMention.Role.UPDATED);
        if (pub == null && upd != null && out.stream().noneMatch(m -> m.isFullDate() && m.role() == DateMention.Role.UPDATED
                && m.line() > 0 && !m.date().equals(upd.date()))) {
            // only an update date: the article existed then, the best date the text gives; but several
            // different ones ("Update vom 3. Mai ...", "Update vom 2. Mai ...") are a log of updates to
            // something published before all of them
            pub = upd;
        }
        return new Extraction(List.copyOf(out), pub, upd, language, order, lead);
    }

    /**
     * How far a candidate is from the first paragraph of running text ({@code lead}): publication
     * dates sit just above it (title, byline, dateline) or just inside it; dates far above are
     * navigation ("today is ..."), dates far below are comments and related articles.
     */
    private static double distance(DateMention m, int lead) {
        double d = m.line() <= lead ? lead - m.line() : (m.line() - lead) * AFTER_WEIGHT + AFTER_OFFSET;
        if (m.certainty() == DateMention.Certainty.HIGH) {
            d -= CUE_BONUS;
        }
        return d;
    }

    private static Raw firstFullDate(List<Raw> raws) {
        for (Raw r : raws) {
            if (r.d() != null && !r.copyright()) {
                return r;
            }
        }
        return null;
    }

    private static DateMention first(List<DateMention> ms, java.util.function.Predicate<DateMention> p) {
        for (DateMention m : ms) {
            if (p.test(m)) {
                return m;
            }
        }
        return null;
    }

    /** The language whose function words are most frequent in the first 20,000 characters, or "" when unsure. */
    static String language(String text) {
        Map<String, Integer> counts = new HashMap<>();
        int n = Math.min(text.length(), 20_000);
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < n) {
                c = text.codePointAt(i);
                if (!Character.isLetter(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            if (i - start > 6) {
                continue;
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            for (String lang : FUNCTION_WORD_LANGUAGES.getOrDefault(w, List.of())) {
                counts.merge(lang, 1, Integer::sum);
            }
        }
        String best = "";
        int most = 4;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** Each function word with the languages that use it. */
    private static final Map<String, List<String>> FUNCTION_WORD_LANGUAGES = functionWordLanguages();

    private static Map<String, List<String>> functionWordLanguages() {
        Map<String, List<String>> m = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : DateLexicon.FUNCTION_WORDS.entrySet()) {
            for (String w : e.getValue()) {
                m.computeIfAbsent(w, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(m);
    }

    /** Unambiguous slash/dash dates in the document decide; else English reads month first, others day first. */
    private static NumericOrder numericOrder(Document doc, String language) {
        int dmy = 0;
        int mdy = 0;
        String t = doc.text();
        int[] win = digitWindows(t, 0, Math.min(t.length(), 200_000));
        for (int i = 1; i < win[0]; i += 2) {
            Matcher m = NUM.matcher(t.substring(win[i], win[i + 1]));
            while (m.find()) {
                if (m.group(2).equals(".") || !m.group(2).equals(m.group(4)) || m.group(5).length() != 4) {
                    continue;
                }
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                if (a > 12 && a <= 31 && b <= 12) {
                    dmy++;
                } else if (b > 12 && b <= 31 && a <= 12) {
                    mdy++;
                }
            }
        }
        if (dmy > 0 && mdy == 0) {
            return NumericOrder.DMY;
        }
        if (mdy > 0 && dmy == 0) {
            return NumericOrder.MDY;
        }
        return language.equals("en") ? NumericOrder.MDY : NumericOrder.DMY;
    }
}
