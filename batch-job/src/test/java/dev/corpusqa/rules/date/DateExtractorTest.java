package dev.corpusqa.rules.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpusqa.core.Document;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Formats, sources, certainty and traps of the extractor, on sentences we wrote. */
class DateExtractorTest {

    private static final DateExtractor X = new DateExtractor(DateExtractor.Options.defaults());
    private static final String PARA = "\n\nThe council approved two new bus lanes on the coast road after a long debate about parking, "
            + "and the mayor said that work would start in the spring and take about eight weeks to finish.";

    private static DateExtractor.Extraction run(String text) {
        return X.extract(Document.ofText("a.txt", text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Published: 2024-06-19|2024-06-19|header",
        "date 2024-06-19 Sign up to our briefing|2024-06-19|header",
        "Posted on June 19, 2024|2024-06-19|header",
        "Jun 20, 2024 10:21 AM EDT|2024-06-20|dateline",
        "Thursday 20 June 2024|2024-06-20|dateline",
        "20.06.2024|2024-06-20|dateline",
        "20. Juni 2024, 10:21 Uhr|2024-06-20|dateline",
        "Veröffentlicht am 20. Juni 2024|2024-06-20|header",
        "Publié le 1er juillet 2024|2024-07-01|header",
        "jeudi 20 juin 2024|2024-06-20|dateline",
        "Publicado el 20 de junio de 2024|2024-06-20|header",
        "20 июня 2024 г.|2024-06-20|dateline",
        "Опубликовано: 3 марта 2023|2023-03-03|header",
        "By Ana Ruiz - May 4, 2022|2022-05-04|byline",
        "Berlin, 20. Juni 2024 – Die Stadt|2024-06-20|dateline",
        "2024/06/19 08:00|2024-06-19|dateline",
        "06.11.23 - Der Rat hat entschieden|2023-11-06|dateline",
        "(14. März 2024) Die Stadt hat entschieden|2024-03-14|dateline",
        "14.03.2024Neue Zahlen zum Busverkehr|2024-03-14|dateline",
        "03.14.2024 08:15 AM|2024-03-14|dateline",
        "30/09/24|2024-09-30|dateline",
        "09/12/24 6:40pm|2024-09-12|dateline",
        "Erscheinungsdatum: 14.03.2024|2024-03-14|header",
        "Eingetragen am 3. Januar 2024 von Anna|2024-01-03|header",
        "harbourfan14.03.2412:44|2024-03-14|dateline",
        "Letzte Änderung: 14.03.2024 um 09:25|2024-03-14|header",
        "NEWS14. März 2024|2024-03-14|dateline",
        "Posted in Harbour and Coast News by anaruiz on August 3, 2024|2024-08-03|header",
        "14.03.2024 · Drucken · Teilen · PDF|2024-03-14|dateline",
    })
    void formats(String header, String date, String source) {
        DateExtractor.Extraction x = run("Bus lanes approved\n" + header + PARA);
        assertThat(x.publication()).as(header).isNotNull();
        assertThat(x.publication().date()).isEqualTo(LocalDate.parse(date));
        assertThat(x.publication().source()).isEqualTo(source);
    }

    @Test
    void timeAndZoneAreKept() {
        DateMention m = run("Bus lanes approved\nJun 20, 2024 10:21 AM EDT" + PARA).publication();
        assertThat(m.time()).isEqualTo(LocalTime.of(10, 21));
        assertThat(m.zone()).isEqualTo("EDT");
        DateMention iso = run("Bus lanes approved\nPublished 2024-06-19T08:30:00+02:00" + PARA).publication();
        assertThat(iso.time()).isEqualTo(LocalTime.of(8, 30));
        assertThat(iso.zone()).isEqualTo("+02:00");
    }

    @Test
    void weekdayIsRead() {
        assertThat(run("Bus lanes approved\nMonday, 14 March 2019" + PARA).publication().weekday()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void numericOrderFollowsLanguageAndUnambiguousDates() {
        // English text: month first
        assertThat(run("Bus lanes approved\n03/05/2022" + PARA).publication().date()).isEqualTo(LocalDate.of(2022, 3, 5));
        // German text: day first
        assertThat(run("Neue Buslinie\n03/05/2022\n\nDie Stadt hat die neue Linie zum Bahnhof eröffnet, und der Bürgermeister sagte, "
                + "dass die Arbeiten im Frühjahr beginnen und etwa acht Wochen dauern werden, wie die Zeitung berichtet.")
                .publication().date()).isEqualTo(LocalDate.of(2022, 5, 3));
        // an unambiguous date in the same document decides
        assertThat(run("Bus lanes approved\n03/05/2022" + PARA + "\nThe hearing was held on 25/04/2022 in the town hall.")
                .publication().date()).isEqualTo(LocalDate.of(2022, 5, 3));
        // the parameter wins
        DateExtractor mdy = new DateExtractor(new DateExtractor.Options(12, DateExtractor.NumericOrder.DMY,
                DateExtractor.Options.defaults().fileNamePatterns(), 2024));
        assertThat(mdy.extract(Document.ofText("a.txt", "Bus lanes approved\n03/05/2022" + PARA)).publication().date())
                .isEqualTo(LocalDate.of(2022, 5, 3));
    }

    @Test
    void missingComponentsAreNeverFilledIn() {
        DateExtractor.Extraction x = run("Bus lanes approved\nJune 2024" + PARA + "\n© 2024 Coastline Media");
        assertThat(x.publication()).isNull();
        assertThat(x.partialHeaderDates()).singleElement().satisfies(m -> {
            assertThat(m.date()).isNull();
            assertThat(m.precise()).isEqualTo("2024-06");
        });
        assertThat(x.copyrightYears()).singleElement().satisfies(m -> assertThat(m.precise()).isEqualTo("2024"));
    }

    @Test
    void trapsAreNotDates() {
        DateExtractor.Extraction x = run("Club news\n\nCall 0800-555-0199 or +44 20 7946 0958. Version 2.10.2024 is out for the 2024-25 season."
                + "\nISBN 978-3-16-148410-0, at 10:21 on Friday, 31/02/2024 and 45.13.2020 are not dates either.\nPlugin VN:F [1.9.22_1171]");
        assertThat(x.mentions()).isEmpty();
    }

    @Test
    void bodyMentionsAreInferredOnly() {
        DateExtractor.Extraction x = run("Plant to close" + PARA + "\nThe plant opened on 3 March 1998 with four hundred workers.");
        assertThat(x.publication()).isNull();
        assertThat(x.inferred()).singleElement().satisfies(m -> {
            assertThat(m.certainty()).isEqualTo(DateMention.Certainty.LOW);
            assertThat(m.date()).isEqualTo(LocalDate.of(1998, 3, 3));
        });
    }

    @Test
    void sidecarMetadataAndFileName() {
        Document d = Document.of("news/2024-06-18-bus.txt", "Bus lanes approved\n\nThe council approved two new bus lanes.".getBytes(),
                Map.of("date", "2024-06-19"));
        DateExtractor.Extraction x = X.extract(d);
        assertThat(x.publication().source()).isEqualTo("metadata");
        assertThat(x.publication().date()).isEqualTo(LocalDate.of(2024, 6, 19));
        assertThat(X.extract(Document.of("news/2024-06-18-bus.txt", "Bus lanes approved".getBytes(), Map.of())).publication().source())
                .isEqualTo("filename");
    }

    @Test
    void hostileInputStaysBounded() {
        String s = "1.1.".repeat(200_000) + "\n" + "12 ".repeat(200_000);
        assertThat(run(s).publication()).isNull();
    }

    @Test
    void monthNamesInAnyCaseAndAfterOtherWords() {
        // matched on a lower-cased copy: the case of the page does not matter, offsets stay those of the text
        DateMention upper = run("Bus lanes approved\nTHURSDAY 20 JUNE 2024" + PARA).publication();
        assertThat(upper.date()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(upper.text()).isEqualTo("THURSDAY 20 JUNE 2024");
        // a word that is not a month right before the date ("in 2021", "Issue 12") does not hide it
        DateExtractor.Extraction x = run("Bus lanes approved" + PARA + "\nThe plan, drawn up in 2021, May 4, 2022 saw the vote.");
        assertThat(x.mentions()).anySatisfy(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2022, 5, 4)));
        assertThat(run("Bus lanes approved\nIssue 12 March 3, 2024" + PARA).mentions())
                .anySatisfy(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 3)));
        // an ordinal glued to the month, and words that only contain a month name, are read as before
        assertThat(run("Bus lanes approved\n1stjune 2024" + PARA).publication().date()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(run("Bus lanes approved" + PARA + "\nThe Chicago 5, 2024 team and the Amaya 2024 report.").mentions()).isEmpty();
    }

    @Test
    void datesFarFromOtherDigitsAndAfterLongSpacesAreFound() {
        // the scan only looks near digits; spacing inside a date does not push it out of reach
        assertThat(run("Bus lanes approved\n20.        Juni        2024" + PARA).publication().date()).isEqualTo(LocalDate.of(2024, 6, 20));
        assertThat(run("Bus lanes approved\nSeptember\t\t\t4,\t2024" + PARA).publication().date()).isEqualTo(LocalDate.of(2024, 9, 4));
        String longLine = "word ".repeat(2_000) + "© 2019 Coastline Media";
        assertThat(run("Bus lanes approved\n" + longLine.substring(longLine.length() - 3_000) + PARA).copyrightYears()).hasSize(1);
    }

    @Test
    void digitWindowsCoverEveryDigitAndMerge() {
        String s = "no digits here, then 20 June 2024 and 21 June 2024, far later: " + "x".repeat(100) + " 1998";
        int[] w = DateExtractor.digitWindows(s, 0, s.length());
        assertThat(w[0]).isEqualTo(5); // two windows
        assertThat(s.substring(w[1], w[2])).contains("20 June 2024 and 21 June 2024");
        assertThat(s.substring(w[3], w[4])).endsWith("1998");
        assertThat(DateExtractor.digitWindows("only words", 0, 10)[0]).isEqualTo(1);
    }

    @Test
    void codeAndDataLines() {
        assertThat(DateExtractor.isCodeLine("{\"published\": \"2024-06-19\"}")).isTrue();
        assertThat(DateExtractor.isCodeLine("\"date\" : 2024-06-19")).isTrue();
        assertThat(DateExtractor.isCodeLine("release_date = 2024-06-19")).isTrue();
        assertThat(DateExtractor.isCodeLine("<time>2024-06-19</time>")).isTrue();
        assertThat(DateExtractor.isCodeLine("Berlin, 20. Juni 2024 – Die Stadt \"plant\" neue Linien")).isFalse();
        assertThat(DateExtractor.isCodeLine("Score 3 < 5 > 2 on 2024-06-19")).isFalse();
    }

    @Test
    void titleLineFieldsBeforeAPipe() {
        assertThat(run("Neue Buslinie zum Bahnhof | Verkehr | Stadtblatt | 14.03.2024" + PARA).publication())
                .satisfies(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 14)))
                .satisfies(m -> assertThat(m.source()).isEqualTo("dateline"));
        assertThat(run("Bus lanes approved\nIn the programme: Morning Radio | News | 14. März 2024 | 07:30 Uhr" + PARA).publication()
                .date()).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void gluedTextTwoDigitYearsAndPipesOnlyWhereTheLayoutSaysDate() {
        // a lower-case or code-like word glued to a numeric date: not a date badge
        assertThat(run("Club news\n14.03.2024km\n\nv1.2.2024Beta is out." + PARA).publication()).isNull();
        // a 2-digit year with slashes inside running text is not read at all
        assertThat(run("Club news" + PARA + "\nThe final score of the season opener was 3/4/23 after extra time, said the coach.").mentions())
                .isEmpty();
        // a date in the middle of a sentence after a pipe-free title is still only a mention
        assertThat(run("Club news" + PARA + "\nWe met the coach on 20.04.2020 at the ground, where he talked about the new season "
                + "and the players he hopes to sign before the transfer window closes.").publication()).isNull();
        // a long title line with digits before the pipe is not a title line ("Season 2019 | ... | date")
        assertThat(run("Club news" + PARA + "\nResults of the 2019 season for the harbour league, the coastal cup and the junior teams, "
                + "with every goal and every card | 20.04.2020 | page three of the archive with the older seasons").publication()).isNull();
    }

