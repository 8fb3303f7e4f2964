package dev.corpusqa.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic corpus of English news articles (one article per {@code .txt} file, 1000 files
 * per directory) from our own templates and vocabulary, deterministic from a seed. Articles have a
 * headline, a standfirst, usually a byline and a dateline, and a body of 3 to 60 paragraphs of
 * sentences assembled from word lists, so that lines rarely repeat across documents (as in a real
 * corpus) while the text looks like news prose to the rules.
 *
 * <p>Defects are injected at known per-document rates (see {@link Defect}); a manifest
 * {@code defects.tsv} at the corpus root lists the defects of every file, for precision/recall
 * checks. Usage: {@code CorpusGenerator <out-dir> <size, e.g. 100MB, 1GB> [seed]}.
 */
public final class CorpusGenerator {

    /** Injected defects and their rate (probability per document). */
    public enum Defect {
        INVALID_BYTES(0.010),
        MOJIBAKE(0.020),
        BOM(0.010),
        NEWSLETTER_BOX(0.030),
        DONATION_BOX(0.020),
        READ_MORE(0.020),
        PHOTO_CREDIT(0.020),
        LOWERCASE_BYLINE(0.010),
        MISSING_DATE(0.030),
        CONTROL_CHARS(0.005),
        HTML_ENTITIES(0.010);

        final double rate;

        Defect(double rate) {
            this.rate = rate;
        }
    }

    private static final String[] FIRST = {"Amelia", "Oliver", "Priya", "Tomasz", "Grace", "Daniel", "Fatima", "Lucas", "Hannah", "Mateo",
        "Chloe", "Samuel", "Aisha", "Noah", "Ingrid", "Rafael", "Sophie", "Jonas", "Leila", "Patrick", "Yuki", "Marta", "Ethan", "Zara",
        "Felix", "Nadia", "Owen", "Elena", "Kwame", "Beatrice"};
    private static final String[] LAST = {"Hartley", "Okafor", "Lindqvist", "Moreau", "Castell", "Brennan", "Novak", "Ashworth", "Delgado",
        "Fairbairn", "Kowalczyk", "Whitmore", "Osei", "Petrakis", "Sandoval", "Thornbury", "Valtonen", "Greaves", "Mbeki", "Rutherford",
        "Quill", "Ferreira", "Haldane", "Iwasaki", "Lambourne", "Nakamura", "Oyelaran", "Prendergast", "Solberg", "Underhill"};
    private static final String[] PLACES = {"LONDON", "MANCHESTER", "DUBLIN", "EDINBURGH", "CARDIFF", "BRISTOL", "LEEDS", "GLASGOW",
        "NEW YORK", "CHICAGO", "TORONTO", "SYDNEY", "WELLINGTON", "CAPE TOWN", "NAIROBI", "SINGAPORE", "BRUSSELS", "LISBON", "OSLO", "AUCKLAND"};
    private static final String[] ORGS = {"the city council", "the transport authority", "the regional health board", "the energy regulator",
        "the chamber of commerce", "the teachers' union", "the environment agency", "the finance ministry", "the port authority",
        "the housing association", "the water company", "the university", "the football club", "the county court", "the fire service"};
    private static final String[] SUBJECTS = {"Officials", "Residents", "Local businesses", "Campaigners", "Analysts", "Ministers",
        "Researchers", "Commuters", "Farmers", "Parents", "Doctors", "Investors", "Engineers", "Volunteers", "Shop owners"};
    private static final String[] VERBS = {"warned", "said", "argued", "confirmed", "suggested", "insisted", "acknowledged", "reported",
        "estimated", "predicted", "announced", "admitted", "claimed", "noted", "explained"};
    private static final String[] TOPICS = {"the new bus lanes", "the rise in energy bills", "the delayed bridge repairs", "the school funding gap",
        "plans for a second runway", "the flooding along the river", "a shortage of nurses", "the housing waiting list", "the closure of the library",
        "the proposed wind farm", "rising rents in the centre", "the budget for road maintenance", "the new recycling scheme",
        "a dispute over parking fees", "the planned tram extension", "the harbour redevelopment", "falling attendance at the museum",
        "the cost of school meals", "a spike in burglaries", "the heatwave", "the drought restrictions", "the stadium expansion"};
    private static final String[] CONSEQUENCES = {"could cost millions of pounds", "would take at least two years", "had been poorly explained",
        "was supported by most people who responded", "left many families worse off", "had already changed how people travel",
        "needed urgent review", "was unlikely to be finished on time", "had divided opinion in the town", "would be debated next month",
        "raised questions about oversight", "offered a rare chance to rethink the area", "had been welcomed by small traders",
        "put pressure on emergency services", "was the largest of its kind in a decade"};
    private static final String[] ADVERBIALS = {"On Tuesday", "Earlier this week", "Last month", "In a statement", "At a public meeting",
        "Speaking to reporters", "According to figures released on Friday", "In recent weeks", "Since the spring", "After months of talks",
        "In an interview", "By the end of the year", "For the first time"};
    private static final String[] NUMBERS = {"12", "37", "150", "2,400", "18 per cent", "nearly half", "one in five", "more than 900", "£4.2m",
        "$310,000", "about 60", "three", "seven", "a quarter", "40,000"};
    private static final String[] NOUNS = {"households", "jobs", "homes", "pupils", "patients", "complaints", "applications", "passengers",
        "shops", "visitors", "vehicles", "trees", "flights", "claims", "beds"};
    private static final String[] HEAD_VERBS = {"backs", "rejects", "delays", "approves", "questions", "defends", "scraps", "expands",
        "reviews", "pauses"};
    private static final String[] ACCENTED = {"café", "résumé", "naïve", "façade", "Zoë", "São Paulo", "Malmö", "jalapeño", "über", "crème"};

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private final SplittableRandom rnd;

