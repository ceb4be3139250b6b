package dev.passerelle.bench;

import dev.passerelle.app.Latencies;
import dev.passerelle.core.Passerelle;
import dev.passerelle.core.bot.InboxSettings;
import dev.passerelle.core.bot.Receipt;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The performance harness: for each size, a seeded {@link Workspace} fed through the core's real entry points into
 * a real Passerelle on disk (SQLite, Lucene, the inbox), then measured. Questions and "who knows" go through the
 * inbox as a person's direct messages, each beside the same text searched by {@link BareLucene} over the same
 * messages in the same run; durable ingest is more of the workspace's messages submitted to the inbox and applied;
 * start-up reopens the data directory with its index, then without. Asserts nothing: {@link PerformanceReport}
 * says which target is met.
 *
 * <p>The workspace is filled through {@code bot().handle}, 500 messages to a transaction with the index following
 * after each, rather than through the inbox one by one: the same work on the data, in a fraction of the time; the
 * inbox is what the ingest figure measures. System properties: {@code bench.performance.seed} (42),
 * {@code .asks} (500 of each kind), {@code .ingest} (a fifth of the size, at most 5,000).
 */
public final class Performance {

    static final long SEED = Long.getLong("bench.performance.seed", 42);
    static final int ASKS = Integer.getInteger("bench.performance.asks", 500);
    static final int WARM_UP = 100;
    private static final int BATCH = 500;

    /** What one size measured. Rates per second, sizes in bytes, times in seconds unless named otherwise. */
    record Figures(int messages, double loadSeconds, Latencies ask, Latencies askBare, Latencies who,
            Latencies whoBare, int ingested, double ingestAcknowledgedPerSecond, double ingestAppliedPerSecond,
            double startReusedSeconds, double startRebuiltSeconds, long heapBytes, long databaseBytes,
            long indexBytes, Cpu cpu, String loadAverage) {

        double askRatio() {
            return ratio(ask, askBare);
        }

        double whoRatio() {
            return ratio(who, whoBare);
        }

        private static double ratio(Latencies ours, Latencies bare) {
            return bare.p50().isZero() ? 0 : (double) ours.p50().toNanos() / bare.p50().toNanos();
        }
    }

    /**
     * CPU milliseconds of the whole process (every thread: the worker, commits, merges) per operation: beside the
     * wall times, what the work costs, which another process's load on the machine changes much less.
     */
    record Cpu(double fillSeconds, double perAsk, double perWho, double perIngested) {}

    /** Process CPU time spent in a phase, less what the bare index's searches on this thread took. */
    private static final class Meter {
        private final long start = cpuNanos();
        private long excluded;

        void exclude(long nanos) {
            excluded += nanos;
        }

        double millisPer(int count) {
            return (cpuNanos() - start - excluded) / 1e6 / Math.max(1, count);
        }
    }

    private Performance() {}