    @Test
    void aDateOpeningAParagraphOfRunningTextIsADatelineBelowLongNavigation() {
        String nav = "Home\nNews\nSport\nWeather\nCulture\nTravel\nMoney\nJobs\nEvents\nContact\nArchive\nAbout us\nNewsletter\n"
                + "We use cookies to give you the best experience on our website and to show you content that is relevant to you; "
                + "you can change your settings at any time in the privacy centre.\n"
                + "Search\nMenu\nLogin\nRegister\nShop\nPodcasts\nVideos\nGalleries\nPuzzles\nLetters\nObituaries\nNotices\n"
                + "Traffic\nWeather warnings\nBus lanes approved\n";
        DateMention m = run(nav + "14.3.2024 - The council approved two new bus lanes on the coast road after a long debate about "
                + "parking, and the mayor said that work would start in the spring.").publication();
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(m.source()).isEqualTo("dateline");
        // inside the paragraph, or opening a short line far down, it stays a mention
        assertThat(run(nav + "The council approved two new bus lanes on 14.3.2024 after a long debate about parking, and the mayor "
                + "said that work would start in the spring.").publication()).isNull();
    }

    @Test
    void aLabelOnTheLineAboveLabelsTheDate() {
        DateMention m = run("Neue Fähre zur Insel\nZuletzt aktualisiert am\n14.03.2024" + PARA).publication();
        assert m != null;
        assertThat(m.source()).isEqualTo("header");
        assertThat(m.role()).isEqualTo(DateMention.Role.UPDATED);
        // a line with digits above is no label line
        assertThat(run("Neue Fähre zur Insel\nAusgabe 12 erschienen\n14.03.2024" + PARA).publication().source()).isEqualTo("dateline");
    }

