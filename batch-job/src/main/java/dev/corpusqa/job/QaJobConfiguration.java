package dev.corpusqa.job;

import dev.corpusqa.core.CorpusRule;
import dev.corpusqa.core.CorpusStatistic;
import dev.corpusqa.core.Document;
import dev.corpusqa.core.Finding;
import dev.corpusqa.core.FindingSink;
import dev.corpusqa.core.RuleContext;
import dev.corpusqa.gate.Gate;
import dev.corpusqa.report.Reports;
import dev.corpusqa.rules.RuleSet;
import dev.corpusqa.store.DocumentResult;
import dev.corpusqa.store.DocumentRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The corpus-qa job: scan → profile → validate (partitioned, chunk-oriented) → report → gate.
 * Registered explicitly by {@link JobRunner}: no component scanning.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository(dataSourceRef = "dataSource", transactionManagerRef = "transactionManager")
public class QaJobConfiguration {

    public static final String JOB_NAME = "corpusQa";
    static final int CHUNK = 25;

    @Bean
    public Job corpusQaJob(JobRepository repo, Step scanStep, Step profileStep, Step validateStep, Step reportStep, Step gateStep) {
        return new JobBuilder(JOB_NAME, repo)
                .start(scanStep).next(profileStep).next(validateStep).next(reportStep).next(gateStep)
                .build();
    }

    // ------------------------------------------------------------------ scan

