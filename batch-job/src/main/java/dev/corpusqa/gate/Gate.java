package dev.corpusqa.gate;

import dev.corpusqa.config.FailOn;
import dev.corpusqa.config.Threshold;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Decides pass, warn or fail from stored findings, so a stricter gate never needs a re-scan:
 * findings whose score is below their rule's {@code minScore}, or whose fingerprint is in the
 * baseline, do not count. A run fails when more than {@code maxAllowedFindings} counted findings
 * are at or above {@code failOn}. A rule with its own levels ({@code warnAt} / {@code failAt}, a
 * count of findings or a fraction of documents) is judged by those instead of {@code failOn}:
 * reaching {@code failAt} fails the run, reaching {@code warnAt} makes it warn.
 */
public final class Gate {

    private final FailOn failOn;
    private final int maxAllowed;
    private final Map<String, Double> minScores;
    private final Set<String> baseline;
    private final Map<String, Levels> levels;

    /** Warn and fail levels of one rule; either may be null. */
    public record Levels(Threshold warnAt, Threshold failAt) {
        public boolean any() {
            return warnAt != null || failAt != null;
        }
    }

    public Gate(FailOn failOn, int maxAllowed, Map<String, Double> minScores, Set<String> baseline) {
        this(failOn, maxAllowed, minScores, baseline, Map.of());
    }

    public Gate(FailOn failOn, int maxAllowed, Map<String, Double> minScores, Set<String> baseline, Map<String, Levels> levels) {
        this.failOn = failOn;
        this.maxAllowed = maxAllowed;
        this.minScores = Map.copyOf(minScores);
        this.baseline = Set.copyOf(baseline);
        Map<String, Levels> l = new HashMap<>();
        levels.forEach((k, v) -> {
            if (v != null && v.any()) {
                l.put(k, v);
            }
        });
        this.levels = Map.copyOf(l);
    }

    /**
     * A fingerprint of everything this gate decides by (failOn, allowed count, minScore per rule,
     * warn/fail levels, baseline): two gates with the same key give the same decision on the same
     * findings, so a stored decision can be reused for a run that shares an earlier run's rows.
     */
    public String key() {
        StringBuilder sb = new StringBuilder("gate/1|").append(failOn.id()).append('|').append(maxAllowed).append('|');
        new java.util.TreeMap<>(minScores).forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
        sb.append('|');
        new java.util.TreeMap<>(levels).forEach((k, v) -> sb.append(k).append('=').append(v.warnAt()).append('/').append(v.failAt()).append(';'));
        sb.append('|');
        new java.util.TreeSet<>(baseline).forEach(b -> sb.append(b).append(';'));
        return dev.corpusqa.store.Hashing.sha256Hex(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public FailOn failOn() {
        return failOn;
    }

    public int maxAllowed() {
        return maxAllowed;
    }

    public boolean hasBaseline() {
        return !baseline.isEmpty();
    }

    public enum Outcome { PASS, WARN, FAIL }

    /** How the gate treats one finding. */
    public enum Status { COUNTED, BASELINED, BELOW_THRESHOLD }

    /** The decision with the counts behind it (counts are of counted findings). */
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
        return status(f, fingerprint) == Status.COUNTED;
    }

    public Status status(Finding f, String fingerprint) {
        Double min = minScores.get(f.ruleId());
        if (min != null && f.score() != null && f.score() < min) {
            return Status.BELOW_THRESHOLD;
        }
        return fingerprint != null && baseline.contains(fingerprint) ? Status.BASELINED : Status.COUNTED;
    }

    /** Whether a counted finding of this severity and rule fails the gate on its own (rules with levels never do). */
    public boolean failsAlone(Finding f) {
        return !levels.containsKey(f.ruleId()) && failOn.fails(f.severity());
    }

    /** Tally findings; {@code fingerprintOf} maps a finding to its baseline fingerprint. */
    public Decision decide(Iterable<Finding> findings, java.util.function.Function<Finding, String> fingerprintOf) {
        return decide(findings, fingerprintOf, 0);
    }

    /** As {@link #decide(Iterable, java.util.function.Function)}; {@code documents} is the corpus size for fractional levels. */
    public Decision decide(Iterable<Finding> findings, java.util.function.Function<Finding, String> fingerprintOf, int documents) {
        Map<Severity, Integer> bySev = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySev.put(s, 0);
        }
        Map<String, Map<Severity, Integer>> byCat = new TreeMap<>();
        Map<String, Integer> perRule = new HashMap<>();
        Map<String, Set<String>> docsPerRule = new HashMap<>();
        int counted = 0;
        int failing = 0;
        int below = 0;
        int baselined = 0;
        for (Finding f : findings) {
            Status st = status(f, baseline.isEmpty() ? null : fingerprintOf.apply(f)); // no baseline: no fingerprint needed
            if (st == Status.BELOW_THRESHOLD) {
                below++;
                continue;
            }
            if (st == Status.BASELINED) {
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
            if (levels.containsKey(f.ruleId())) {
                perRule.merge(f.ruleId(), 1, Integer::sum);
                docsPerRule.computeIfAbsent(f.ruleId(), k -> new HashSet<>()).add(f.path());
            } else if (failOn.fails(f.severity())) {
                failing++;
            }
        }
        List<String> failed = new ArrayList<>();
        List<String> warned = new ArrayList<>();
        for (Map.Entry<String, Levels> e : new TreeMap<>(levels).entrySet()) {
            int n = perRule.getOrDefault(e.getKey(), 0);
            int d = docsPerRule.getOrDefault(e.getKey(), Set.of()).size();
            Levels l = e.getValue();
            if (l.failAt() != null && l.failAt().reached(n, d, documents)) {
                failed.add(e.getKey() + ": " + n + " finding(s) in " + d + " document(s), failAt " + l.failAt());
            } else if (l.warnAt() != null && l.warnAt().reached(n, d, documents)) {
                warned.add(e.getKey() + ": " + n + " finding(s) in " + d + " document(s), warnAt " + l.warnAt());
            }
        }
        Outcome outcome;
        String reason;
        boolean overFailOn = failOn != FailOn.NEVER && failing > maxAllowed;
        if (overFailOn || !failed.isEmpty()) {
            outcome = Outcome.FAIL;
            List<String> why = new ArrayList<>();
            if (overFailOn) {
                why.add(failing + " finding(s) at or above " + failOn.id() + (maxAllowed > 0 ? " (" + maxAllowed + " allowed)" : ""));
            }
            why.addAll(failed);
            reason = String.join("; ", why);
        } else if (!warned.isEmpty()) {
            outcome = Outcome.WARN;
            reason = String.join("; ", warned);
        } else if (counted > 0) {
            outcome = Outcome.WARN;
            reason = counted + " finding(s), none failing the gate (failOn=" + failOn.id() + ", maxAllowedFindings=" + maxAllowed + ")";
        } else {
            outcome = Outcome.PASS;
            reason = baselined > 0 ? "no new findings (" + baselined + " baselined)" : "no findings";
        }
        return new Decision(outcome, bySev, byCat, counted, failing, below, baselined, reason);
    }

    public static Predicate<Finding> any() {
        return f -> true;
    }
}
