package dev.corpusqa.cli;

import dev.corpusqa.job.RunListener;
import dev.corpusqa.store.DocumentResult;
import java.io.PrintStream;

/** Progress on standard error, at most every two seconds, so long runs show they are alive. */
final class ConsoleListener implements RunListener {

    private final PrintStream err;
    private final boolean progress;
    private volatile long lastPrint = System.nanoTime();

    ConsoleListener(PrintStream err, boolean progress) {
        this.err = err;
        this.progress = progress;
    }

    @Override
    public void scanned(int files) {
        tick("scanned " + files + " files");
    }

    @Override
    public void validated(DocumentResult r, int done, int total) {
        tick("validated " + done + "/" + total + " documents");
    }

    @Override
    public void problem(String path, String message) {
        err.println("corpus-qa: " + path + ": " + message);
    }

    private void tick(String msg) {
        if (!progress) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint > 2_000_000_000L) {
            lastPrint = now;
            err.println("corpus-qa: " + msg);
        }
    }
}
