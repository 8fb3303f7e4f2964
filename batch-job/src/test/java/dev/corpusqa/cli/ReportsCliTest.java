package dev.corpusqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history, delta, baseline, gate and scheduled-run commands end to end on a small corpus of our
 * own, each step through {@link Main#run}.
 */
class ReportsCliTest {

    static final String DATED = "Harbour reopens\nPublished 2024-03-12\n\nThe ferry runs hourly again after the storm.\n";
    static final String SIGNUP = "Sign up for our daily newsletter and get the headlines first.\n";
    static final String SIGNUP2 = "Subscribe to our weekly newsletter for the best stories.\n";

    @TempDir
    Path dir;

    record Result(int code, String out) {
    }

    static Result cli(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Result(code, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void historyDeltaGateBaselineAndSchedule() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path out = dir.resolve("out");
        String o = out.toString();
        Files.writeString(corpus.resolve("a.txt"), DATED + SIGNUP + "The timetable is online.\n");
        Files.writeString(corpus.resolve("b.txt"), DATED + "Nothing else to add.\n");

        Result first = cli("check", corpus.toString(), "--out", o, "--format", "all", "--reference-date", "2024-06-01", "-q", "--threads", "1");
        assertThat(first.code()).as(first.out()).isEqualTo(1);
        assertThat(first.out()).contains("FAIL (run 1)");

        // fix a.txt, break b.txt: one fixed, one new
        Files.writeString(corpus.resolve("a.txt"), DATED + "The timetable is online.\n");
        Files.writeString(corpus.resolve("b.txt"), DATED + SIGNUP2 + "Nothing else to add.\n");
        Result second = cli("check", corpus.toString(), "--out", o, "--format", "all", "--reference-date", "2024-06-01", "-q", "--threads", "1");
        assertThat(second.code()).as(second.out()).isEqualTo(1);

        Result history = cli("history", "--out", o);
        assertThat(history.code()).isZero();
        assertThat(history.out()).containsPattern("(?m)^\\s+2 .*completed\\s+fail .*\\s1\\s+1\\s+" + java.util.regex.Pattern.quote(corpus.toString()))
                .containsPattern("(?m)^\\s+1 .*completed\\s+fail");
        Result byRule = cli("history", "--out", o, "--run", "2");
        assertThat(byRule.out()).contains("boilerplate.newsletter");

        JsonNode sarif = new ObjectMapper().readTree(out.resolve("report.sarif").toFile());
        assertThat(sarif.findValuesAsText("baselineState")).contains("new");
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("Against run 1").contains("1 new</strong>").contains("1 fixed</strong>");
        assertThat(Files.readString(out.resolve("summary.md"))).contains("Against run 1: **1 new**, 1 fixed");

        // re-decide without scanning
        assertThat(cli("gate", "--out", o, "--run", "2").code()).isEqualTo(1);
        assertThat(cli("gate", "--out", o, "--run", "2", "--fail-on", "never").code()).isZero();
        assertThat(cli("gate", "--out", o, "--run", "2", "--fail-on", "never", "--warn-exit").code()).isEqualTo(4);
        Path cfg = dir.resolve("levels.yml");
        Files.writeString(cfg, "rules:\n  boilerplate.newsletter:\n    warnAt: 1\n    failAt: 60%\n");
        Result levels = cli("gate", "--out", o, "--run", "2", "--config", cfg.toString());
        assertThat(levels.code()).as(levels.out()).isZero();
        assertThat(levels.out()).contains("WARN").contains("warnAt");
        Files.writeString(cfg, "rules:\n  boilerplate.newsletter:\n    failAt: 0.5\n");
        assertThat(cli("gate", "--out", o, "--run", "2", "--config", cfg.toString()).code()).isEqualTo(1); // 1 of 2 documents
        Result rewrite = cli("gate", "--out", o, "--run", "1", "--format", "junit", "--report-dir", dir.resolve("rewritten").toString());
        assertThat(rewrite.code()).isEqualTo(1);
        assertThat(dir.resolve("rewritten").resolve("junit.xml")).exists();
        assertThat(cli("gate", "--out", o, "--run", "99").code()).isEqualTo(2);
        assertThat(cli("history", "--out", dir.resolve("nowhere").toString()).code()).isEqualTo(2);

        // baseline: accept what is there, then only new findings fail
        Path baseline = dir.resolve("baseline.json");
        Result b = cli("baseline", corpus.toString(), "--out", o, "--baseline", baseline.toString(), "--reference-date", "2024-06-01", "-q");
        assertThat(b.code()).as(b.out()).isZero();
        assertThat(new ObjectMapper().readTree(baseline.toFile()).path("findings").size()).isEqualTo(1);
        Result accepted = cli("check", corpus.toString(), "--out", o, "--baseline", baseline.toString(), "--reference-date", "2024-06-01", "-q");
        assertThat(accepted.code()).as(accepted.out()).isZero();
        assertThat(accepted.out()).contains("1 baselined");
        // lines moving above the accepted finding keep it baselined; a new defect fails
        Files.writeString(corpus.resolve("b.txt"), "Extra heading\n\n" + DATED + SIGNUP2 + "Nothing else to add.\n");
        assertThat(cli("check", corpus.toString(), "--out", o, "--baseline", baseline.toString(), "--reference-date", "2024-06-01", "-q").code())
                .isZero();
        Files.writeString(corpus.resolve("a.txt"), DATED + SIGNUP + "The timetable is online.\n");
        Result fresh = cli("check", corpus.toString(), "--out", o, "--baseline", baseline.toString(), "--reference-date", "2024-06-01", "-q");
        assertThat(fresh.code()).as(fresh.out()).isEqualTo(1);

        // scheduled: every second, two runs, both recorded
        int before = countRuns(cli("history", "--out", o, "--limit", "100").out());
        Result sched = cli("run", corpus.toString(), "--out", o, "--schedule", "* * * * * *", "--max-runs", "2", "--reference-date", "2024-06-01", "-q");
        assertThat(sched.code()).as(sched.out()).isEqualTo(1);
        assertThat(countRuns(cli("history", "--out", o, "--limit", "100").out())).isEqualTo(before + 2);
        assertThat(cli("run", corpus.toString(), "--out", o, "--schedule", "every day").code()).isEqualTo(2);
    }

    static int countRuns(String history) {
        return (int) history.lines().filter(l -> l.matches("\\s*\\d+\\s.*")).count();
    }
}
