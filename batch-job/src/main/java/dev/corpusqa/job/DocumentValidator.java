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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one scanned file into its result: load it (or report why it cannot be loaded), run the
 * rules, derive the document status ({@code fail} with an error, {@code warn} with a warning,
 * {@code pass}, or {@code error} when it could not be checked at all).
 */
public final class DocumentValidator {

    private final RunState run;

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
        RuleEngine.Result r = run.engine().check(doc, run.context());
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
