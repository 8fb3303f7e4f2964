package dev.corpusqa.maven;

import dev.corpusqa.config.QaOptions;
import dev.corpusqa.job.CorpusScanner;
import dev.corpusqa.job.RunListener;
import dev.corpusqa.rules.encoding.EncodingFixer;
import dev.corpusqa.store.DocumentRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn corpus-qa:fix-encoding}: the plugin's side of {@code corpus-qa fix --encoding}. Rewrites
 * the selected corpus files as clean UTF-8 where the repair is certain (legacy charsets and UTF-16/32
 * transcoded, a leading BOM dropped, mojibake repaired only where the round trip is unambiguous),
 * logs each change, and never touches a file whose repair is uncertain. Not bound to a phase: run it
 * on purpose and review the diff before committing. {@code -Dcorpusqa.dryRun} only reports.
 */
@Mojo(name = "fix-encoding", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class FixEncodingMojo extends AbstractCorpusQaMojo {

    /** Report what would change and write nothing. */
    @Parameter(property = "corpusqa.dryRun", defaultValue = "false")
    protected boolean dryRun;

    /** Fail the build when some file's repair is uncertain and it was left alone. */
    @Parameter(property = "corpusqa.failOnUncertain", defaultValue = "false")
    protected boolean failOnUncertain;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Corpus QA is skipped (corpusqa.skip).");
            return;
        }
        QaOptions o = optionsOrFail();
        Path base = CorpusScanner.commonBase(o.corpusRoots());
        List<DocumentRow> rows = new CorpusScanner(base, o.includes(), o.excludes()).scan(o.corpusRoots(), RunListener.NONE);
        int fixed = 0;
        int uncertain = 0;
        for (DocumentRow row : rows) {
            Path file = base.resolve(row.path());
            String shown = display(file);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                getLog().warn(shown + ": cannot read (" + e.getMessage() + "); left alone");
                uncertain++;
                continue;
            }
            EncodingFixer.Result r = EncodingFixer.fix(bytes);
            if (r.status() == EncodingFixer.Status.FIXED) {
                fixed++;
                getLog().info((dryRun ? "would fix " : "fixed ") + shown + ": " + String.join("; ", r.changes()));
                if (!dryRun) {
                    try {
                        Path tmp = file.resolveSibling(file.getFileName() + ".corpus-qa-fix.tmp");
                        Files.write(tmp, r.fixed());
                        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (IOException e) {
                        throw new MojoExecutionException("Corpus QA: cannot write " + shown + ": " + e.getMessage(), e);
                    }
                }
            } else if (r.status() == EncodingFixer.Status.UNCERTAIN) {
                uncertain++;
                getLog().warn(shown + ": left alone: " + r.reason());
            }
        }
        getLog().info("Corpus QA fix-encoding: " + rows.size() + " files, " + fixed + (dryRun ? " would be fixed (dry run)" : " fixed") + ", "
                + uncertain + " left alone (uncertain)");
        if (uncertain > 0 && failOnUncertain) {
            throw new MojoFailureException("Corpus QA: " + uncertain + " file(s) need a human: their encoding repair is uncertain");
        }
    }
}
