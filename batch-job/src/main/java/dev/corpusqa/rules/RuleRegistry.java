package dev.corpusqa.rules;

import dev.corpusqa.config.ConfigException;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.config.RuleSettings;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.rules.boilerplate.BoilerplateRules;
import dev.corpusqa.rules.date.DateRules;
import dev.corpusqa.rules.encoding.EncodingRules;
import dev.corpusqa.rules.translation.TranslationRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every rule the tool knows, by stable id. Each family lists its rules in one class
 * ({@code rules.encoding.EncodingRules}, ...): no classpath scanning, so the set is the same inside
 * Maven's class loader, in a shaded jar and in tests.
 */
public final class RuleRegistry {

    private final Map<String, Rule> rules;

    private RuleRegistry(List<Rule> all) {
        Map<String, Rule> m = new LinkedHashMap<>();
        for (Rule r : all) {
            if (m.put(r.info().id(), r) != null) {
                throw new IllegalStateException("duplicate rule id " + r.info().id());
            }
        }
        this.rules = Collections.unmodifiableMap(m);
    }

    public static RuleRegistry builtIn() {
        List<Rule> all = new ArrayList<>();
        all.addAll(EncodingRules.all());
        all.addAll(BoilerplateRules.all());
        all.addAll(TranslationRules.all());
        all.addAll(DateRules.all());
        return new RuleRegistry(all);
    }

    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    public Map<String, Rule> all() {
        return rules;
    }

    public List<RuleInfo> infos() {
        return rules.values().stream().map(Rule::info).toList();
    }

    public Rule get(String id) {
        return rules.get(id);
    }

    /**
     * The rules enabled by {@code options}, with their effective severity. Settings keyed by a
     * category ({@code encoding}) or a prefix with a wildcard ({@code translation.*}) apply to all its
     * rules; a setting for an exact id wins. Unknown ids are configuration errors.
     */
    public RuleSet select(QaOptions options) {
        for (String key : options.rules().keySet()) {
            if (!matchesAny(key)) {
                throw new ConfigException("unknown rule id '" + key + "'; known ids: "
                        + rules.keySet().stream().collect(Collectors.joining(", ")));
            }
        }
        List<RuleSet.Entry> entries = new ArrayList<>();
        for (Rule r : rules.values()) {
            RuleSettings eff = new RuleSettings();
            String cat = r.info().category().id();
            for (String key : List.of(cat, cat + ".*", r.info().id())) {
                RuleSettings s = options.rules().get(key);
                if (s != null) {
                    eff.merge(s);
                }
            }
            if (Boolean.FALSE.equals(eff.enabled())) {
                continue;
            }
            entries.add(new RuleSet.Entry(r, eff.severity(),
                    eff.minScore(), Map.copyOf(eff.params())));
        }
        return new RuleSet(entries);
    }

    private boolean matchesAny(String key) {
        if (rules.containsKey(key)) {
            return true;
        }
        String prefix = key.endsWith(".*") ? key.substring(0, key.length() - 2) : key;
        return rules.values().stream().anyMatch(r -> r.info().category().id().equals(prefix));
    }
}