    @Test
    void cueWordsInsideSentences() {
        String prose = "Die Stadt hat das Video mit dem Datum 1. Mai 2024 verbunden, und der Bürgermeister sagte, dass die Arbeiten im "
                + "Frühjahr beginnen und etwa acht Wochen dauern werden.";
        assertThat(DateExtractor.proseBefore(prose, prose.indexOf("Datum"))).isTrue();
        assertThat(run("Neue Fähre\n\n" + prose).mentions()).singleElement()
                .satisfies(m -> assertThat(m.certainty()).isEqualTo(DateMention.Certainty.LOW));
        // a label at the start of a line, or capitalised after a title the renderer glued to it, is a label
        String glued = "Live from the harbour camp 2024 Posted 11 April 2024 by Ana Ruiz The harbour opens its gates to visitors this "
                + "spring, with tours of the quay and the lifeboat station.";
        assertThat(DateExtractor.proseBefore(glued, glued.indexOf("Posted"))).isFalse();
        assertThat(DateExtractor.proseBefore("Published: 3 May 2024", 0)).isFalse();
        // three words before the cue are not yet a sentence
        assertThat(DateExtractor.proseBefore("the report dated 3 May 2024", "the report ".length())).isFalse();
    }

    @Test
    void periodsAreNotDatelines() {
        DateExtractor.Extraction x = run("Coffee voucher\nOffer period: 21.10.2024 – 27.10.2024" + PARA);
        assertThat(x.publication()).isNull();
        assertThat(x.mentions()).hasSize(2).allSatisfy(m -> assertThat(m.source()).isEqualTo("period"));
        assertThat(run("Coffee voucher\n21.10.2024 18:00 bis 27.10.2024" + PARA).publication()).isNull();
        assertThat(run("Coffee voucher\nJune 3, 2024 to June 9, 2024" + PARA).publication()).isNull();
        // a header with two labelled dates is not a period
        assertThat(run("Bus lanes approved\nPublished 21.10.2024 - Updated 23.10.2024" + PARA).publication().date())
                .isEqualTo(LocalDate.of(2024, 10, 21));
    }

