package dev.corpusqa.cli;

import dev.corpusqa.api.CorpusQa;
import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.ConfigException;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.report.BaselineFile;
import dev.corpusqa.store.Database;
import dev.corpusqa.store.QaStore;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/**
 * {@code corpus-qa baseline <corpus-dir> --baseline FILE}: scan, then accept every current finding
 * into the baseline file. Later runs with {@code --baseline FILE} fail only on new findings.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scan the corpus and write every current finding to the --baseline file as accepted. Later runs given the same"
                + " --baseline fail only on findings not in it (matched by file + rule + normalised evidence, so moved lines still match)."
                + " Exit 0 when written, 2 usage error, 3 runtime failure.")
final class BaselineCommand extends CheckCommand {

    @Override
    public Integer call() {
        if (baseline == null) {
            throw new ConfigException("baseline needs --baseline FILE: the file to write");
        }
        Path target = baseline;
        QaOptions o = options();
        o.baselineFile(null); // accept everything found now, including what an older baseline held
        o.quiet(true);
        RunOutcome r = CorpusQa.check(o, new ConsoleListener(System.err, !quiet));
        if (r.exitCode() == RunOutcome.EXIT_RUNTIME) {
            System.err.println("corpus-qa: run " + r.runId() + " failed: " + r.failure());
            return r.exitCode();
        }
        try (Database db = Database.open(o.databaseUrl(), o.databaseUser(), o.databasePassword())) {
            var findings = new QaStore(db.dataSource()).findings(r.runId());
            BaselineFile.write(target, findings, CorpusQa.version());
            System.out.println("corpus-qa: baseline of " + findings.size() + " finding(s) from run " + r.runId() + " written to " + target);
            return RunOutcome.EXIT_PASS;
        } catch (IOException e) {
            System.err.println("corpus-qa: cannot write baseline file " + target + ": " + e.getMessage());
            return RunOutcome.EXIT_RUNTIME;
        }
    }
}
