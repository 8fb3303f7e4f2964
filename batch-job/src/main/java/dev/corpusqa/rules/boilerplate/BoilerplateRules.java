package dev.corpusqa.rules.boilerplate;

import dev.corpusqa.core.Rule;
import java.util.List;

/** The boilerplate family. */
public final class BoilerplateRules {
    private BoilerplateRules() {
    }

    public static List<Rule> all() {
        return List.of(new NewsletterRule(), new RepeatedLineRule());
    }
}