    @Test
    void listsCommentsAndTeasersAreNotThePage() {
        DateExtractor.Extraction list = run("Bus lanes approved" + PARA + "\nLatest news\nFerry timetable\n12.03.2024\nCrew honoured\n08.03.2024"
                + "\nLighthouse reopens\n01.03.2024");
        assertThat(list.publication()).isNull();
        assertThat(list.mentions()).allSatisfy(m -> assertThat(m.source()).isEqualTo("list"));
        assertThat(list.inferred()).hasSize(3);
        DateExtractor.Extraction comment = run("Bus lanes approved" + PARA + "\nJane Doe says:\nMarch 15, 2024 at 10:36 am\nGreat news.\nReply");
        assertThat(comment.publication()).isNull();
        assertThat(comment.mentions()).singleElement().satisfies(m -> assertThat(m.source()).isEqualTo("comment"));
        DateExtractor.Extraction teaser = run("Bus lanes approved" + PARA + "\nÄhnliche Beiträge\nNeue Fähre zur Insel\n5. März 2024");
        assertThat(teaser.publication()).isNull();
        assertThat(teaser.mentions()).singleElement().satisfies(m -> assertThat(m.source()).isEqualTo("teaser"));
        assertThat(DateExtractor.signsComment("Marie Dupont dit :")).isTrue();
        assertThat(DateExtractor.signsComment("Was der Minister sagt:")).isTrue();
        assertThat(DateExtractor.signsComment("Contact:")).isFalse();
        assertThat(DateExtractor.words("  - Nächste Vorstandssitzung  ", 60)).isEqualTo("nächste vorstandssitzung");
    }

