package dev.corpusqa.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpusqa.config.ConfigException;
import dev.corpusqa.config.FailOn;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.Severity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pom-to-options translation (the invoker ITs cover whole builds). */
class MojoOptionsTest {

    @TempDir
    Path base;

    CheckMojo mojo;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(base.resolve("corpus"));
        mojo = new CheckMojo();
        mojo.basedir = base.toFile();
        mojo.corpusDirectories = List.of(new File("corpus"));
        mojo.outputDirectory = new File("target/corpus-qa");
        mojo.configFile = base.resolve("corpus-qa.yml").toFile();
        mojo.baselineFile = base.resolve("corpus-qa-baseline.json").toFile();
    }

    @Test
    void defaultsResolveAgainstTheProjectAndAbsentDefaultFilesAreFine() {
        QaOptions o = mojo.options();
        assertThat(o.corpusRoots()).containsExactly(base.resolve("corpus"));
        assertThat(o.outputDirectory()).isEqualTo(base.resolve("target/corpus-qa"));
        assertThat(o.failOn()).isEqualTo(FailOn.ERROR);
        assertThat(o.maxAllowedFindings()).isZero();
        assertThat(o.formats()).contains("json", "html");
        assertThat(o.databaseUrl()).startsWith("jdbc:h2:file:" + base.resolve("target/corpus-qa/db"));
    }

    @Test
    void yamlFillsWhatThePomLeavesUnsetAndThePomWins() throws Exception {
        Files.writeString(base.resolve("corpus-qa.yml"), "failOn: warning\nmaxAllowedFindings: 3\noutputDirectory: elsewhere\n");
        mojo.maxAllowedFindings = 1;
        QaOptions o = mojo.options();
        assertThat(o.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(o.maxAllowedFindings()).isEqualTo(1);
        assertThat(o.outputDirectory()).isEqualTo(base.resolve("target/corpus-qa"));
    }

    @Test
    void inlineRulesAndShorthandOverrides() {
        Rule r = new Rule();
        r.setId("date.missing");
        r.setSeverity("warning");
        Rule off = new Rule();
        off.setId("translation.*");
        off.setEnabled(false);
        mojo.rules = List.of(r, off);
        mojo.ruleOverrides = "encoding.bom=off, boilerplate.newsletter=info";
        QaOptions o = mojo.options();
        assertThat(o.rules().get("date.missing").severity()).isEqualTo(Severity.WARNING);
        assertThat(o.rules().get("translation.*").enabled()).isFalse();
        assertThat(o.rules().get("encoding.bom").enabled()).isFalse();
        assertThat(o.rules().get("boilerplate.newsletter").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void badValuesAreConfigurationErrorsNamingTheProblem() {
        mojo.ruleOverrides = "encoding.bom";
        assertThatThrownBy(mojo::options).isInstanceOf(ConfigException.class).hasMessageContaining("id=setting");
        mojo.ruleOverrides = null;
        mojo.failOn = "sometimes";
        assertThatThrownBy(mojo::options).isInstanceOf(ConfigException.class).hasMessageContaining("failOn");
        mojo.failOn = null;
        mojo.configFile = new File("conf/qa.yml");
        assertThatThrownBy(mojo::options).isInstanceOf(ConfigException.class).hasMessageContaining("qa.yml");
    }

    @Test
    void aMissingCorpusDirectoryIsAOneLineMojoExecutionException() {
        mojo.corpusDirectories = List.of(new File("articles"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Corpus QA configuration error: corpus directory does not exist: " + base.resolve("articles"))
                .hasNoCause();
    }

    @Test
    void unknownRuleIdsAreRejectedBeforeAnythingRuns() {
        Rule r = new Rule();
        r.setId("encoding.no-such-rule");
        r.setEnabled(false);
        mojo.rules = List.of(r);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("unknown rule id 'encoding.no-such-rule'").hasNoCause();
        assertThat(base.resolve("target")).doesNotExist();
    }

    @Test
    void skipDoesNothing() throws Exception {
        mojo.skip = true;
        mojo.corpusDirectories = List.of(new File("articles"));
        mojo.execute();
        assertThat(base.resolve("target")).doesNotExist();
    }
}
