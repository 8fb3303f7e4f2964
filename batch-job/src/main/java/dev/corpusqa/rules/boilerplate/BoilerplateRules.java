package dev.corpusqa.rules.boilerplate;

import dev.corpusqa.core.Rule;
import java.util.ArrayList;
import java.util.List;

/** The boilerplate family: one rule per pattern family, corpus repetition, document escalation, near-duplicates. */
public final class BoilerplateRules {
    private BoilerplateRules() {
    }

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>();
        for (Family f : Family.values()) {
            rules.add(new FamilyRule(f));
        }
        rules.add(new RepeatedLineRule());
        rules.add(new DocumentShareRule());
        rules.add(new NearDuplicateRule());
        return List.copyOf(rules);
    }
}
