package dev.corpusqa.job;

import dev.corpusqa.api.CorpusQa;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.store.DocumentResult;
import java.nio.file.Path;

/**
 * Child process for {@link KilledRunTest}: runs the job and halts the JVM abruptly (no shutdown
 * hooks, no cleanup: what {@code kill -9} does) once {@code args[2]} documents are validated.
 */
public final class KilledRunMain {
    public static void main(String[] args) {
        int haltAfter = Integer.parseInt(args[2]);
        QaOptions o = new QaOptions().corpusRoot(Path.of(args[0])).outputDirectory(Path.of(args[1])).threads(1).chunkSize(25);
        CorpusQa.check(o, new RunListener() {
            @Override
            public void validated(DocumentResult r, int done, int total) {
                if (done >= haltAfter) {
                    Runtime.getRuntime().halt(137);
                }
            }
        });
        System.exit(0);
    }
}
