package dev.corpusqa.maven;

import dev.corpusqa.api.CorpusQa;
import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.FailOn;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.core.Finding;
import dev.corpusqa.report.BaselineFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes every current finding to {@code baselineFile} so an existing corpus can adopt the
 * {@code check} goal today and fail only on new defects. Entries are fingerprints of file, rule
 * and evidence, without line numbers, so they survive lines moving. Run it explicitly:
 * {@code mvn corpus-qa:baseline}; commit the file it writes.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class BaselineMojo extends AbstractCorpusQaMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Corpus QA is skipped (corpusqa.skip).");
            return;
        }
        QaOptions o = optionsOrFail();
        Path target = o.baselineFile();
        if (target == null) {
            throw new MojoExecutionException("Corpus QA configuration error: no baselineFile to write");
        }
        o.baselineFile(null); // record every current finding, including those an older baseline accepted
        o.failOn(FailOn.NEVER);
        RunOutcome r = run(o);
        List<Finding> findings = findings(o, r.runId());
        try {
            BaselineFile.write(target, findings, CorpusQa.version());
        } catch (IOException e) {
            throw new MojoExecutionException("Corpus QA: cannot write the baseline file " + target + ": " + e.getMessage());
        }
        getLog().info("Corpus QA: wrote " + findings.size() + " finding(s) from " + r.documents() + " documents to the baseline "
                + display(target) + "; commit it, and the check goal fails only on new findings.");
    }
}