    /** {@code args}: the sizes (comma-separated), the Markdown report, the JSON report. */
    public static void main(String[] args) {
        List<Integer> sizes = Arrays.stream((args.length > 0 ? args[0] : "10000,100000").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        Path markdown = Path.of(args.length > 1 ? args[1] : "docs/performance.md");
        Path json = Path.of(args.length > 2 ? args[2] : "docs/performance.json");
        ZonedDateTime at = ZonedDateTime.now();
        long started = System.nanoTime();
        List<Figures> figures = new ArrayList<>();
        PerformanceReport report = null;
        for (int size : sizes) {
            Figures measured = run(size);
            System.out.println(PerformanceReport.line(measured));
            figures.add(measured);
            // Written after each size: a long run stopped before its largest size keeps what it measured.
            double seconds = (System.nanoTime() - started) / 1e9;
            report = new PerformanceReport(List.copyOf(figures), SEED, at, seconds, sizes);
            report.write(markdown, json);
        }
        System.out.println(report.markdown());
        System.out.println("Report written to " + markdown.toAbsolutePath() + " and " + json.toAbsolutePath());
    }

    static Figures run(int size) {
        Path work = ThrowAway.directory("passerelle-performance-");
        Path data = work.resolve("data");
        try {
            Workspace workspace = new Workspace(SEED, size);
            Passerelle passerelle = open(data);
            Latencies ask;
            Latencies askBare;
            Latencies who;
            Latencies whoBare;
            double loadSeconds;
            double fillCpu;
            double perAsk;
            double perWho;
            try (BareLucene bare = new BareLucene(work.resolve("bare"))) {
                long start = System.nanoTime();
                long cpu = cpuNanos();
                fill(passerelle, workspace, bare, size);
                loadSeconds = (System.nanoTime() - start) / 1e9;
                fillCpu = (cpuNanos() - cpu) / 1e9;
                System.out.printf(Locale.ROOT, "%,d messages filled in %.1f s (%.1f s of CPU), load average %s%n",
                        size, loadSeconds, fillCpu, loadAverage());
                bare.open();
                List<Duration> ours = new ArrayList<>();
                List<Duration> theirs = new ArrayList<>();
                timeAsks(passerelle, bare, workspace::ask, WARM_UP, new ArrayList<>(), new ArrayList<>(), new Meter());
                Meter askCpu = new Meter();
                timeAsks(passerelle, bare, workspace::ask, ASKS, ours, theirs, askCpu);
                perAsk = askCpu.millisPer(ASKS);
                ask = Latencies.of(ours);
                askBare = Latencies.of(theirs);
                ours.clear();
                theirs.clear();
                timeAsks(passerelle, bare, workspace::whoKnows, WARM_UP, new ArrayList<>(), new ArrayList<>(),
                        new Meter());
                Meter whoCpu = new Meter();
                timeAsks(passerelle, bare, workspace::whoKnows, ASKS, ours, theirs, whoCpu);
                perWho = whoCpu.millisPer(ASKS);
                who = Latencies.of(ours);
                whoBare = Latencies.of(theirs);
            }
            int ingest = Integer.getInteger("bench.performance.ingest", Math.min(5_000, size / 5));
            Meter ingestCpu = new Meter();
            double[] rates = ingest(passerelle, workspace, ingest);
            double perIngested = ingestCpu.millisPer(ingest);
            long heap = heapAfterFullGc();
            passerelle.close();
            long databaseBytes = bytes(data, path -> !path.startsWith(data.resolve(Passerelle.INDEX_DIR)));
            long indexBytes = bytes(data.resolve(Passerelle.INDEX_DIR), path -> true);
            double reused = timeOpen(data);
            ThrowAway.delete(data.resolve(Passerelle.INDEX_DIR));
            double rebuilt = timeOpen(data);
            return new Figures(size, loadSeconds, ask, askBare, who, whoBare, ingest, rates[0], rates[1], reused,
                    rebuilt, heap, databaseBytes, indexBytes, new Cpu(fillCpu, perAsk, perWho, perIngested),
                    loadAverage());
        } finally {
            ThrowAway.delete(work);
        }
    }

    private static Passerelle open(Path data) {
        // No per-person limit: the harness's people ask many questions in a row.
        return Passerelle.open(data, Settings.defaults(), new InboxSettings(InboxSettings.DEFAULT_RETENTION, 0),
                Clock.systemUTC());
    }

    /** The workspace's first {@code size} messages, handled as the inbox's worker does, batched; the bare index too. */
    private static void fill(Passerelle passerelle, Workspace workspace, BareLucene bare, int size) {
        int done = 0;
        while (done < size) {
            int batch = Math.min(BATCH, size - done);
            List<Message> messages = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                messages.add(workspace.next());
            }
            passerelle.store().transactions().run(() -> messages.forEach(passerelle.bot()::handle));
            passerelle.index().follow();
            messages.forEach(message -> bare.add(message.key(), message.text()));
            done += batch;
            if (done % 50_000 == 0) {
                System.out.printf(Locale.ROOT, "  %,d messages%n", done);
            }
        }
        passerelle.index().catchUp();
    }

    /** Each question through the inbox, waiting for its answer, then the same text through the bare index. */
    private static void timeAsks(Passerelle passerelle, BareLucene bare, Supplier<Message> asks, int count,
            List<Duration> ours, List<Duration> theirs, Meter meter) {
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < count; i++) {
            Message ask = asks.get();
            long start = System.nanoTime();
            passerelle.inbox().submitAndWait(ask);
            long answered = System.nanoTime();
            long bareCpu = threads.getCurrentThreadCpuTime();
            bare.search(ask.text());
            long searched = System.nanoTime();
            meter.exclude(threads.getCurrentThreadCpuTime() - bareCpu);
            ours.add(Duration.ofNanos(answered - start));
            theirs.add(Duration.ofNanos(searched - answered));
        }
    }

    /**
     * The workspace's next messages submitted to the inbox as fast as it records them: acknowledged per second
     * (each durably recorded), and applied per second (handled, indexed, until the last one's outcome).
     */
    private static double[] ingest(Passerelle passerelle, Workspace workspace, int count) {
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Receipt receipt = passerelle.inbox().submit(workspace.next());
            outcomes.add(receipt.outcome());
        }
        long acknowledged = System.nanoTime();
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).join();
        long applied = System.nanoTime();
        return new double[] {count / ((acknowledged - start) / 1e9), count / ((applied - start) / 1e9)};
    }

    private static double timeOpen(Path data) {
        long start = System.nanoTime();
        Passerelle reopened = open(data);
        double seconds = (System.nanoTime() - start) / 1e9;
        reopened.close();
        return seconds;
    }

    /** The CPU time of this whole process: beside the wall time, what the work cost on a machine others share. */
    static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The machine's load averages over 1, 5 and 15 minutes, as {@code /proc/loadavg} says. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long heapAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long bytes(Path root, java.util.function.Predicate<Path> counted) {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).filter(counted).mapToLong(path -> {
                try {
                    return Files.size(path);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