    @Bean
    public Step scanStep(JobRepository repo, PlatformTransactionManager tx, RunState run) {
        Tasklet t = (contribution, chunk) -> {
            run.listener().phase("scan", String.valueOf(run.options().corpusRoots()));
            CorpusScanner scanner = new CorpusScanner(run.base(), run.options().includes(), run.options().excludes());
            List<DocumentRow> rows = scanner.scan(run.options().corpusRoots(), run.listener());
            run.store().deleteDocuments(run.runId());
            run.store().insertDocuments(run.runId(), rows);
            contribution.incrementWriteCount(rows.size());
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("scan", repo).tasklet(t, tx).build();
    }

    // ------------------------------------------------------------------ profile

    @Bean
    public Step profileStep(JobRepository repo, PlatformTransactionManager tx, RunState run) {
        Tasklet t = (contribution, chunk) -> {
            run.listener().phase("profile", "");
            RuleSet rules = run.rules();
            Map<Class<? extends CorpusStatistic>, CorpusStatistic> stats = new LinkedHashMap<>();
            for (Class<? extends CorpusStatistic> type : rules.statisticTypes()) {
                stats.put(type, type.getDeclaredConstructor().newInstance());
            }
            List<DocumentRow> docs = run.store().allDocuments(run.runId());
            if (!stats.isEmpty()) {
                feed(run, docs, stats.values());
            }
            int n = docs.size();
            run.totalDocuments(n);
            stats.values().forEach(s -> s.finish(n));
            RuleContext ctx = new RuleContext(stats, rules.params(), run.options().referenceDate(), n);
            run.profiled(ctx);
            // corpus-level findings (e.g. near-duplicate documents), replaced as a whole so restarts stay idempotent
            Map<String, Integer> ids = new HashMap<>();
            docs.forEach(d -> ids.put(d.path(), d.docId()));
            List<Object[]> corpusFindings = new ArrayList<>();
            for (CorpusRule cr : rules.corpusRules()) {
                RuleSet.Entry e = rules.entry(cr.info().id());
                cr.checkCorpus(ctx, new FindingSink() {
                    @Override
                    public void accept(Finding f) {
                        Integer id = ids.get(f.path());
                        if (id != null) {
                            corpusFindings.add(new Object[] {id, e.severityOverride() == null ? f : f.withSeverity(e.severityOverride())});
                        }
                    }
                });
            }
            run.store().replaceCorpusFindings(run.runId(), corpusFindings);
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("profile", repo).tasklet(t, tx).allowStartIfComplete(true).build();
    }

    private static void feed(RunState run, List<DocumentRow> docs, java.util.Collection<CorpusStatistic> stats) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(run.options().threads());
        try {
            List<Future<?>> fs = new ArrayList<>();
            int threads = run.options().threads();
            for (int k = 0; k < threads; k++) {
                final int part = k;
                fs.add(pool.submit(() -> {
                    for (int i = part; i < docs.size(); i += threads) {
                        DocumentRow row = docs.get(i);
                        if (DocumentRow.UNREADABLE.equals(row.status())) {
                            continue;
                        }
                        Document d;
                        try {
                            d = DocumentLoader.load(run.base(), row.path(), run.options().maxFileBytes());
                        } catch (DocumentLoader.LoadException e) {
                            continue; // validate reports it
                        }
                        if (!d.hasText()) {
                            continue;
                        }
                        for (CorpusStatistic s : stats) {
                            try {
                                s.add(d);
                            } catch (RuntimeException e) {
                                run.listener().problem(row.path(), "statistic " + s.getClass().getSimpleName() + " failed: " + e);
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    // ------------------------------------------------------------------ validate

    @Bean
    public Step validateStep(JobRepository repo, RunState run, Step validateWorker) {
        int threads = run.options().threads();
        Partitioner partitioner = gridSize -> {
            int max = run.store().maxDocId(run.runId());
            Map<String, ExecutionContext> parts = new LinkedHashMap<>();
            int buckets = Math.max(1, Math.min(gridSize, (max + CHUNK - 1) / CHUNK));
            int per = Math.max(1, (max + buckets - 1) / buckets);
            for (int b = 0, lo = 1; lo <= Math.max(max, 1); b++, lo += per) {
                ExecutionContext c = new ExecutionContext();
                c.putInt("minId", lo);
                c.putInt("maxId", Math.min(max, lo + per - 1));
                parts.put(String.format("bucket%04d", b), c);
            }
            return parts;
        };
        SimpleAsyncTaskExecutor exec = new SimpleAsyncTaskExecutor("corpus-qa-");
        exec.setConcurrencyLimit(threads);
        return new StepBuilder("validate", repo)
                .partitioner("validateWorker", partitioner)
                .step(validateWorker)
                .gridSize(threads * 4)
                .taskExecutor(exec)
                .build();
    }

    @Bean
    @StepScope
    public ItemStreamReader<DocumentRow> documentReader(RunState run, @Value("#{stepExecutionContext['minId']}") Integer minId,
            @Value("#{stepExecutionContext['maxId']}") Integer maxId) {
        return new DocumentRangeReader(run.store(), run.runId(), minId, maxId, CHUNK * 4);
    }

    @Bean
    public Step validateWorker(JobRepository repo, PlatformTransactionManager tx, RunState run, ItemStreamReader<DocumentRow> documentReader) {
        DocumentValidator validator = new DocumentValidator(run);
        ItemProcessor<DocumentRow, DocumentResult> processor = row -> {
            int failAfter = run.failAfterDocuments();
            if (failAfter > 0 && run.validatedCounter().get() >= failAfter) {
                throw new IllegalStateException("injected failure after " + failAfter + " documents (test hook)");
            }
            return validator.validate(row);
        };
        ItemWriter<DocumentResult> writer = items -> {
            run.store().writeResults(run.runId(), new ArrayList<>(items.getItems()));
            for (DocumentResult r : items.getItems()) {
                run.listener().validated(r, run.validatedCounter().incrementAndGet(), run.totalDocuments());
            }
        };
        return new StepBuilder("validateWorker", repo)
                .<DocumentRow, DocumentResult>chunk(CHUNK, tx)
                .reader(documentReader)
                .processor(processor)
                .writer(writer)
                .build();
    }

    // ------------------------------------------------------------------ report, gate

    @Bean
    public Step reportStep(JobRepository repo, PlatformTransactionManager tx, RunState run) {
        Tasklet t = (contribution, chunk) -> {
            run.listener().phase("report", run.options().outputDirectory().toString());
            Reports.write(run);
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("report", repo).tasklet(t, tx).allowStartIfComplete(true).build();
    }

    @Bean
    public Step gateStep(JobRepository repo, PlatformTransactionManager tx, RunState run) {
        Tasklet t = (contribution, chunk) -> {
            Gate.Decision d = Reports.decide(run);
            run.store().recordCounts(run.runId()); // run history: counts by rule and severity
            int docs = run.store().documentCount(run.runId());
            run.store().finishRun(run.runId(), "completed", d.outcome().name().toLowerCase(java.util.Locale.ROOT), docs,
                    d.total(), d.bySeverity().get(dev.corpusqa.core.Severity.ERROR), d.bySeverity().get(dev.corpusqa.core.Severity.WARNING),
                    d.bySeverity().get(dev.corpusqa.core.Severity.INFO));
            contribution.setExitStatus(new ExitStatus(d.outcome().name()));
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("gate", repo).tasklet(t, tx).allowStartIfComplete(true).build();
    }
}
