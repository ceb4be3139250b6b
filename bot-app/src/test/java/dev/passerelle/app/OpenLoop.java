package dev.passerelle.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * An open-loop load generator: requests leave at a fixed arrival rate whatever the server answers, as a platform
 * delivers events, each on its own virtual thread. A request's latency runs from its slot in the schedule to its
 * answer, so a generator that falls behind (or a server that makes it wait for a connection) is counted against
 * the server, not hidden (no coordinated omission). Bounded in count and time: a step is {@code rate × seconds}
 * requests, each with its own time-out.
 */
public final class OpenLoop implements AutoCloseable {

    /** Past this, a request counts as an error, as a platform gives up on a delivery. */
    public static final Duration TIME_OUT = Duration.ofSeconds(10);

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY).connectTimeout(Duration.ofSeconds(5)).executor(threads).build();

    /** One request's fate: its HTTP status ({@code 0}: none came, refused, cut or timed out) and its latency. */
    public record Answer(int status, Duration latency) {}

    /**
     * What one step gave: every answer in the order sent, how long sending took, the machine's load average at its
     * end, and how far behind its schedule the generator ever was.
     */
    public record Step(int rate, List<Answer> answers, Duration took, double loadAverage, Duration worstLag) {

        public int sent() {
            return answers.size();
        }

        public int answered(int status) {
            return (int) answers.stream().filter(answer -> answer.status() == status).count();
        }

        public int otherThan(int status) {
            return sent() - answered(status);
        }

        /** The latency of the requests answered {@code status}. */
        public Latencies latencies(int status) {
            return Latencies.of(answers.stream().filter(answer -> answer.status() == status).map(Answer::latency)
                    .toList());
        }

        /** How many requests got each status, {@code 0} for none (refused, cut, timed out): {@code 202×48 0×2}. */
        public String statuses() {
            return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()))
                    .entrySet().stream().map(e -> (e.getKey() == 0 ? "none" : e.getKey()) + "×" + e.getValue())
                    .collect(Collectors.joining(" "));
        }

        public double achievedRate() {
            return sent() / Math.max(1e-9, took.toNanos() / 1e9);
        }

        public String summary(int expected) {
            return String.format(Locale.ROOT, "%d/s target, %.0f/s sent: %d sent, %d answered %d, %d not (%s); %s;"
                    + " generator lag at most %s; load average %.2f", rate, achievedRate(), sent(), answered(expected),
                    expected, otherThan(expected), statuses(), latencies(expected), Latencies.millis(worstLag),
                    loadAverage);
        }
    }

    /**
     * Sends {@code requests} at {@code perSecond}, then waits for every answer (each ends by its time-out).
     * The requests are built beforehand, so that building and signing them costs nothing inside the schedule.
     */
    public Step run(int perSecond, List<HttpRequest> requests) {
        int count = requests.size();
        long period = 1_000_000_000L / perSecond;
        List<CompletableFuture<Answer>> answers = new ArrayList<>(count);
        long worstLag = 0;
        long start = System.nanoTime();
        for (int k = 0; k < count; k++) {
            long slot = start + k * period;
            waitUntil(slot);
            worstLag = Math.max(worstLag, System.nanoTime() - slot);
            answers.add(http.sendAsync(requests.get(k), HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> new Answer(failure == null ? response.statusCode() : 0,
                            Duration.ofNanos(System.nanoTime() - slot))));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                    .get(TIME_OUT.plusSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Answers still missing long after their time-out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for answers", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("A request failed unexpectedly", e.getCause());
        }
        return new Step(perSecond, answers.stream().map(CompletableFuture::join).toList(), took, loadAverage(),
                Duration.ofNanos(worstLag));
    }

    /** The one-minute load average, from {@code /proc/loadavg}; {@code -1} where there is none. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII)
                    .split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Lines in a log file, for what a run wrote there. */
    public static long lines(Path log) {
        return lines(log, "");
    }

    /** Lines of a log file that contain {@code text}. */
    public static long lines(Path log, String text) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).lines().filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + log, e);
        }
    }

    private static void waitUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    @Override
    public void close() {
        http.close();
        threads.shutdownNow();
    }
}
