package dev.corpusqa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.corpusqa.core.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in a real headless Chromium (Debian's {@code chromium}; CI installs it) and
 * checks that the findings table renders, our script ran, and corpus text holding markup and
 * script stayed inert. The screenshot is kept as {@code target/html-report/report.png}.
 */
class HtmlReportChromiumTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String HOSTILE = "Sign up <script>document.title='pwned';document.body.setAttribute('data-pwned','1')</script>"
            + "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"> for our newsletter";

    @TempDir
    Path dir;

    @Test
    void rendersTheFindingsTableAndCorpusMarkupStaysInert() throws Exception {
        Path html;
        try (SyntheticRun run = new SyntheticRun(dir)) {
            run.file("site/story.txt", "Harbour reopens\nPublished 2024-03-12\n\n" + HOSTILE + "\nThe end.\n")
                    .finding("site/story.txt", "boilerplate.newsletter", Severity.ERROR, 4, 1, HOSTILE.length() + 1, "sign-up box: " + HOSTILE, HOSTILE)
                    .file("site/<script>x</script>.txt", "Nothing dated here.\n")
                    .finding("site/<script>x</script>.txt", "date.missing", Severity.WARNING, 1, 1, 1, "no publication date", "")
                    .file("site/clean.txt", "Harbour reopens\nPublished 2024-03-12\n");
            long id = run.commit();
            html = Reports.write(run.context(id), run.out, List.of("html")).get("html");
        }
        String source = Files.readString(html, StandardCharsets.UTF_8);
        // static checks, valid without a browser: one script element (ours), corpus markup escaped
        assertThat(count(source, "<script")).isEqualTo(1);
        assertThat(source).contains("&lt;script&gt;document.title=").doesNotContain("<img").doesNotContain("http://").doesNotContain("https://");
        assertThat(source).contains("<mark>").contains("class=\"hit\"");

        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: " + CHROMIUM + " not installed (apt-get install chromium); CI installs it");
        Path artifacts = Files.createDirectories(Path.of("target", "html-report"));
        Files.copy(html, artifacts.resolve("report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String dom = chromium(dir, "--dump-dom", html.toUri().toString());
        assertThat(dom).contains("<table id=\"findings\" class=\"findings\" data-ready=\"1\">"); // our script ran
        assertThat(dom).contains("2 of 2 shown");
        assertThat(dom).contains("<title>Corpus QA report, run");
        assertThat(dom).doesNotContain("pwned\"").doesNotContain("data-pwned=").doesNotContain("<img");
        Matcher rows = Pattern.compile("<tr class=\"(error|warning|info)\"").matcher(dom);
        int n = 0;
        while (rows.find()) {
            n++;
        }
        assertThat(n).isEqualTo(2);

        Path png = artifacts.resolve("report.png");
        Files.deleteIfExists(png);
        chromium(dir, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,1800", html.toUri().toString());
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String chromium(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium")));
        cmd.addAll(List.of(args));
        Path outFile = Files.createTempFile(dir, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(outFile.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
        return Files.readString(outFile, StandardCharsets.UTF_8);
    }
}
