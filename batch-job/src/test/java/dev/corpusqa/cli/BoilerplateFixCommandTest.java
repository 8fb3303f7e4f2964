package dev.corpusqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus-qa fix --boilerplate}: cleaned copies, in-place rewrite, summary, bad input. */
class BoilerplateFixCommandTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    static final String STORY = "Harbour to reopen in May\n\n"
            + "The harbour will reopen in May after two years of repairs, officials said on Monday.\n"
            + "Sign up for our free morning newsletter and get the news in your inbox.\n"
            + "Your support keeps our reporting free.The works cost four million euros and were paid by the region.\n"
            + "Local businesses said they expect more visitors in the summer season than last year.\n"
            + "© 2024 Example Harbour News. All rights reserved.\n";

    static final String CLEAN = "Harbour to reopen in May\n\n"
            + "The harbour will reopen in May after two years of repairs, officials said on Monday.\n"
            + "The works cost four million euros and were paid by the region.\n"
            + "Local businesses said they expect more visitors in the summer season than last year.\n";

    private Path corpus() throws Exception {
        Path c = tmp.resolve("corpus");
        Files.createDirectories(c.resolve("sub"));
        Files.writeString(c.resolve("sub/story.txt"), STORY);
        Files.writeString(c.resolve("plain.txt"), CLEAN);
        return c;
    }

    @Test
    void writesCleanedCopiesAndASummary() throws Exception {
        Path c = corpus();
        Path dest = tmp.resolve("cleaned");
        int code = Main.run("fix", "--boilerplate", c.toString(), "--out", dest.toString());
        String stdout = console.stdout();
        assertThat(code).as(console.stderr()).isZero();
        assertThat(Files.readString(dest.resolve("sub/story.txt"))).isEqualTo(CLEAN);
        assertThat(Files.readString(dest.resolve("plain.txt"))).isEqualTo(CLEAN);
        assertThat(Files.readString(c.resolve("sub/story.txt"))).as("source untouched").isEqualTo(STORY);
        assertThat(stdout).contains("sub/story.txt: removed 2 line(s), 1 glued span(s)")
                .contains("boilerplate.newsletter 1").contains("boilerplate.copyright 1").contains("boilerplate.donation 1")
                .doesNotContain("plain.txt:")
                .contains("2 files, 1 changed");
    }

    @Test
    void rewritesInPlace() throws Exception {
        Path c = corpus();
        int code = Main.run("fix", "--boilerplate", "--in-place", c.toString());
        assertThat(code).isZero();
        assertThat(Files.readString(c.resolve("sub/story.txt"))).isEqualTo(CLEAN);
    }

    @Test
    void missingDirectoryIsAUsageErrorWithoutStackTrace() {
        int code = Main.run("fix", "--boilerplate", tmp.resolve("nope").toString());
        assertThat(code).isEqualTo(2);
        assertThat(console.stderr()).contains("corpus directory not found").doesNotContain("\tat ");
    }

    @Test
    void outAndInPlaceExcludeEachOther() throws Exception {
        int code = Main.run("fix", "--boilerplate", "--in-place", "--out", tmp.resolve("x").toString(), corpus().toString());
        assertThat(code).isEqualTo(2);
    }
}
