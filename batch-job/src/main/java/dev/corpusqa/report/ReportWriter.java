package dev.corpusqa.report;

import java.io.IOException;
import java.nio.file.Path;

/** One output format, written from what is stored. */
public interface ReportWriter {

    /** Format id as given to {@code --format}. */
    String format();

    /** File name under the output directory. */
    String fileName();

    void write(ReportContext ctx, Path file) throws IOException;
}
