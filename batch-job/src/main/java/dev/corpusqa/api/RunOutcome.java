package dev.corpusqa.api;

import dev.corpusqa.gate.Gate;
import java.nio.file.Path;
import java.util.Map;

/**
 * The result of a run as front ends need it: the run id, the gate decision with its counts, the
 * report files written, and the exit code ({@link #EXIT_PASS}, {@link #EXIT_FAIL},
 * {@link #EXIT_USAGE}, {@link #EXIT_RUNTIME}). {@code upToDate}: nothing changed since run {@code runId}
 * (see {@link UpToDate}), whose outcome and reports stand; no job was started.
 */
public record RunOutcome(long runId, Gate.Decision decision, Map<String, Path> reports, int documents, int exitCode, String failure,
        Path base, boolean upToDate) {

    /** The outcome of a run that was carried out (not skipped as up to date). */
    public RunOutcome(long runId, Gate.Decision decision, Map<String, Path> reports, int documents, int exitCode, String failure, Path base) {
        this(runId, decision, reports, documents, exitCode, failure, base, false);
    }

    public static final int EXIT_PASS = 0;
    public static final int EXIT_FAIL = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_RUNTIME = 3;
    /** Returned for a WARN decision only when asked for ({@code --warn-exit-code}); by default a warning exits 0. */
    public static final int EXIT_WARN = 4;

    public boolean passed() {
        return exitCode == EXIT_PASS;
    }
}
