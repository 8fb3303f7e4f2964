package dev.corpusqa.rules.encoding;

import dev.corpusqa.core.Rule;
import java.util.List;

/** The encoding family, in the order they run. */
public final class EncodingRules {
    private EncodingRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new InputRules.Binary(),
                new InputRules.Empty(),
                new InputRules.JobRaised(InputRules.UNREADABLE),
                new InputRules.JobRaised(InputRules.TOO_LARGE),
                new InputRules.JobRaised(InputRules.NOT_CHECKED),
                new InvalidUtf8Rule(),
                new LegacyCharsetRule(),
                new Utf16Rule(),
                new BomRule(),
                new ReplacementCharRule(),
                new MojibakeRule(),
                new ControlCharRule(),
                new ZeroWidthRule(),
                new BidiControlRule(),
                new HtmlEntityRule(),
                new NbspRule(),
                new NotNfcRule(),
                new MixedLineEndingsRule(),
                new MixedScriptWordRule());
    }
}
