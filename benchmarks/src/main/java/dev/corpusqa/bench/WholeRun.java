package dev.corpusqa.bench;

import dev.corpusqa.api.CorpusQa;
import dev.corpusqa.api.RunOutcome;
import dev.corpusqa.config.QaOptions;
import dev.corpusqa.job.RunListener;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * One measured run, in its own JVM (started by {@code benchmarks/run-whole.sh}):
 * <ul>
 *   <li>{@code floor <corpus> <threads>}: the read-and-decode floor: list the {@code .txt} files,
 *       read each one and decode it as UTF-8 (strict, then lenient on error, as {@code Document}
 *       does), in {@code threads} threads. Nothing else.</li>
 *   <li>{@code job <corpus> <threads> <work-dir>}: the whole corpus-qa job with all rules on, the
 *       store an H2 file under {@code work-dir}; {@code job-no-skip}: the same with the up-to-date
 *       check off (an unchanged re-run then goes through the job's shared-rows path).</li>
 * </ul>
 * Prints one line of JSON: wall time (inside the JVM, start-up excluded; the script adds the
 * process time), bytes, documents, MB/s, documents/s, peak heap used (sampled every 20 ms), peak
 * heap live after a collection (what the data really needs) and peak RSS (VmHWM).
 */
public final class WholeRun {

    private static final AtomicLong PEAK_USED = new AtomicLong();
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
    private static final AtomicLong PEAK_LIVE = new AtomicLong(-1);

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path corpus = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        watchHeap();
        probeLiveSet(Integer.getInteger("cqa.liveProbeSeconds", 0));
        long t0 = System.nanoTime();
        long[] bd;
        String extra = "";
        if (mode.equals("floor")) {
            bd = floor(corpus, threads);
        } else if (mode.equals("job") || mode.equals("job-no-skip")) {
            Path work = Path.of(args[3]);
            // job-no-skip: the up-to-date check off, so an unchanged re-run goes through the job (scan,
            // shared rows, reports) instead of keeping the last outcome
            QaOptions o = new QaOptions().corpusRoot(corpus).outputDirectory(work).threads(threads).quiet(true)
                    .referenceDate(java.time.LocalDate.of(2026, 1, 1)).upToDateCheck(mode.equals("job"));
            RunOutcome out = CorpusQa.check(o, RunListener.NONE);
            if (out.exitCode() == RunOutcome.EXIT_RUNTIME || out.exitCode() == RunOutcome.EXIT_USAGE) {
                System.err.println("run failed: " + out.failure());
                System.exit(3);
            }
            bd = new long[] {sizeOf(corpus), out.documents()};
            extra = String.format(Locale.ROOT, ",\"findings\":%d,\"runId\":%d,\"upToDate\":%b", out.decision() == null ? -1 : out.decision().total(),
                    out.runId(), out.upToDate());
        } else {
            throw new IllegalArgumentException("mode must be floor, job or job-no-skip");
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double mb = bd[0] / 1048576.0;
        System.out.printf(Locale.ROOT,
                "{\"mode\":\"%s\",\"threads\":%d,\"seconds\":%.3f,\"bytes\":%d,\"documents\":%d,\"mbPerSecond\":%.1f,\"docsPerSecond\":%.0f,"
                        + "\"peakHeapUsedMB\":%.1f,\"peakHeapAfterGcMB\":%.1f,\"peakLiveMB\":%.1f,\"peakRssMB\":%.1f%s}%n",
                mode, threads, secs, bd[0], bd[1], mb / secs, bd[1] / secs, PEAK_USED.get() / 1048576.0, PEAK_AFTER_GC.get() / 1048576.0,
                PEAK_LIVE.get() < 0 ? -1.0 : PEAK_LIVE.get() / 1048576.0, rssPeakKb() / 1024.0, extra);
    }

    static long[] floor(Path corpus, int threads) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong bytes = new AtomicLong();
        AtomicLong lines = new AtomicLong();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                final int part = k;
                fs.add(pool.submit(() -> {
                    var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT);
                    for (int i = part; i < files.size(); i += threads) {
                        byte[] b;
                        try {
                            b = Files.readAllBytes(files.get(i));
                        } catch (IOException e) {
                            continue;
                        }
                        String text;
                        try {
                            CharBuffer cb = dec.reset().decode(ByteBuffer.wrap(b));
                            text = cb.toString();
                        } catch (CharacterCodingException e) {
                            text = new String(b, StandardCharsets.UTF_8);
                        }
                        long n = 0;
                        for (int j = text.indexOf('\n'); j >= 0; j = text.indexOf('\n', j + 1)) {
                            n++;
                        }
                        lines.addAndGet(n);
                        bytes.addAndGet(b.length);
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new long[] {bytes.get(), files.size()};
    }

    static long sizeOf(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void watchHeap() {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        Thread t = new Thread(() -> {
            while (true) {
                long used = 0;
                for (MemoryPoolMXBean p : heap) {
                    used += p.getUsage().getUsed();
                }
                PEAK_USED.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        t.setDaemon(true);
        t.start();
        java.util.Set<String> heapNames = new java.util.HashSet<>();
        heap.forEach(p -> heapNames.add(p.getName()));
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, hb) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream().filter(e -> heapNames.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed()).sum();
                PEAK_AFTER_GC.accumulateAndGet(after, Math::max);
            }, null, null);
        }
    }

    /**
     * The live set, measured: with {@code -Dcqa.liveProbeSeconds=N} (N > 0) a daemon thread forces a
     * full collection every N seconds and records the heap still used after it. "Peak heap live after
     * GC" from the collector's notifications counts old-generation garbage that G1's young and mixed
     * collections have not reclaimed yet, so it overstates what the run holds; the forced collections
     * cost a little time (a few hundred ms each on a 512 MB heap), so this is for memory runs only.
     */
    private static void probeLiveSet(int seconds) {
        if (seconds <= 0) {
            return;
        }
        java.lang.management.MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(seconds * 1000L);
                } catch (InterruptedException e) {
                    return;
                }
                System.gc();
                PEAK_LIVE.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
            }
        }, "live-set-probe");
        t.setDaemon(true);
        t.start();
    }

    static long rssPeakKb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
