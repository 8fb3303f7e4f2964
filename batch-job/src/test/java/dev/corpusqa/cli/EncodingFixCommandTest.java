package dev.corpusqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code corpus-qa fix --encoding}: certain repairs are written, uncertain files are never touched. */
class EncodingFixCommandTest {

    @TempDir
    Path tmp;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private static final String RUSSIAN = "Городской совет утвердил бюджет на следующий год. Депутаты долго обсуждали расходы на транспорт, школы и больницы.\n";
    private static final String CLEAN = "The council approved the budget on Tuesday.\n";

    private Path corpus() throws Exception {
        Path c = tmp.resolve("corpus");
        Files.createDirectories(c.resolve("sub"));
        Files.write(c.resolve("legacy.txt"), RUSSIAN.getBytes(Charset.forName("windows-1251")));
        Files.writeString(c.resolve("sub/mojibake.txt"), "The cafÃ© and the mayorâ€™s office reopened.\n");
        Files.writeString(c.resolve("bom.txt"), "\uFEFF" + CLEAN);
        Files.write(c.resolve("utf16.txt"), ("\uFEFF" + CLEAN).getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(c.resolve("clean.txt"), CLEAN);
        Files.writeString(c.resolve("lost.txt"), "The mayor of GdaÅ\uFFFDsk lost a byte.\n");
        // valid UTF-8 with one stray latin-1 byte: transcoding the whole file would break the valid part
        byte[] mixed = "Zürich costs £".getBytes(StandardCharsets.UTF_8);
        byte[] withStray = new byte[mixed.length + 3];
        System.arraycopy(mixed, 0, withStray, 0, mixed.length);
        withStray[mixed.length] = (byte) 0xA3;
        withStray[mixed.length + 1] = '5';
        withStray[mixed.length + 2] = '\n';
        Files.write(c.resolve("mixed.txt"), withStray);
        return c;
    }

    @Test
    void repairsWhatIsCertainAndLeavesTheRestAlone() throws Exception {
        Path c = corpus();
        byte[] lostBefore = Files.readAllBytes(c.resolve("lost.txt"));
        byte[] mixedBefore = Files.readAllBytes(c.resolve("mixed.txt"));
        int code = Main.run("fix", "--encoding", c.toString());
        assertThat(code).as(console.stdout() + console.stderr()).isEqualTo(1);
        assertThat(Files.readString(c.resolve("legacy.txt"))).isEqualTo(RUSSIAN);
        assertThat(Files.readString(c.resolve("sub/mojibake.txt"))).isEqualTo("The café and the mayor’s office reopened.\n");
        assertThat(Files.readString(c.resolve("bom.txt"))).isEqualTo(CLEAN);
        assertThat(Files.readString(c.resolve("utf16.txt"))).isEqualTo(CLEAN);
        assertThat(Files.readString(c.resolve("clean.txt"))).isEqualTo(CLEAN);
        assertThat(Files.readAllBytes(c.resolve("lost.txt"))).isEqualTo(lostBefore);
        assertThat(Files.readAllBytes(c.resolve("mixed.txt"))).isEqualTo(mixedBefore);
        assertThat(console.stdout()).contains("fixed legacy.txt: transcoded windows-1251 -> UTF-8")
                .contains("fixed sub/mojibake.txt: repaired 2 mojibake runs")
                .contains("left  lost.txt:").contains("left  mixed.txt:")
                .contains("7 files, 4 fixed, 2 left alone (uncertain), 1 already clean");
        // a second run finds nothing more to do on the repaired files
        console.resetStdout();
        Main.run("fix", "--encoding", c.toString());
        assertThat(console.stdout()).contains("0 fixed");
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path c = corpus();
        byte[] before = Files.readAllBytes(c.resolve("legacy.txt"));
        Main.run("fix", "--encoding", "--dry-run", c.toString());
        assertThat(Files.readAllBytes(c.resolve("legacy.txt"))).isEqualTo(before);
        assertThat(console.stdout()).contains("would fix legacy.txt").contains("would be fixed (dry run)");
    }

    @Test
    void usageErrorsAreMessagesNotStackTraces() throws Exception {
        assertThat(Main.run("fix", tmp.toString())).isEqualTo(2);
        assertThat(console.stderr()).contains("--encoding").doesNotContain("\tat ");
        assertThat(Main.run("fix", "--encoding", tmp.resolve("missing").toString())).isEqualTo(2);
        assertThat(console.stderr()).contains("no such file or directory");
    }
}
