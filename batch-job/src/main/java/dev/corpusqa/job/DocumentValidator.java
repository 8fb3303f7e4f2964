package dev.corpusqa.job;

import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import dev.corpusqa.rules.RuleEngine;
import dev.corpusqa.rules.RuleSet;
import dev.corpusqa.rules.encoding.InputRules;
import dev.corpusqa.store.DocumentResult;
import dev.corpusqa.store.DocumentRow;
import dev.corpusqa.store.Hashing;
import dev.corpusqa.store.QaStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns one scanned file into its result: load it (or report why it cannot be loaded), run the
 * rules, derive the document status ({@code fail} with an error, {@code warn} with a warning,
 * {@code pass}, or {@code error} when it could not be checked at all).
 */
public final class DocumentValidator {

    private final RunState run;
    private final Map<Integer, String> hashes = new ConcurrentHashMap<>();

    public DocumentValidator(RunState run) {
        this.run = run;
    }

    public DocumentResult validate(DocumentRow row) {
        if (DocumentRow.UNREADABLE.equals(row.status())) {
            return jobFinding(row, InputRules.UNREADABLE, row.problem());
        }
        Document doc;
        try {
            doc = DocumentLoader.load(run.base(), row.path(), run.options().maxFileBytes());
        } catch (DocumentLoader.LoadException e) {
            return jobFinding(row, e.tooLarge() ? InputRules.TOO_LARGE : InputRules.UNREADABLE, e.getMessage());
        }
        String sha = row.sha256() != null ? row.sha256() : Hashing.sha256Hex(doc.bytes());
        if (row.sha256() == null) {
            hashes.put(row.docId(), sha);
        }
        DocumentResult reused = reuse(row, doc, sha);
        if (reused != null) {
            return reused;
        }
        RuleEngine.Result r = checkWithDeadline(run.engine(), doc);
        List<Finding> findings = new ArrayList<>(r.findings());
        String problem = null;
        if (!r.problems().isEmpty()) {
            problem = String.join("; ", r.problems());
            RuleSet.Entry e = run.rules().entry(InputRules.NOT_CHECKED.id());
            if (e != null) {
                findings.add(new Finding(row.path(), InputRules.NOT_CHECKED.id(), InputRules.NOT_CHECKED.category(), e.severity(), 1, 1, 1, 1,
                        0, 0, "not fully checked: " + problem, "", 1.0, null));
            }
            run.listener().problem(row.path(), problem);
        }
        return new DocumentResult(row.docId(), row.path(), status(findings, !doc.hasText()), findings, r.facts(), problem, false);
    }

    /**
     * Incremental runs: when the earlier run (same configuration fingerprint) stored this path with
     * the same content hash, its findings of document-local rules are reused and only the rules that
     * depend on the rest of the corpus run again. Null when nothing can be reused.
     */
    private DocumentResult reuse(DocumentRow row, Document doc, String sha) {
        long from = run.reuseFrom();
        if (from == 0) {
            return null;
        }
        QaStore.PreviousDocument prev = run.store().documentsByPath(from, List.of(row.path())).get(row.path());
        if (prev == null || !sha.equals(prev.sha256()) || "error".equals(prev.status()) || DocumentRow.PENDING.equals(prev.status())
                || DocumentRow.UNREADABLE.equals(prev.status())) {
            return null;
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : run.store().documentFindings(from, List.of(prev.docId())).getOrDefault(prev.docId(), List.of())) {
            if (!run.corpusDependentRules().contains(f.ruleId())) {
                findings.add(f);
            }
        }
        Map<String, String> facts = new TreeMap<>(QaStore.parseFacts(prev.factsJson()));
        String problem = prev.problem();
        if (!run.corpusDependentRules().isEmpty()) {
            RuleEngine.Result r = checkWithDeadline(run.corpusDependentEngine(), doc);
            findings.addAll(r.findings());
            facts.putAll(r.facts());
            if (!r.problems().isEmpty()) {
                problem = (problem == null ? "" : problem + "; ") + String.join("; ", r.problems());
                run.listener().problem(row.path(), String.join("; ", r.problems()));
            }
            findings.sort(RuleEngine.ORDER);
        }
        return new DocumentResult(row.docId(), row.path(), status(findings, !doc.hasText()), findings, facts, problem, true);
    }

    /**
     * The engine checks its time budget between rules; a single rule that runs far longer (a
     * pathological file) would still hold the worker. So the rules run on a helper thread and the
     * worker waits at most twice the budget: past that the document gets no findings but
     * {@code encoding.not-checked}, and the run goes on. The helper is interrupted and abandoned (our
     * matchers are linear-time, so it ends on its own); it is a daemon thread.
     */
    RuleEngine.Result checkWithDeadline(RuleEngine engine, Document doc) {
        long budget = run.options().documentTimeBudgetMillis();
        if (budget <= 0) {
            return engine.check(doc, run.context());
        }
        java.util.concurrent.Future<RuleEngine.Result> f = RULE_THREADS.submit(() -> engine.check(doc, run.context()));
        try {
            return f.get(2 * budget, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            f.cancel(true);
            return new RuleEngine.Result(List.of(), List.of("rules still running after " + 2 * budget + " ms (twice the time budget); document abandoned"),
                    Map.of());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + doc.path(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private static final java.util.concurrent.ExecutorService RULE_THREADS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "corpus-qa-rules");
        t.setDaemon(true);
        return t;
    });

    /** Hashes computed while validating, for the writer to store with the chunk (removed from here). */
    List<Object[]> takeHashes(List<? extends DocumentResult> written) {
        List<Object[]> l = new ArrayList<>();
        for (DocumentResult r : written) {
            String h = hashes.remove(r.docId());
            if (h != null) {
                l.add(new Object[] {r.docId(), h});
            }
        }
        return l;
    }

    private DocumentResult jobFinding(DocumentRow row, RuleInfo info, String message) {
        run.listener().problem(row.path(), message);
        List<Finding> fs = new ArrayList<>();
        RuleSet.Entry e = run.rules().entry(info.id());
        if (e != null) {
            fs.add(new Finding(row.path(), info.id(), info.category(), e.severity(), 1, 1, 1, 1, 0, 0, message, "", 1.0, null));
        }
        return new DocumentResult(row.docId(), row.path(), "error", fs, Map.of(), message, false);
    }

    static String status(List<Finding> findings, boolean notText) {
        if (notText) {
            return "error";
        }
        boolean warn = false;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                return "fail";
            }
            warn |= f.severity() == Severity.WARNING;
        }
        return warn ? "warn" : "pass";
    }
}