    public CorpusGenerator(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator <out-dir> <size: 100MB | 1GB | bytes> [seed]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long size = parseSize(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        long t0 = System.nanoTime();
        long[] r = new CorpusGenerator(seed).write(out, size);
        System.out.printf(Locale.ROOT, "generated %d files, %d bytes in %s (%.1f s)%n", r[0], r[1], out, (System.nanoTime() - t0) / 1e9);
    }

    static long parseSize(String s) {
        String u = s.trim().toUpperCase(Locale.ROOT);
        long mul = 1;
        if (u.endsWith("GB")) {
            mul = 1L << 30;
        } else if (u.endsWith("MB")) {
            mul = 1L << 20;
        } else if (u.endsWith("KB")) {
            mul = 1L << 10;
        }
        String num = u.replaceAll("[A-Z]+$", "");
        return (long) (Double.parseDouble(num) * mul);
    }

    /** Write files until {@code totalBytes} are written; returns {files, bytes}. */
    public long[] write(Path out, long totalBytes) throws IOException {
        Files.createDirectories(out);
        long bytes = 0;
        long files = 0;
        try (Writer manifest = Files.newBufferedWriter(out.resolve("defects.tsv"), StandardCharsets.UTF_8)) {
            manifest.write("path\tdefects\n");
            while (bytes < totalBytes) {
                String rel = String.format(Locale.ROOT, "d%04d/article-%07d.txt", files / 1000, files);
                List<Defect> defects = new ArrayList<>();
                byte[] b = article(defects);
                Path p = out.resolve(rel);
                if (files % 1000 == 0) {
                    Files.createDirectories(p.getParent());
                }
                Files.write(p, b);
                manifest.write(rel + "\t" + String.join(",", defects.stream().map(Enum::name).toList()) + "\n");
                bytes += b.length;
                files++;
            }
        }
        return new long[] {files, bytes};
    }

    private String pick(String[] a) {
        return a[rnd.nextInt(a.length)];
    }

    private boolean roll(Defect d, List<Defect> into) {
        if (rnd.nextDouble() < d.rate) {
            into.add(d);
            return true;
        }
        return false;
    }

    /** One article as bytes; the defects injected are added to {@code defects}. */
    public byte[] article(List<Defect> defects) {
        StringBuilder sb = new StringBuilder(4096);
        String topic = pick(TOPICS);
        String org = pick(ORGS);
        String place = pick(PLACES);
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3650));
        String author = pick(FIRST) + " " + pick(LAST);
        boolean bom = roll(Defect.BOM, defects);
        boolean missingDate = roll(Defect.MISSING_DATE, defects);
        boolean lowerByline = roll(Defect.LOWERCASE_BYLINE, defects);
        if (bom) {
            sb.append('\uFEFF');
        }
        // headline and standfirst
        sb.append(cap(org.replaceFirst("^the ", ""))).append(' ').append(pick(HEAD_VERBS)).append(' ').append(topic.replaceFirst("^the ", ""))
                .append(" after ").append(pick(NUMBERS)).append(' ').append(pick(NOUNS)).append(" affected\n");
        sb.append(sentence(topic, org)).append('\n');
        // byline (most articles), dateline or date line
        if (lowerByline) {
            sb.append("by ").append(author.toLowerCase(Locale.ROOT)).append('\n');
        } else if (rnd.nextInt(10) < 8) {
            sb.append("By ").append(author).append(rnd.nextBoolean() ? "" : ", " + pick(new String[] {"Political Correspondent",
                "Staff Reporter", "Transport Editor", "Health Reporter", "Business Desk"})).append('\n');
        }
        if (!missingDate) {
            switch (rnd.nextInt(3)) {
                case 0 -> sb.append("Published ").append(ISO.format(date)).append('\n');
                case 1 -> sb.append(date.getDayOfMonth()).append(' ').append(cap(date.getMonth().name().toLowerCase(Locale.ROOT)))
                        .append(' ').append(date.getYear()).append('\n');
                default -> { } // dateline in the first paragraph
            }
        }
        boolean dateline = !missingDate && sb.indexOf("Published ") < 0 && sb.indexOf(String.valueOf(date.getYear())) < 0;
        // body: paragraph count from a skewed distribution, so sizes vary from ~1 KB to ~25 KB
        double u = rnd.nextDouble();
        int paragraphs = 3 + (int) (u * u * u * 57);
        int newsletterAt = roll(Defect.NEWSLETTER_BOX, defects) ? rnd.nextInt(paragraphs) : -1;
        int donationAt = roll(Defect.DONATION_BOX, defects) ? rnd.nextInt(paragraphs) : -1;
        int readMoreAt = roll(Defect.READ_MORE, defects) ? rnd.nextInt(paragraphs) : -1;
        int creditAt = roll(Defect.PHOTO_CREDIT, defects) ? rnd.nextInt(paragraphs) : -1;
        for (int i = 0; i < paragraphs; i++) {
            if (i == 0 && dateline) {
                sb.append(place).append(", ").append(LONG_DATE.format(date)).append(" — ");
            }
            int sentences = 1 + rnd.nextInt(5);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    sb.append(' ');
                }
                sb.append(sentence(topic, org));
            }
            sb.append('\n');
            if (i == newsletterAt) {
                sb.append("Sign up for our free ").append(pick(new String[] {"morning", "weekly", "evening"}))
                        .append(" newsletter and get the day's top stories straight to your inbox.\n");
                sb.append("Enter your email address. By signing up you agree to our terms and privacy notice.\n");
            }
            if (i == donationAt) {
                sb.append("Our reporting is free to read for everyone. If you value independent local journalism, please consider making a donation today.\n");
                sb.append("Support our newsroom from just £1 a month.\n");
            }
            if (i == readMoreAt) {
                sb.append("READ MORE: ").append(cap(pick(TOPICS))).append(" explained\n");
            }
            if (i == creditAt) {
                sb.append("(Photo: ").append(pick(FIRST)).append(' ').append(pick(LAST)).append("/Getty Images)\n");
            }
        }
        String text = sb.toString();
        if (roll(Defect.HTML_ENTITIES, defects)) {
            text = text.replaceFirst(" and ", " &amp; ").replaceFirst("'", "&#39;");
        }
        if (roll(Defect.CONTROL_CHARS, defects)) {
            int at = text.indexOf(". ", text.length() / 2);
            if (at > 0) {
                text = text.substring(0, at + 1) + '\u0007' + text.substring(at + 1);
            }
        }
        if (roll(Defect.MOJIBAKE, defects)) {
            // UTF-8 bytes read as Windows-1252 and re-encoded: ’ → â€™, é → Ã©
            String word = pick(ACCENTED);
            String bad = new String(word.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252"));
            int at = text.indexOf(". ", text.length() / 3);
            if (at > 0) {
                text = text.substring(0, at + 2) + "The " + bad + " on the corner, which opened in the spring, didnâ€™t close. " + text.substring(at + 2);
            }
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (roll(Defect.INVALID_BYTES, defects)) {
            int at = b.length / 2;
            b[at] = (byte) (rnd.nextBoolean() ? 0xFF : 0xC3);
            if (at + 1 < b.length) {
                b[at + 1] = (byte) 0x28;
            }
        }
        return b;
    }

    private String sentence(String topic, String org) {
        return switch (rnd.nextInt(6)) {
            case 0 -> pick(ADVERBIALS) + ", " + org + " " + pick(VERBS) + " that " + topic + " " + pick(CONSEQUENCES) + ".";
            case 1 -> cap(pick(SUBJECTS).toLowerCase(Locale.ROOT)) + " " + pick(VERBS) + " that " + pick(TOPICS) + " " + pick(CONSEQUENCES)
                    + ", while " + pick(NUMBERS) + " " + pick(NOUNS) + " were affected.";
            case 2 -> "\"We " + pick(new String[] {"have listened", "will not give up", "need answers", "are doing everything we can",
                "expected better"}) + ",\" " + pick(VERBS) + " " + pick(FIRST) + " " + pick(LAST) + ", who " + pick(new String[] {"chairs",
                "works for", "advises", "led a review of", "spoke on behalf of"}) + " " + pick(ORGS) + ".";
            case 3 -> "Figures show that " + pick(NUMBERS) + " " + pick(NOUNS) + " " + pick(new String[] {"were added", "were lost",
                "were recorded", "were expected", "were counted"}) + " in " + (2015 + rnd.nextInt(10)) + ", up from " + pick(NUMBERS) + " a year earlier.";
            case 4 -> pick(FIRST) + " " + pick(LAST) + " " + pick(VERBS) + " that " + pick(TOPICS) + " " + pick(CONSEQUENCES) + ".";
            default -> pick(ADVERBIALS) + ", " + pick(SUBJECTS).toLowerCase(Locale.ROOT) + " " + pick(VERBS) + " that " + pick(NUMBERS) + " "
                    + pick(NOUNS) + " " + pick(CONSEQUENCES) + ".";
        };
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
