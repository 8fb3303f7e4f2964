package dev.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpusqa.core.Document;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.rules.encoding.CharsetGuesser;
import java.nio.charset.Charset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A legacy file is read in its charset before the rules run, so text rules see the real text. */
class LegacyDecodingTest {

    private static final String TEXT = "Новая линия трамвая откроется весной, сообщили в мэрии города.";

    @Test
    void legacyFileIsDecodedInItsCharsetAndKeepsItsBytes() {
        byte[] koi8 = TEXT.getBytes(Charset.forName("KOI8-R"));
        Document raw = Document.of("a.txt", koi8, Map.of());
        assertThat(raw.isValidUtf8()).isFalse();
        assertThat(raw.decodedAs()).isNull();
        Document d = CharsetGuesser.decodeLegacy(raw);
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.decodedAs()).isEqualTo("KOI8-R");
        assertThat(d.isValidUtf8()).isFalse();
        assertThat(d.bytes()).isSameAs(koi8);
    }

    @Test
    void utf8FilesAreLeftAsTheyAre() {
        Document d = Document.ofText("a.txt", TEXT);
        assertThat(CharsetGuesser.decodeLegacy(d)).isSameAs(d);
        assertThat(d.decodedAs()).isEqualTo("UTF-8");
    }

    @Test
    void engineReportsTheCharsetAsAFactAndNoReplacementCharacters() {
        byte[] cp1251 = TEXT.getBytes(Charset.forName("windows-1251"));
        RuleEngine engine = new RuleEngine(new RuleSet(RuleRegistry.builtIn().all().values().stream().map(x -> new RuleSet.Entry(x, null, null, Map.of())).toList()), 0);
        RuleEngine.Result r = engine.check(Document.of("a.txt", cp1251, Map.of()), RuleContext.standalone());
        assertThat(r.facts()).containsEntry("charset", "windows-1251");
        assertThat(r.findings()).extracting(f -> f.ruleId()).contains("encoding.legacy-charset", "encoding.invalid-utf8")
                .doesNotContain("encoding.replacement-char", "encoding.mojibake");
    }

    @Test
    void aLongAsciiHeadDoesNotHideTheLegacyPart() {
        String head = "The council met on Tuesday and agreed the budget for the coming year.\n".repeat(600);
        String all = head + TEXT + "\n";
        Document d = CharsetGuesser.decodeLegacy(Document.of("a.txt", all.getBytes(Charset.forName("windows-1251")), Map.of()));
        assertThat(d.decodedAs()).isEqualTo("windows-1251");
        assertThat(d.text()).isEqualTo(all);
    }
}
