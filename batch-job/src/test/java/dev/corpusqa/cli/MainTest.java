package dev.corpusqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpusqa.job.Corpora;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and console format of the command line. */
class MainTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void dirtyCorpusExitsOneAndPrintsPathLineColumnSeverityRule() throws Exception {
        Path corpus = Corpora.mixed(tmp.resolve("c"));
        int code = Main.run("check", corpus.toString(), "--out", tmp.resolve("out").toString(), "--reference-date", "2025-01-01");
        assertThat(code).as(console.stderr()).isEqualTo(1);
        assertThat(console.stdout()).contains("nodate.txt:1:1: error [date.missing]").contains("corpus-qa: FAIL")
                .contains("report (json): ");
        assertThat(console.stdout()).containsPattern("latin1\\.txt:\\d+:\\d+: error \\[encoding\\.invalid-utf8\\]");
        assertThat(Files.exists(tmp.resolve("out/report.json"))).isTrue();
        assertThat(console.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void cleanCorpusExitsZero() throws Exception {
        Corpora.write(tmp.resolve("c"), "a.txt", Corpora.CLEAN);
        assertThat(Main.run("check", tmp.resolve("c").toString(), "--out", tmp.resolve("out").toString())).as(console.stdout() + console.stderr()).isEqualTo(0);
        assertThat(console.stdout()).contains("corpus-qa: PASS");
    }

    @Test
    void failOnNeverPassesADirtyCorpus() throws Exception {
        Path corpus = Corpora.mixed(tmp.resolve("c"));
        assertThat(Main.run("check", corpus.toString(), "--out", tmp.resolve("out").toString(), "--fail-on", "never")).isEqualTo(0);
    }

    @Test
    void ruleOverrideTurnsARuleOff() throws Exception {
        Path corpus = tmp.resolve("c");
        Corpora.write(corpus, "a.txt", Corpora.CLEAN.replace("Published: 2024-03-12\n", ""));
        assertThat(Main.run("check", corpus.toString(), "--out", tmp.resolve("o1").toString())).isEqualTo(1);
        assertThat(Main.run("check", corpus.toString(), "--out", tmp.resolve("o2").toString(), "--rule", "date.missing=off")).isEqualTo(0);
        assertThat(Main.run("check", corpus.toString(), "--out", tmp.resolve("o3").toString(), "--rule", "date.missing=warning")).isEqualTo(0);
    }

    @Test
    void usageAndConfigurationErrorsExitTwoWithoutAStackTrace() throws Exception {
        assertThat(Main.run("check", tmp.resolve("missing").toString())).isEqualTo(2);
        assertThat(console.stderr()).contains("corpus directory does not exist");
        assertThat(Main.run("check", tmp.toString(), "--fail-on", "sometimes")).isEqualTo(2);
        assertThat(Main.run("check", tmp.toString(), "--rule", "nope.nothing=off")).isEqualTo(2);
        Path badYaml = tmp.resolve("corpus-qa.yml");
        Files.writeString(badYaml, "rules: [unclosed\n");
        assertThat(Main.run("check", tmp.toString(), "--config", badYaml.toString())).isEqualTo(2);
        assertThat(console.stderr()).contains("malformed YAML");
        assertThat(Main.run("frobnicate")).isEqualTo(2);
        assertThat(console.stderr()).doesNotContain("\tat ");
    }

    @Test
    void helpAndVersion() {
        assertThat(Main.run("--help")).isEqualTo(0);
        assertThat(console.stdout()).contains("check").contains("Exit codes");
        assertThat(Main.run("--version")).isEqualTo(0);
        assertThat(console.stdout()).contains("corpus-qa ");
        assertThat(Main.run("rules")).isEqualTo(0);
        assertThat(console.stdout()).contains("encoding.invalid-utf8").contains("date.missing");
    }
}
