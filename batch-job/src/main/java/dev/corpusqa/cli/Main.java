package dev.corpusqa.cli;

import dev.corpusqa.api.CorpusQa;
import dev.corpusqa.api.RunOutcome;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar corpus-qa.jar <command> ...}. */
@Command(name = "corpus-qa", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Quality gate for text corpora: encoding, boilerplate, machine-translation artifacts and publication dates.",
        subcommands = {CheckCommand.class, RulesCommand.class, FixCommand.class, RunCommand.class, BaselineCommand.class, GateCommand.class,
            HistoryCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:pass, or warn (no finding at or above --fail-on beyond the allowed count, no failAt reached)", "1:findings fail the gate",
            "2:usage or configuration error", "3:runtime failure", "4:warn, only with --warn-exit"})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Run without exiting the JVM (tests). */
    public static int run(String... args) {
        quietLogging();
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof dev.corpusqa.config.ConfigException) {
                cmd.getErr().println("corpus-qa: " + ex.getMessage());
                return RunOutcome.EXIT_USAGE;
            }
            cmd.getErr().println("corpus-qa: runtime failure: " + ex);
            return RunOutcome.EXIT_RUNTIME;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("corpus-qa: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'corpus-qa " + (ex.getCommandLine().getCommandName().equals("corpus-qa") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return RunOutcome.EXIT_USAGE;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Strong references: java.util.logging keeps loggers weakly, and a collected logger loses its level. */
    private static final Logger[] QUIET = {Logger.getLogger("org.springframework"), Logger.getLogger("org.flywaydb")};

    static void quietLogging() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (var h : root.getHandlers()) {
            h.setLevel(Level.WARNING);
        }
        for (Logger l : QUIET) {
            l.setLevel(Level.SEVERE);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"corpus-qa " + CorpusQa.version(), "Java " + System.getProperty("java.version")};
        }
    }
}
