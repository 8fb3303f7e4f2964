package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import java.util.List;

/**
 * {@code encoding.mojibake}: UTF-8 text that was once decoded with the wrong single-byte code page
 * and saved again ("cafÃ©", "ZГјrich", "â€™"), also twice over. One finding per run, with the
 * repaired text as the suggestion; see {@link MojibakeDetector} for how runs are found and tested.
 */
public final class MojibakeRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("encoding.mojibake", Category.ENCODING, Severity.ERROR,
            "UTF-8 text decoded with the wrong code page and saved again (\"cafÃ©\"), with the repair");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Document doc, RuleContext ctx, FindingSink out) {
        String t = doc.text();
        if (t == null || !TextFacts.has(t, TextFacts.MOJIBAKE_START)) {
            return; // no character a mojibake run can start with
        }
        int max = ctx.params(INFO).getInt("maxListed", 50);
        List<MojibakeDetector.Span> spans = MojibakeDetector.find(t, max);
        for (MojibakeDetector.Span s : spans) {
            String shown = EncodingText.visible(t.substring(s.start(), s.end()));
            out.accept(Finding.on(doc, INFO).span(s.start(), s.end())
                    .message("mojibake: \"" + shown + "\" is " + (s.charset().startsWith("ISO") ? "windows-1252 punctuation read as latin-1"
                            : "UTF-8 read as " + s.charset()) + "; it should read \"" + EncodingText.visible(s.repaired()) + "\""
                            + (s.certain() ? "" : " (part of the original is lost: repair by hand)"))
                    .evidence(EncodingText.around(t, s.start())).suggestion(s.repaired()).score(s.certain() ? 1.0 : 0.5).build());
        }
    }
}
