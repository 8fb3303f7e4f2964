package dev.corpusqa.rules.date;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Month and weekday names (English, German, French, Spanish, Russian, with Russian genitive forms and
 * common abbreviations) and the cue words that label a date as published or updated. These are
 * closed-class words of each language, not text of any site. java.time's own month names are not
 * used because they depend on the JDK's locale data (CLDR "stand-alone" vs "format" forms,
 * abbreviations with or without a dot) and miss spellings seen in scraped text ("Jänner", "Sept.",
 * "fevrier" without its accent).
 */
final class DateLexicon {

    private DateLexicon() {
    }

    static final Map<String, Integer> MONTHS;
    /** Length of the longest month name. */
    static final int LONGEST_MONTH;
    static final Map<String, DayOfWeek> WEEKDAYS;

    static {
        Map<String, Integer> m = new HashMap<>();
        put(m, 1, "january", "jan", "januar", "jänner", "jaenner", "jän", "janvier", "janv", "enero", "ene",
                "января", "январь", "янв");
        put(m, 2, "february", "feb", "febr", "februar", "feber", "février", "fevrier", "févr", "fevr", "fév", "febrero",
                "февраля", "февраль", "фев", "февр");
        put(m, 3, "march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "марта", "март", "мар");
        put(m, 4, "april", "apr", "avril", "avr", "abril", "abr", "апреля", "апрель", "апр");
        put(m, 5, "may", "mai", "mayo", "мая", "май");
        put(m, 6, "june", "jun", "juni", "juin", "junio", "июня", "июнь", "июн");
        put(m, 7, "july", "jul", "juli", "juillet", "juil", "julio", "июля", "июль", "июл");
        put(m, 8, "august", "aug", "août", "aout", "agosto", "ago", "августа", "август", "авг");
        put(m, 9, "september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "сентября", "сентябрь", "сен",
                "сент");
        put(m, 10, "october", "oct", "oktober", "okt", "octobre", "octubre", "октября", "октябрь", "окт");
        put(m, 11, "november", "nov", "novembre", "noviembre", "ноября", "ноябрь", "ноя", "нояб");
        put(m, 12, "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "декабря",
                "декабрь", "дек");
        MONTHS = Map.copyOf(m);
        LONGEST_MONTH = m.keySet().stream().mapToInt(String::length).max().orElse(0);

        Map<String, DayOfWeek> w = new HashMap<>();
        putW(w, DayOfWeek.MONDAY, "monday", "mon", "montag", "lundi", "lunes", "понедельник");
        putW(w, DayOfWeek.TUESDAY, "tuesday", "tue", "tues", "dienstag", "mardi", "martes", "вторник");
        putW(w, DayOfWeek.WEDNESDAY, "wednesday", "wed", "mittwoch", "mercredi", "miércoles", "miercoles", "среда", "среду");
        putW(w, DayOfWeek.THURSDAY, "thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves", "четверг");
        putW(w, DayOfWeek.FRIDAY, "friday", "fri", "freitag", "vendredi", "viernes", "пятница", "пятницу");
        putW(w, DayOfWeek.SATURDAY, "saturday", "sat", "samstag", "sonnabend", "samedi", "sábado", "sabado", "суббота",
                "субботу");
        putW(w, DayOfWeek.SUNDAY, "sunday", "sun", "sonntag", "dimanche", "domingo", "воскресенье");
        WEEKDAYS = Map.copyOf(w);
    }

    /** Cue words that label the date after them as the publication date. */
    static final List<String> PUBLISHED_CUES = List.of(
            "published", "publication date", "date published", "first published", "posted", "posted on", "date", "dated",
            "created", "written", "press release",
            "veröffentlicht", "veroeffentlicht", "veröffentlichung", "veröffentlichungsdatum", "erscheinungsdatum", "publikationsdatum", "publiziert", "erstellt", "erschienen", "datum", "stand",
            "eingestellt", "eingetragen", "pressemitteilung", "medienmitteilung", "beitrag wurde am", "artikel wurde am", "eintrag wurde am",
            "publié", "publie", "publiée", "date de publication", "mis en ligne", "créé", "cree", "créée", "communiqué",
            "publicado", "publicada", "fecha", "fecha de publicación", "creado", "nota de prensa", "comunicado",
            "опубликовано", "опубликован", "опубликована", "дата публикации", "дата", "размещено");

    /** Cue words that label the date after them as an update. */
    static final List<String> UPDATED_CUES = List.of(
            "updated", "update", "last updated", "last modified", "modified", "revised", "edited",
            "aktualisiert", "zuletzt aktualisiert", "geändert", "bearbeitet", "zuletzt bearbeitet", "aktualisierung",
            "überarbeitet", "zuletzt überarbeitet", "last edited", "letzte änderung", "änderungsdatum", "zuletzt geändert",
            "mis à jour", "mise à jour", "modifié", "actualisé",
            "actualizado", "actualizada", "actualización", "modificado",
            "обновлено", "обновлён", "обновлен", "изменено");

    /** Photo-credit and caption cues: a date on such a line is a caption date, never the publication date. */
    static final List<String> CAPTION_CUES = List.of("photo", "foto", "bild", "image", "picture", "credit", "getty",
            "фото", "imagen");

    /**
     * Section headings of content that is not the article: related, recommended, latest or most-read
     * articles ("Related posts", "Ähnliche Beiträge", "À lire aussi", "Te puede interesar", "Читайте
     * также"). A dateline right under one dates a teaser, not the page. Matched as whole words of a
     * short line.
     */
    static final List<String> RELATED_CUES = List.of(
            "related", "related posts", "related articles", "related stories", "recommended", "you may also like",
            "you might also like", "more stories", "more articles", "more news", "more from", "read more", "read also",
            "see also", "latest", "latest news", "latest posts", "recent posts", "recent articles", "most read", "most popular",
            "popular posts", "trending", "similar", "other articles", "top stories",
            "ähnliche", "ähnliche beiträge", "ähnliche artikel", "verwandte", "empfohlen", "empfohlene", "empfohlene beiträge",
            "empfehlungen", "weitere artikel", "weitere beiträge", "weitere nachrichten", "mehr zum thema", "mehr aus",
            "auch interessant", "das könnte sie auch interessieren", "das könnte dich auch interessieren", "lesen sie auch",
            "lies auch", "neueste", "das neueste", "neueste beiträge", "aktuelle beiträge", "neue beiträge", "meistgelesen",
            "meistgelesene", "beliebte beiträge", "top artikel",
            "articles similaires", "articles liés", "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "sur le même sujet",
            "les plus lus", "derniers articles", "articles récents", "à la une", "nos recommandations",
            "relacionados", "relacionadas", "artículos relacionados", "noticias relacionadas", "te puede interesar",
            "también te puede interesar", "lee también", "lea también", "más leídas", "más leídos", "más noticias",
            "últimas noticias", "recomendados", "entradas recientes",
            "похожие", "похожие статьи", "читайте также", "смотрите также", "популярное", "последние новости", "рекомендуем");

    /**
     * First words of a heading of what comes next or came before ("Next meeting", "Upcoming events",
     * "Nächster Beitrag", "Previous post", "Prochains rendez-vous"): a dateline right under such a
     * heading dates an event or another post. Only with a word after it: "Next" alone is a page link.
     */
    static final Set<String> NEXT_WORDS = Set.of("next", "upcoming", "previous", "nächste", "nächster", "nächstes", "kommende",
            "kommender", "kommendes", "vorherige", "vorheriger", "vorheriges", "prochain", "prochaine", "prochains", "prochaines",
            "précédent", "précédente", "próximo", "próxima", "próximos", "próximas", "anterior", "следующая", "следующий",
            "следующее", "предыдущая", "предыдущий", "предыдущее", "ближайшие");

    /**
     * How a comment is signed: the commenter's name followed by one of these and a colon ("Jane
     * says:", "Max sagt:", "Marie dit :", "Ana dice:"). A dateline next to it dates a comment.
     */
    static final Set<String> COMMENT_VERBS = Set.of("says", "said", "writes", "wrote", "commented", "replied",
            "sagt", "schreibt", "meint", "kommentierte", "antwortete", "dit", "écrit", "ecrit", "répond", "repond",
            "dice", "escribe", "escribió", "comenta", "comentó", "responde", "respondió",
            "пишет", "написал", "написала", "говорит", "ответил", "ответила");

    /** A reply button under a comment ("Reply", "Antworten", "Répondre", "Responder", "Ответить"). */
    static final Set<String> REPLY_WORDS = Set.of("reply", "antworten", "antwort", "répondre", "repondre", "responder",
            "ответить");

    /**
     * The article's tool bar: print, share, send, save, PDF. A date on a short line with these words
     * and no sentence is the article's date line, glued to its buttons by the text extraction.
     */
    static final Set<String> TOOL_WORDS = Set.of("print", "share", "email", "e-mail", "pdf", "save",
            "drucken", "teilen", "versenden", "merken", "imprimer", "partager", "envoyer", "imprimir", "compartir", "enviar",
            "guardar", "печать", "распечатать", "поделиться");

    /** Frequent function words per language, to decide the day/month order of numeric dates. */
    static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "was", "with", "for", "that", "on", "in", "it", "this", "are"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "für", "von", "den", "ein", "eine", "auf", "sich",
                    "dem", "auch"),
            "fr", Set.of("le", "les", "et", "est", "des", "une", "dans", "pour", "du", "sur", "au", "pas", "qui"),
            "es", Set.of("el", "los", "las", "y", "es", "del", "una", "por", "para", "con", "se", "al", "lo", "como"),
            "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "к", "о", "для"));

    private static void put(Map<String, Integer> m, int month, String... names) {
        for (String n : names) {
            m.put(n, month);
        }
    }

    private static void putW(Map<String, DayOfWeek> m, DayOfWeek d, String... names) {
        for (String n : names) {
            m.put(n, d);
        }
    }

    /** A regex alternation of the words, longest first so that "june" wins over "jun". */
    static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(DateLexicon::quote).collect(Collectors.joining("|"));
    }

    private static String quote(String w) {
        StringBuilder b = new StringBuilder();
        for (char c : w.toCharArray()) {
            if (c == ' ') {
                b.append("\\s+");
            } else if ("\\.[]{}()*+?^$|".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static Integer month(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        if (k.endsWith(".")) {
            k = k.substring(0, k.length() - 1);
        }
        return MONTHS.get(k);
    }

    static DayOfWeek weekday(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        if (k.endsWith(".")) {
            k = k.substring(0, k.length() - 1);
        }
        return WEEKDAYS.get(k);
    }
}
