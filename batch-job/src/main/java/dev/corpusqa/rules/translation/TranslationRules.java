package dev.corpusqa.rules.translation;

import dev.corpusqa.core.Rule;
import java.util.List;

/** The machine-translation artifact family. */
public final class TranslationRules {
    private TranslationRules() {
    }

    public static List<Rule> all() {
        return List.of(new BylineCaseRule(), new EntityVariantRule(), new PronounGenderRule(), new CoupleCalqueRule(),
                new DoubledGlossRule(), new CalqueRule(), new UntranslatedRule(), new TranslationeseScoreRule());
    }
}
