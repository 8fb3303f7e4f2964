package dev.corpusqa.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpusqa.config.FailOn;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.job.RunListener;
import dev.corpusqa.report.ReportFindings;
import dev.corpusqa.store.Database;
import dev.corpusqa.store.QaStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-to-date check skips a run only when nothing it reads changed: corpus files, sidecars,
 * settings, the gate and the reports. Anything else runs the job again.
 */
class UpToDateTest {

    @TempDir
    Path tmp;

    private Path corpus;

    private static final String DATED = "Harbour ferry timetable changes from next month\nBy Jordan Avery\nPublished: 2024-03-12\n\n";

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), DATED + "The council confirmed on Tuesday that the ferry will run every twenty minutes.\n"
                + "Sign up for our free morning newsletter to get stories like this in your inbox.\n");
        Files.writeString(corpus.resolve("b.txt"), "Library opening hours extended\n\nThe library will open until eight in the evening from June.\n");
    }

    private QaOptions options() {
        return new QaOptions().corpusRoot(corpus).outputDirectory(tmp.resolve("out")).threads(1).quiet(true)
                .referenceDate(LocalDate.of(2024, 6, 1)).formats(List.of("json", "html"));
    }

    private int runs(QaOptions o) {
        try (Database db = Database.open(o.databaseUrl(), o.databaseUser(), o.databasePassword())) {
            return new QaStore(db.dataSource()).runs(1000).size();
        }
    }

    private static void touch(Path f) throws IOException {
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 2000));
    }

    @Test
    void anUnchangedCorpusKeepsTheLastOutcomeWithoutARun() throws IOException {
        RunOutcome first = CorpusQa.check(options(), RunListener.NONE);
        assertThat(first.upToDate()).isFalse();
        assertThat(first.exitCode()).isEqualTo(RunOutcome.EXIT_FAIL);
        long reportTime = Files.getLastModifiedTime(first.reports().get("json")).toMillis();

        RunOutcome again = CorpusQa.check(options(), RunListener.NONE);
        assertThat(again.upToDate()).isTrue();
        assertThat(again.runId()).isEqualTo(first.runId());
        assertThat(again.decision()).isEqualTo(first.decision());
        assertThat(again.exitCode()).isEqualTo(first.exitCode());
        assertThat(again.documents()).isEqualTo(2);
        assertThat(again.reports()).isEqualTo(first.reports());
        assertThat(Files.getLastModifiedTime(again.reports().get("json")).toMillis()).as("reports are left as written").isEqualTo(reportTime);
        assertThat(runs(options())).as("a skipped run records nothing").isEqualTo(1);

        List<String> printed = new ArrayList<>();
        ReportFindings.forEach(again.reports().get("json"), (f, counted) -> printed.add(f.ruleId() + (counted ? "" : " (not counted)")));
        assertThat(printed).contains("boilerplate.newsletter", "date.missing");
    }

    @Test
    void anyChangeItReadsRunsTheJobAgain() throws IOException {
        CorpusQa.check(options(), RunListener.NONE);

        touch(corpus.resolve("b.txt")); // same bytes, new time: as Git's index, the time says "maybe changed"
        assertThat(CorpusQa.check(options(), RunListener.NONE).upToDate()).isFalse();
        assertThat(CorpusQa.check(options(), RunListener.NONE).upToDate()).isTrue();

        Files.writeString(corpus.resolve("b.json"), "{\"date\": \"2024-05-02\"}"); // a sidecar changes results too
        RunOutcome sidecar = CorpusQa.check(options(), RunListener.NONE);
        assertThat(sidecar.upToDate()).isFalse();
        assertThat(CorpusQa.check(options(), RunListener.NONE).upToDate()).isTrue();

        assertThat(CorpusQa.check(options().failOn(FailOn.NEVER), RunListener.NONE).upToDate()).as("another gate").isFalse();
        assertThat(CorpusQa.check(options().referenceDate(LocalDate.of(2024, 7, 1)), RunListener.NONE).upToDate()).as("another setting")
                .isFalse();
        assertThat(CorpusQa.check(options().referenceDate(LocalDate.of(2024, 7, 1)), RunListener.NONE).upToDate()).isTrue();
        assertThat(CorpusQa.check(options().formats(List.of("json")), RunListener.NONE).upToDate()).as("other reports").isFalse();

        Files.delete(tmp.resolve("out").resolve("report.json"));
        RunOutcome restored = CorpusQa.check(options().formats(List.of("json")), RunListener.NONE);
        assertThat(restored.upToDate()).as("a missing report is written again").isFalse();
        assertThat(restored.reports().get("json")).exists();

        Files.writeString(corpus.resolve("c.txt"), DATED + "A new article.\n");
        assertThat(CorpusQa.check(options().formats(List.of("json")), RunListener.NONE).upToDate()).as("a new file").isFalse();
        assertThat(CorpusQa.check(options().formats(List.of("json")).incremental(false), RunListener.NONE).upToDate())
                .as("--no-incremental always runs").isFalse();
        assertThat(CorpusQa.check(options().formats(List.of("json")).upToDateCheck(false), RunListener.NONE).upToDate()).isFalse();
    }
}
