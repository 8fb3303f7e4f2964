package dev.corpusqa.api;

import dev.corpusqa.config.ConfigException;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.gate.Gate;
import dev.corpusqa.job.CorpusScanner;
import dev.corpusqa.job.QaJobConfiguration;
import dev.corpusqa.job.RunListener;
import dev.corpusqa.job.RunState;
import dev.corpusqa.report.Reports;
import dev.corpusqa.rules.RuleRegistry;
import dev.corpusqa.rules.RuleSet;
import dev.corpusqa.store.Database;
import dev.corpusqa.store.QaStore;
import dev.corpusqa.store.RunRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one entry point every front end uses (command line, Maven plugin, tests): validate the
 * options, open the store, run the Spring Batch job, and turn the stored result into a
 * {@link RunOutcome}. Usage and configuration problems surface as {@link ConfigException}; anything
 * else that stops the job is reported in the outcome with exit code 3, never as a stack trace.
 */
public final class CorpusQa {

    private CorpusQa() {
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = CorpusQa.class.getResourceAsStream("/dev/corpusqa/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through
        }
        String v = p.getProperty("version", "dev");
        return v.startsWith("${") ? "dev" : v;
    }

    /** Check that the options make sense before anything runs; returns the selected rules. */
    public static RuleSet validate(QaOptions o) {
        if (o.corpusRoots().isEmpty()) {
            throw new ConfigException("no corpus directory given");
        }
        for (Path r : o.corpusRoots()) {
            if (!Files.exists(r)) {
                throw new ConfigException("corpus directory does not exist: " + r);
            }
            if (!Files.isDirectory(r)) {
                throw new ConfigException("corpus path is not a directory: " + r);
            }
        }
        return RuleRegistry.builtIn().select(o);
    }

    public static RunOutcome check(QaOptions o, RunListener listener) {
        return run(o, listener, false, null);
    }

    /** Continue the last unfinished run over this corpus (after a crash or kill), or start a new one. */
    public static RunOutcome resume(QaOptions o, RunListener listener) {
        return run(o, listener, true, null);
    }

    /** As {@link #check}, with a hook that may adjust the run state before the job starts (tests). */
    public static RunOutcome run(QaOptions o, RunListener listener, boolean resume, Consumer<RunState> hook) {
        RuleSet rules = validate(o);
        Path base = CorpusScanner.commonBase(o.corpusRoots());
        String version = version();
        // the enabled rules are part of the fingerprint: stored results are reused only for the same rules
        String fingerprint = o.fingerprint(version + "|" + rules.entries().stream().map(e -> e.rule().getClass().getName()).sorted()
                .reduce((a, b) -> a + "," + b).orElse(""));
        // measured before anything is read, so a change during the run is never recorded as seen
        UpToDate.Inputs inputs = UpToDate.inputs(o, version, fingerprint, Reports.gate(o, rules), base,
                new CorpusScanner(base, o.includes(), o.excludes()).treeDigest(o.corpusRoots()));
        if (!resume && hook == null && o.upToDateCheck()) {
            RunOutcome same = UpToDate.check(o, inputs);
            if (same != null) {
                listener.phase("up to date", "nothing changed since run " + same.runId());
                return same;
            }
        }
        UpToDate.forget(o);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(CorpusQa.class.getClassLoader());
        try (Database db = Database.open(o.databaseUrl(), o.databaseUser(), o.databasePassword())) {
            QaStore store = new QaStore(db.dataSource());
            RunRecord unfinished = resume ? store.lastUnfinishedRun(base.toString()) : null;
            long runId = unfinished != null ? unfinished.runId()
                    : store.createRun(base.toString(), version, fingerprint, o.failOn().id(), o.maxAllowedFindings(), null);
            RunState state = new RunState(o, rules, store, runId, base, version, fingerprint, listener);
            if (hook != null) {
                hook.accept(state);
            }
            RunOutcome r = launch(db.dataSource(), state, unfinished != null);
            if (r.exitCode() == RunOutcome.EXIT_PASS || r.exitCode() == RunOutcome.EXIT_FAIL) {
                UpToDate.record(o, inputs, r);
            }
            return r;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static RunOutcome launch(DataSource ds, RunState state, boolean restart) {
        QaStore store = state.store();
        try (AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext()) {
            ctx.setClassLoader(CorpusQa.class.getClassLoader());
            ctx.registerBean("dataSource", DataSource.class, () -> ds);
            ctx.registerBean("transactionManager", PlatformTransactionManager.class, () -> new JdbcTransactionManager(ds));
            ctx.registerBean(RunState.class, () -> state);
            ctx.register(QaJobConfiguration.class);
            ctx.refresh();
            JobOperator operator = ctx.getBean(JobOperator.class);
            JobRepository repo = ctx.getBean(JobRepository.class);
            Job job = ctx.getBean(Job.class);
            JobParameters params = new JobParametersBuilder().addLong("runId", state.runId()).toJobParameters();
            JobExecution exec;
            JobExecution last = restart ? repo.getLastJobExecution(QaJobConfiguration.JOB_NAME, params) : null;
            if (last != null && last.getStatus() != BatchStatus.COMPLETED) {
                if (last.getStatus().isRunning()) {
                    last = operator.recover(last); // the process that ran it is gone: mark it failed so it can restart
                }
                exec = operator.restart(last);
            } else {
                exec = operator.start(job, params);
            }
            store.attachJobExecution(state.runId(), exec.getId());
            if (exec.getStatus() != BatchStatus.COMPLETED) {
                store.markRun(state.runId(), "failed");
                String why = exec.getAllFailureExceptions().stream().map(CorpusQa::describe).distinct()
                        .reduce((a, b) -> a + "; " + b).orElse("job ended with status " + exec.getStatus());
                return new RunOutcome(state.runId(), null, Map.of(), store.documentCount(state.runId()), RunOutcome.EXIT_RUNTIME, why,
                        state.base());
            }
            Gate.Decision d = Reports.decide(state);
            Map<String, Path> reports = new LinkedHashMap<>();
            for (String f : state.options().formats()) {
                var w = Reports.byFormat().get(f);
                if (w != null) {
                    reports.put(f, state.options().outputDirectory().resolve(w.fileName()));
                }
            }
            return new RunOutcome(state.runId(), d, reports, store.documentCount(state.runId()),
                    d.passed() ? RunOutcome.EXIT_PASS : RunOutcome.EXIT_FAIL, null, state.base());
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            store.markRun(state.runId(), "failed");
            return new RunOutcome(state.runId(), null, Map.of(), 0, RunOutcome.EXIT_RUNTIME, describe(e), state.base());
        }
    }

    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
