package dev.corpusqa.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small corpora written by the tests themselves. */
public final class Corpora {
    private Corpora() {
    }

    public static final String CLEAN = """
            Harbour city opens a second ferry line

            By Maria Lopez

            Published: 2024-03-12

            The city opened a second ferry line on Tuesday, linking the old harbour with the northern islands.

            The boats run every forty minutes, and the first week of travel is free for residents, the port authority said.
            """;

    public static void write(Path dir, String rel, String text) throws IOException {
        write(dir, rel, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path dir, String rel, byte[] bytes) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    /** Distinct clean articles (a corpus of copies would rightly be full of repeated lines). */
    public static final String[] ARTICLES = {
        CLEAN,
        """
            Rail workers end strike after pay deal

            By Jonas Reiter

            Published: 2024-06-06

            Rail workers returned to work on Thursday after their union accepted a pay offer that ends a three-day strike.

            The agreement raises wages by five per cent this year, according to a statement from the union.
            """,
        """
            City library reopens after renovation

            By Martin Duval

            Published: 2023-11-20

            The central library reopened on Monday after a renovation that took two years.

            Visitors found a new reading room under the glass roof and longer opening hours on weekends.
            """,
        """
            Orchard growers expect record apple harvest

            By Ines Carvalho

            Published: 2024-09-03

            Growers in the valley expect the largest apple harvest in a decade after a mild spring and a wet summer.

            Prices at the farm gate have already fallen, and some growers plan to press more fruit into juice.
            """,
        """
            Marathon route changes to avoid bridge works

            By Kofi Mensah

            Published: 2024-04-17

            Organisers moved the city marathon route away from the river bridge, which is closed for repairs until June.

            Runners will now cross the park twice, adding a short hill in the last five kilometres.
            """,
        """
            School canteens switch to local suppliers

            By Hanna Lind

            Published: 2024-01-22

            Primary schools in the district will buy vegetables and bread from local farms and bakeries from next term.

            Parents welcomed the change, though some asked whether meal prices would rise.
            """,
    };

    /** A corpus with one defect of every category plus clean files. */
    public static Path mixed(Path dir) throws IOException {
        write(dir, "clean/a.txt", ARTICLES[0]);
        write(dir, "clean/b.txt", ARTICLES[1]);
        write(dir, "boiler.txt", ARTICLES[2].replace("Visitors found", "Sign up to our weekly newsletter for the best stories.\n\nVisitors found"));
        write(dir, "byline.txt", ARTICLES[3].replace("By Ines Carvalho", "By ines carvalho, valley times"));
        write(dir, "nodate.txt", ARTICLES[4].replace("Published: 2024-04-17\n", ""));
        byte[] latin1 = ARTICLES[5].replace("Hanna Lind", "Hanna Lind\u00e9n").getBytes(StandardCharsets.ISO_8859_1);
        write(dir, "latin1.txt", latin1);
        return dir;
    }
}