    @Test
    void aListThatNamesThePageItselfKeepsItsDate() {
        String nav = "Home\nNews\nBus lanes approved\nBy Ana Ruiz" + PARA + "\nShare\nPrint\nTags\nSearch\nArchive\nHarbour\nDunes"
                + "\nLifeboats\nLinks\nImprint\nContact\nRecent posts\n";
        DateExtractor.Extraction x = run(nav + "Bus lanes approved\n26/10/2024\nFerry timetable changes\n05/10/2024\nCrew honoured at sea\n01/10/2024");
        assertThat(x.publication().date()).isEqualTo(LocalDate.of(2024, 10, 26));
        // a title repeated only inside the navigation block right above the list does not count
        DateExtractor.Extraction y = run("Bus lanes approved" + PARA + "\nPrevious\nFerry timetable changes\nRecent posts\n"
                + "Crew honoured at sea\n26/10/2024\nFerry timetable changes\n05/10/2024\nLighthouse reopens in May\n01/10/2024");
        assertThat(y.publication()).isNull();
    }

    @Test
    void updateLogsReprintsCopyrightDatesAndBadges() {
        assertThat(run("Storm over the harbour\nUpdate: 3 May 2024\nUpdate: 2 May 2024" + PARA).publication()).isNull();
        assertThat(run("Storm over the harbour\nUpdate: 3 May 2024" + PARA).publication().role()).isEqualTo(DateMention.Role.UPDATED);
        assertThat(run("Storm over the harbour\nThis article was originally published on 3 May 2020 in the Gazette." + PARA).mentions())
                .singleElement().satisfies(m -> assertThat(m.source()).isEqualTo("original"));
        assertThat(run("Hafen" + PARA + "\nZuerst erschienen in der Tageszeitung Küstenbote, 4. Juni 2024.").mentions())
                .singleElement().satisfies(m -> assertThat(m.source()).isEqualTo("original"));
        // a date glued to a time: the time is kept; a historical year in a sentence stays a year
        assertThat(run("Forum\nharbourfan14.03.2412:44" + PARA).publication().time()).isEqualTo(LocalTime.of(12, 44));
        assertThat(run("Forum" + PARA + "\nThe club was founded on 12.03.1912 in the old harbour inn.").mentions())
                .singleElement().satisfies(m -> assertThat(m.date()).isEqualTo(LocalDate.of(1912, 3, 12)));
        DateMention c = run("Services" + PARA + "\nCopyright © 19.12.2023 - 12:14 h by Coastline GmbH").publication();
        assertThat(c.source()).isEqualTo("copyright");
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 12, 19));
        DateMention b = run("Neue Fähre\n14.\nMärz\n2024" + PARA).publication();
        assertThat(b.date()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(b.line()).isEqualTo(2);
        assertThat(b.text()).isEqualTo("14. März 2024");
        assertThat(run("Neue Fähre\nMar\n14\n2024" + PARA).publication()).isNull();
        DateMention s = run("Neue Fähre" + PARA + "\nDer Beitrag \"Neue Fähre\" wurde am 05.11.2024 in der Kategorie Verkehr von Anna Beispiel mit den "
                + "Stichwörtern Hafen, Fähre, Insel, Fahrplan und Verkehr veröffentlicht.").publication();
        assertThat(s.certainty()).isEqualTo(DateMention.Certainty.HIGH);
    }

    @Test
    void aLongListStaysLinear() {
        StringBuilder b = new StringBuilder("Archive\n");
        for (int i = 0; i < 9_000; i++) {
            b.append("Post number ").append(i).append(" about the harbour\n").append(1 + i % 28).append('.').append(1 + i % 12).append(".2024\n");
        }
        long t = System.nanoTime();
        assertThat(run(b.toString()).publication()).isNull();
        assertThat((System.nanoTime() - t) / 1e9).isLessThan(5.0);
    }
}
