package dev.corpusqa.cli;

import dev.corpusqa.config.ConfigException;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corpus-qa run <corpus-dir> --schedule "0 0 2 * * *"}: keep running and check the corpus on
 * a cron schedule (Spring's six-field cron: second minute hour day-of-month month day-of-week, or
 * macros such as {@code @daily}); every run is recorded in the store's history (the up-to-date check of
 * {@code check} is off here), and unchanged files reuse stored results. Without {@code --schedule} it is {@code check}.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Like check; with --schedule CRON it keeps running and checks the corpus on that schedule, recording every run"
                + " (see 'corpus-qa history'). Stop it with Ctrl-C or SIGTERM.")
final class RunCommand extends CheckCommand {

    @Option(names = "--schedule", paramLabel = "CRON", description = "Spring cron (6 fields: sec min hour day month weekday, e.g. \"0 0 2 * * *\"),"
            + " or @hourly, @daily, @weekly, @monthly.")
    String schedule;

    @Option(names = "--max-runs", paramLabel = "N", hidden = true, description = "Stop after N scheduled runs (tests).")
    int maxRuns;

    @Override
    public Integer call() {
        if (schedule == null) {
            return super.call();
        }
        CronExpression cron;
        try {
            cron = CronExpression.parse(schedule.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--schedule: not a cron expression (6 fields: second minute hour day-of-month month day-of-week): '"
                    + schedule + "': " + e.getMessage());
        }
        options(); // fail on bad options now, not at the first tick
        noUpToDateCheck = true; // every scheduled run is recorded in the history, changed corpus or not
        int runs = 0;
        int last = 0;
        while (maxRuns == 0 || runs < maxRuns) {
            ZonedDateTime now = ZonedDateTime.now();
            ZonedDateTime next = cron.next(now);
            if (next == null) {
                System.err.println("corpus-qa: the schedule '" + schedule + "' has no further run time; stopping");
                return last;
            }
            System.err.println("corpus-qa: next run at " + next);
            try {
                sleepUntil(next);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            try {
                last = super.call();
            } catch (ConfigException e) {
                throw e;
            } catch (RuntimeException e) {
                // one failed run must not stop the schedule: report and wait for the next tick
                System.err.println("corpus-qa: scheduled run failed: " + e);
                last = dev.corpusqa.api.RunOutcome.EXIT_RUNTIME;
            }
            runs++;
        }
        return last;
    }

    private static void sleepUntil(ZonedDateTime t) throws InterruptedException {
        while (true) {
            long ms = Duration.between(ZonedDateTime.now(), t).toMillis();
            if (ms <= 0) {
                return;
            }
            Thread.sleep(Math.min(ms, 60_000)); // re-check each minute: clock changes and suspend are survived
        }
    }
}
