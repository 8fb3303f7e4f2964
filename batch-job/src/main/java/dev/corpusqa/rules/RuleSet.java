package dev.corpusqa.rules;

import dev.corpusqa.core.CorpusRule;
import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules a run uses, each with its effective severity, gate threshold and parameters. */
public record RuleSet(List<Entry> entries) {

    public record Entry(Rule rule, Severity severityOverride, Double minScore, Map<String, Object> params) {
        /** The configured severity, else the rule's default. */
        public Severity severity() {
            return severityOverride != null ? severityOverride : rule.info().defaultSeverity();
        }
    }

    public Entry entry(String ruleId) {
        return entries.stream().filter(e -> e.rule().info().id().equals(ruleId)).findFirst().orElse(null);
    }

    /** The distinct statistic types the enabled rules need. */
    public Set<Class<? extends CorpusStatistic>> statisticTypes() {
        Set<Class<? extends CorpusStatistic>> s = new LinkedHashSet<>();
        entries.forEach(e -> s.addAll(e.rule().statistics()));
        return s;
    }

    public List<CorpusRule> corpusRules() {
        return entries.stream().map(Entry::rule).filter(CorpusRule.class::isInstance).map(CorpusRule.class::cast).toList();
    }

    public Map<String, Map<String, Object>> params() {
        return entries.stream().collect(Collectors.toMap(e -> e.rule().info().id(), Entry::params));
    }
}
