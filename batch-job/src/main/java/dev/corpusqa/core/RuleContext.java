package dev.corpusqa.core;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule may read besides its document: its parameters, the corpus statistics computed by the
 * profile step, the number of documents in the corpus and the reference date ("today" for the run,
 * or the configured crawl date).
 */
public final class RuleContext {

    private final Map<Class<? extends CorpusStatistic>, CorpusStatistic> statistics;
    private final Map<String, Map<String, Object>> params;
    private final LocalDate referenceDate;
    private final int documentCount;

    public RuleContext(Map<Class<? extends CorpusStatistic>, CorpusStatistic> statistics,
            Map<String, Map<String, Object>> params, LocalDate referenceDate, int documentCount) {
        this.statistics = Map.copyOf(statistics);
        this.params = Map.copyOf(params);
        this.referenceDate = Objects.requireNonNull(referenceDate);
        this.documentCount = documentCount;
    }

    /** A context with no statistics and no parameters: for tests and single documents. */
    public static RuleContext standalone(LocalDate referenceDate) {
        return new RuleContext(Map.of(), Map.of(), referenceDate, 1);
    }

    public static RuleContext standalone() {
        return standalone(LocalDate.now());
    }

    /** The statistic of this type, or {@code null} when the profile step did not compute it. */
    public <T extends CorpusStatistic> T statistic(Class<T> type) {
        return type.cast(statistics.get(type));
    }

    public Params params(RuleInfo rule) {
        return new Params(params.getOrDefault(rule.id(), Map.of()));
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    public int documentCount() {
        return documentCount;
    }

    /** Typed access to a rule's parameters with defaults. */
    public record Params(Map<String, Object> values) {
        public int getInt(String name, int dflt) {
            Object v = values.get(name);
            return v == null ? dflt : v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString().trim());
        }

        public double getDouble(String name, double dflt) {
            Object v = values.get(name);
            return v == null ? dflt : v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().trim());
        }

        public boolean getBoolean(String name, boolean dflt) {
            Object v = values.get(name);
            return v == null ? dflt : v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString().trim());
        }

        public String getString(String name, String dflt) {
            Object v = values.get(name);
            return v == null ? dflt : v.toString();
        }

        @SuppressWarnings("unchecked")
        public java.util.List<String> getStrings(String name, java.util.List<String> dflt) {
            Object v = values.get(name);
            if (v == null) {
                return dflt;
            }
            if (v instanceof java.util.List<?> l) {
                return l.stream().map(Object::toString).toList();
            }
            return java.util.Arrays.stream(v.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }
}
