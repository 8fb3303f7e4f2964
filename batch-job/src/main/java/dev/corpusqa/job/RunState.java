package dev.corpusqa.job;

import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.rules.RuleEngine;
import dev.corpusqa.rules.RuleSet;
import dev.corpusqa.store.QaStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything one run shares between its steps: the options, the selected rules, the store and the
 * run id, the corpus base directory and, once the profile step has run, the rule context with the
 * corpus statistics. The profile step runs again on restart (it is cheap next to validation and
 * its result lives only in memory), so a restarted run sees the same statistics.
 */
public final class RunState {

    private final QaOptions options;
    private final RuleSet rules;
    private final QaStore store;
    private final long runId;
    private final Path base;
    private final String toolVersion;
    private final RunListener listener;
    private final String fingerprint;
    private volatile RuleContext context;
    private volatile RuleEngine engine;
    private volatile dev.corpusqa.gate.Gate.Decision decision;
    private volatile RuleEngine corpusDependentEngine;
    private volatile java.util.Set<String> corpusDependentRules = java.util.Set.of();
    private volatile long reuseFrom;
    private volatile String reuseMode;
    private final AtomicInteger validated = new AtomicInteger();
    private volatile int totalDocuments;
    /** Test hook: fail the validate step after this many documents (0 = never). */
    private volatile int failAfterDocuments;

    public RunState(QaOptions options, RuleSet rules, QaStore store, long runId, Path base, String toolVersion, String fingerprint,
            RunListener listener) {
        this.options = options;
        this.rules = rules;
        this.store = store;
        this.runId = runId;
        this.base = base;
        this.toolVersion = toolVersion;
        this.fingerprint = fingerprint;
        this.listener = listener == null ? RunListener.NONE : listener;
    }

    public QaOptions options() {
        return options;
    }

    public RuleSet rules() {
        return rules;
    }

    public QaStore store() {
        return store;
    }

    public long runId() {
        return runId;
    }

    public Path base() {
        return base;
    }

    public String toolVersion() {
        return toolVersion;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public RunListener listener() {
        return listener;
    }

    public RuleContext context() {
        return context;
    }

    public RuleEngine engine() {
        return engine;
    }

    void profiled(RuleContext ctx) {
        this.context = ctx;
        this.engine = new RuleEngine(rules, options.documentTimeBudgetMillis());
        List<RuleSet.Entry> dependent = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (RuleSet.Entry e : rules.entries()) {
            if (dependsOnCorpus(e)) {
                dependent.add(e);
                ids.add(e.rule().info().id());
            }
        }
        this.corpusDependentEngine = new RuleEngine(new RuleSet(dependent), options.documentTimeBudgetMillis());
        this.corpusDependentRules = java.util.Set.copyOf(ids);
    }

    /**
     * Whether a rule's findings on one document can change when other documents change: corpus
     * rules and rules that read corpus statistics. Their findings are never reused from an earlier
     * run when the corpus changed.
     */
    static boolean dependsOnCorpus(RuleSet.Entry e) {
        return e.rule() instanceof dev.corpusqa.core.CorpusRule || !e.rule().statistics().isEmpty()
                || e.rule().info().scope() == dev.corpusqa.core.RuleInfo.Scope.CORPUS;
    }

    /** Engine over the corpus-dependent rules only (run on unchanged documents of a changed corpus). */
    public RuleEngine corpusDependentEngine() {
        return corpusDependentEngine;
    }

    public java.util.Set<String> corpusDependentRules() {
        return corpusDependentRules;
    }

    void reuse(long fromRun, String mode) {
        this.reuseFrom = fromRun;
        this.reuseMode = mode;
    }

    /** The earlier run whose results this run may reuse (0: none). */
    public long reuseFrom() {
        return reuseFrom;
    }

    public String reuseMode() {
        return reuseMode;
    }

    public int totalDocuments() {
        return totalDocuments;
    }

    void totalDocuments(int n) {
        this.totalDocuments = n;
    }

    AtomicInteger validatedCounter() {
        return validated;
    }

    /** The gate decision the report step computed from the stored findings, or null before it ran. */
    public dev.corpusqa.gate.Gate.Decision decision() {
        return decision;
    }

    /** Recorded by the report step so the gate step and the front ends do not read every finding again. */
    public void decision(dev.corpusqa.gate.Gate.Decision d) {
        this.decision = d;
    }

    public void failAfterDocuments(int n) {
        this.failAfterDocuments = n;
    }

    int failAfterDocuments() {
        return failAfterDocuments;
    }
}
