package dev.corpusqa.gate;

import dev.corpusqa.config.FailOn;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.Severity;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Decides pass or fail from stored findings, so a stricter gate never needs a re-scan: findings
 * whose score is below their rule's {@code minScore}, or whose fingerprint is in the baseline, do
 * not count. A run fails when more than {@code maxAllowedFindings} counted findings are at or above
 * {@code failOn}.
 */
public final class Gate {

    private final FailOn failOn;
    private final int maxAllowed;
    private final Map<String, Double> minScores;
    private final Set<String> baseline;

    public Gate(FailOn failOn, int maxAllowed, Map<String, Double> minScores, Set<String> baseline) {
        this.failOn = failOn;
        this.maxAllowed = maxAllowed;
        this.minScores = Map.copyOf(minScores);
        this.baseline = Set.copyOf(baseline);
    }

    public enum Outcome { PASS, WARN, FAIL }

    /** The decision with the counts behind it. */
    public record Decision(Outcome outcome, Map<Severity, Integer> bySeverity, Map<String, Map<Severity, Integer>> byCategory,
            int counted, int failing, int belowThreshold, int baselined, String reason) {

        public boolean passed() {
            return outcome != Outcome.FAIL;
        }

        public int total() {
            return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public boolean counts(Finding f, String fingerprint) {
        Double min = minScores.get(f.ruleId());
        if (min != null && f.score() != null && f.score() < min) {
            return false;
        }
        return fingerprint == null || !baseline.contains(fingerprint);
    }

    /** Tally findings; {@code fingerprintOf} maps a finding to its baseline fingerprint. */
    public Decision decide(Iterable<Finding> findings, java.util.function.Function<Finding, String> fingerprintOf) {
        Map<Severity, Integer> bySev = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySev.put(s, 0);
        }
        Map<String, Map<Severity, Integer>> byCat = new TreeMap<>();
        int counted = 0;
        int failing = 0;
        int below = 0;
        int baselined = 0;
        for (Finding f : findings) {
            Double min = minScores.get(f.ruleId());
            if (min != null && f.score() != null && f.score() < min) {
                below++;
                continue;
            }
            String fp = fingerprintOf.apply(f);
            if (fp != null && baseline.contains(fp)) {
                baselined++;
                continue;
            }
            counted++;
            bySev.merge(f.severity(), 1, Integer::sum);
            byCat.computeIfAbsent(f.category().id(), k -> {
                Map<Severity, Integer> m = new EnumMap<>(Severity.class);
                for (Severity s : Severity.values()) {
                    m.put(s, 0);
                }
                return m;
            }).merge(f.severity(), 1, Integer::sum);
            if (failOn.fails(f.severity())) {
                failing++;
            }
        }
        Outcome outcome;
        String reason;
        if (failOn != FailOn.NEVER && failing > maxAllowed) {
            outcome = Outcome.FAIL;
            reason = failing + " finding(s) at or above " + failOn.id() + (maxAllowed > 0 ? " (" + maxAllowed + " allowed)" : "");
        } else if (counted > 0) {
            outcome = Outcome.WARN;
            reason = counted + " finding(s), none failing the gate (failOn=" + failOn.id() + ", maxAllowedFindings=" + maxAllowed + ")";
        } else {
            outcome = Outcome.PASS;
            reason = "no findings";
        }
        return new Decision(outcome, bySev, byCat, counted, failing, below, baselined, reason);
    }

    public static Predicate<Finding> any() {
        return f -> true;
    }
}
