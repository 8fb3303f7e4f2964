package dev.corpusqa.rules.date;

import dev.corpusqa.core.Rule;
import java.util.List;

/** The publication-date family. */
public final class DateRules {
    private DateRules() {
    }

    public static List<Rule> all() {
        return List.of(new MissingDateRule());
    }
}
