package dev.corpusqa.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.Category;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.Rule;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.core.RuleInfo;
import dev.corpusqa.core.Severity;
import dev.corpusqa.rules.RuleRegistry;
import dev.corpusqa.rules.RuleSet;
import dev.corpusqa.rules.encoding.InputRules;
import dev.corpusqa.store.DocumentResult;
import dev.corpusqa.store.DocumentRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that never ends on a file does not hang the run: the document becomes encoding.not-checked. */
class DocumentDeadlineTest {

    @TempDir
    Path tmp;

    /** Stands in for a pathological matcher: spins for a minute and ignores interrupts. */
    static final class StuckRule implements Rule {
        static final RuleInfo INFO = RuleInfo.of("boilerplate.test-stuck", Category.BOILERPLATE, Severity.WARNING, "test only");

        @Override
        public RuleInfo info() {
            return INFO;
        }

        @Override
        public void check(Document doc, RuleContext ctx, FindingSink out) {
            long end = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < end) {
                LockSupport.parkNanos(1_000_000);
            }
        }
    }

    @Test
    void stuckRuleBecomesNotCheckedFinding() throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "A short article about the harbour.\nIt has two lines.\n");
        QaOptions o = new QaOptions().corpusRoot(tmp).documentTimeBudgetMillis(200).referenceDate(LocalDate.of(2025, 1, 1));
        RuleSet rules = RuleRegistry.of(List.of(new InputRules.JobRaised(InputRules.NOT_CHECKED), new StuckRule())).select(o);
        RunState run = new RunState(o, rules, null, 1, tmp, "test", "fp", RunListener.NONE);
        run.profiled(new RuleContext(Map.of(), rules.params(), o.referenceDate(), 1));
        long t0 = System.nanoTime();
        DocumentResult r = new DocumentValidator(run).validate(new DocumentRow(1, "a.txt", 10, null, 0, DocumentRow.PENDING, null));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).isLessThan(30_000);
        assertThat(r.findings()).extracting(f -> f.ruleId()).containsExactly("encoding.not-checked");
        assertThat(r.problem()).contains("time budget");
    }
}
