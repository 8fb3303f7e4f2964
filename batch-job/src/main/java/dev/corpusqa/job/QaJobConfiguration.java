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
import dev.corpusqa.store.Hashing;
import dev.corpusqa.store.QaStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    @Bean
    public Job corpusQaJob(JobRepository repo, Step scanStep, Step profileStep, Step validateStep, Step reportStep, Step gateStep) {
        return new JobBuilder(JOB_NAME, repo)
                .start(scanStep).next(profileStep).next(validateStep).next(reportStep).next(gateStep)
                .build();
    }

    // ------------------------------------------------------------------ scan

    /**
     * Lists the corpus (attributes only, streamed into the store in batches). When incremental runs
     * are on, a file whose path, size and modification time equal those stored by the latest
     * completed run with the same configuration fingerprint keeps that run's content hash (as Git's
     * index does); when every file matches and no file was added or removed, the earlier run's
     * documents and findings are copied as a whole ({@code clone}) and nothing is read again.
     */
    @Bean
    public Step scanStep(JobRepository repo, PlatformTransactionManager tx, RunState run) {
        Tasklet t = (contribution, chunk) -> {
            run.listener().phase("scan", String.valueOf(run.options().corpusRoots()));
            QaStore store = run.store();
            long prev = run.options().incremental() ? store.previousCompletedRun(run.runId(), run.base().toString(), run.fingerprint()) : 0;
            CorpusScanner scanner = new CorpusScanner(run.base(), run.options().includes(), run.options().excludes());
            store.deleteDocuments(run.runId());
            if (prev != 0) {
                int same = unchangedSince(prev, scanner, run.options().corpusRoots(), store);
                if (same > 0) {
                    // nothing to insert, copy or read: this run shares the earlier run's rows
                    store.shareResults(prev, run.runId());
                    store.markReuse(run.runId(), prev, "clone");
                    run.listener().scanned(same);
                    contribution.incrementWriteCount(same);
                    return RepeatStatus.FINISHED;
                }
            }
            QaStore.DocumentInserter inserter = store.documentInserter(run.runId());
            List<DocumentRow> batch = new ArrayList<>();
            int[] matched = {0};
            Runnable flush = () -> {
                // the scan order is deterministic, so an unchanged file usually has the same doc id as
                // before: look up by id range (primary key), and by path only for the rest
                Map<Integer, QaStore.PreviousDocument> byId = prev == 0 || batch.isEmpty() ? Map.of()
                        : store.documentsById(prev, batch.get(0).docId(), batch.get(batch.size() - 1).docId());
                List<String> misses = new ArrayList<>();
                for (DocumentRow r : batch) {
                    QaStore.PreviousDocument o = byId.get(r.docId());
                    if (prev != 0 && (o == null || !o.path().equals(r.path()))) {
                        misses.add(r.path());
                    }
                }
                Map<String, QaStore.PreviousDocument> byPath = misses.isEmpty() ? Map.of() : store.documentsByPath(prev, misses);
                for (DocumentRow r : batch) {
                    QaStore.PreviousDocument o = byId.get(r.docId());
                    if (o == null || !o.path().equals(r.path())) {
                        o = byPath.get(r.path());
                    }
                    if (o != null && o.sha256() != null && DocumentRow.PENDING.equals(r.status()) && o.sizeBytes() == r.sizeBytes()
                            && o.mtimeMillis() == r.mtimeMillis()) {
                        matched[0]++;
                        r = new DocumentRow(r.docId(), r.path(), r.sizeBytes(), o.sha256(), r.mtimeMillis(), r.status(), r.problem());
                    }
                    inserter.add(r);
                }
                batch.clear();
            };
            int n = scanner.scan(run.options().corpusRoots(), run.listener(), r -> {
                batch.add(r);
                if (batch.size() >= 500) {
                    flush.run();
                }
            });
            flush.run();
            inserter.flush();
            store.markDocOrder(run.runId(), scanner.pathOrdered());
            contribution.incrementWriteCount(n);
            if (prev != 0 && n > 0 && matched[0] == n && store.documentCount(prev) == n) {
                store.shareResults(prev, run.runId());
                store.markReuse(run.runId(), prev, "clone");
            } else {
                store.markReuse(run.runId(), prev, prev == 0 ? null : "partial");
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("scan", repo).tasklet(t, tx).build();
    }

    /** Thrown to stop {@link #unchangedSince} at the first difference (no stack trace: it is control flow). */
    private static final class Changed extends RuntimeException {
        Changed() {
            super(null, null, false, false);
        }
    }

    /**
     * The unchanged-corpus fast path of an incremental run: lists the corpus without storing anything
     * and compares each file, in scan order, with the document of the same id in {@code prev} (path,
     * size, modification time, a known hash, nothing unreadable). Returns the number of files when
     * every one matches and none was added or removed, else 0 (at the first difference; the caller
     * then scans again the normal way). A re-run over an unchanged corpus thus costs one listing and
     * one streamed read of the earlier rows in primary-key order, not an insert or a copy of every row.
     */
    static int unchangedSince(long prev, CorpusScanner scanner, List<java.nio.file.Path> roots, QaStore store) {
        // a merge of two id-ordered sequences: the listing and the earlier run's rows (one streamed query)
        try (java.util.stream.Stream<QaStore.PreviousDocument> before = store.documentStates(prev)) {
            java.util.Iterator<QaStore.PreviousDocument> it = before.iterator();
            int n = scanner.scan(roots, new RunListener() { }, r -> {
                QaStore.PreviousDocument o = it.hasNext() ? it.next() : null;
                if (o == null || o.docId() != r.docId() || !o.path().equals(r.path()) || o.sha256() == null
                        || !DocumentRow.PENDING.equals(r.status()) || o.sizeBytes() != r.sizeBytes() || o.mtimeMillis() != r.mtimeMillis()) {
                    throw new Changed();
                }
            });
            return n > 0 && !it.hasNext() ? n : 0;
        } catch (Changed c) {
            return 0;
        }
    }

    // ------------------------------------------------------------------ profile

    /**
     * Feeds every document to the corpus statistics the enabled rules need (streamed from the store,
     * a bounded number of documents in flight), records the content hashes of the files it read,
     * and recomputes the corpus-level findings. Skipped when the run cloned an unchanged corpus.
     */
    @Bean
    public Step profileStep(JobRepository repo, PlatformTransactionManager tx, RunState run) {
        Tasklet t = (contribution, chunk) -> {
            run.listener().phase("profile", "");
            RuleSet rules = run.rules();
            QaStore store = run.store();
            String mode = store.reuseMode(run.runId());
            Long from = store.reusedFrom(run.runId());
            run.reuse(from == null ? 0 : from, mode);
            int n = store.documentCount(run.runId());
            run.totalDocuments(n);
            if ("clone".equals(mode)) {
                run.profiled(new RuleContext(Map.of(), rules.params(), run.options().referenceDate(), n));
                return RepeatStatus.FINISHED;
            }
            Map<Class<? extends CorpusStatistic>, CorpusStatistic> stats = new LinkedHashMap<>();
            for (Class<? extends CorpusStatistic> type : rules.statisticTypes()) {
                stats.put(type, type.getDeclaredConstructor().newInstance());
            }
            if (!stats.isEmpty()) {
                feed(run, stats.values());
            }
            stats.values().forEach(s -> s.finish(n));
            RuleContext ctx = new RuleContext(stats, rules.params(), run.options().referenceDate(), n);
            run.profiled(ctx);
            // corpus-level findings (e.g. near-duplicate documents), replaced as a whole so restarts stay idempotent
            List<Object[]> corpusFindings = new ArrayList<>();
            List<Finding> found = new ArrayList<>();
            List<RuleSet.Entry> entries = new ArrayList<>();
            for (CorpusRule cr : rules.corpusRules()) {
                RuleSet.Entry e = rules.entry(cr.info().id());
                cr.checkCorpus(ctx, new FindingSink() {
                    @Override
                    public void accept(Finding f) {
                        found.add(e.severityOverride() == null ? f : f.withSeverity(e.severityOverride()));
                    }
                });
            }
            Map<String, Integer> ids = store.docIds(run.runId(), found.stream().map(Finding::path).collect(java.util.stream.Collectors.toSet()));
            for (Finding f : found) {
                Integer id = ids.get(f.path());
                if (id != null) {
                    corpusFindings.add(new Object[] {id, f});
                }
            }
            store.replaceCorpusFindings(run.runId(), corpusFindings);
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("profile", repo).tasklet(t, tx).allowStartIfComplete(true).build();
    }

    /**
     * Streams the run's documents from the store to {@code threads} workers with at most
     * {@code 4 x threads} documents in flight, so memory does not grow with the corpus. Hashes of
     * files read here are written back in batches (the validate step then need not compute them).
     */
    private static void feed(RunState run, java.util.Collection<CorpusStatistic> stats) throws Exception {
        int threads = run.options().threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(threads * 4);
        java.util.concurrent.ConcurrentLinkedQueue<Object[]> hashes = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            run.store().forEachDocument(run.runId(), row -> {
                if (DocumentRow.UNREADABLE.equals(row.status()) || failure.get() != null) {
                    return;
                }
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        Document d;
                        try {
                            d = DocumentLoader.load(run.base(), row.path(), run.options().maxFileBytes());
                        } catch (DocumentLoader.LoadException e) {
                            return; // validate reports it
                        }
                        if (row.sha256() == null) {
                            hashes.add(new Object[] {row.docId(), Hashing.sha256Hex(d.bytes())});
                        }
                        if (!d.hasText()) {
                            return;
                        }
                        for (CorpusStatistic s : stats) {
                            try {
                                s.add(d);
                            } catch (RuntimeException e) {
                                run.listener().problem(row.path(), "statistic " + s.getClass().getSimpleName() + " failed: " + e);
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
                if (hashes.size() >= 500) {
                    drain(run, hashes);
                }
            });
            inFlight.acquireUninterruptibly(threads * 4);
            inFlight.release(threads * 4);
            drain(run, hashes);
            if (failure.get() != null) {
                throw new IllegalStateException("profile failed: " + failure.get(), failure.get());
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static void drain(RunState run, java.util.Queue<Object[]> hashes) {
        List<Object[]> l = new ArrayList<>();
        for (Object[] h; (h = hashes.poll()) != null;) {
            l.add(h);
        }
        if (!l.isEmpty()) {
            run.store().updateHashes(run.runId(), l);
        }
    }

    // ------------------------------------------------------------------ validate

    @Bean
    public Step validateStep(JobRepository repo, RunState run, Step validateWorker) {
        int threads = run.options().threads();
        Partitioner partitioner = gridSize -> {
            Map<String, ExecutionContext> parts = new LinkedHashMap<>();
            if ("clone".equals(run.store().reuseMode(run.runId()))) {
                // every result was copied from an earlier run: one empty partition instead of threads x 4
                ExecutionContext c = new ExecutionContext();
                c.putInt("minId", 1);
                c.putInt("maxId", 0);
                parts.put("bucket0000", c);
                return parts;
            }
            int max = run.store().maxDocId(run.runId());
            int chunk = run.options().chunkSize();
            int buckets = Math.max(1, Math.min(gridSize, (max + chunk - 1) / chunk));
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
        return new DocumentRangeReader(run.store(), run.runId(), minId, maxId, run.options().chunkSize() * 4);
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
            Map<Integer, String> hashes = new java.util.HashMap<>();
            for (Object[] h : validator.takeHashes(items.getItems())) {
                hashes.put((Integer) h[0], (String) h[1]);
            }
            run.store().writeResults(run.runId(), new ArrayList<>(items.getItems()), hashes);
            for (DocumentResult r : items.getItems()) {
                run.listener().validated(r, run.validatedCounter().incrementAndGet(), run.totalDocuments());
            }
        };
        return new StepBuilder("validateWorker", repo)
                .<DocumentRow, DocumentResult>chunk(run.options().chunkSize(), tx)
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
            run.store().recordDecision(run.runId(), Reports.gate(run).key(), d);
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
