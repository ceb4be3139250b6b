package dev.passerelle.bench;

import dev.passerelle.app.ServerProcess;
import dev.passerelle.app.slack.CrashRecovery;
import dev.passerelle.app.slack.Fairness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The durability harness at full size, against the packaged server: bot-app's end-to-end
 * scenarios ({@link CrashRecovery}, {@link Fairness}) run bigger than in the build, their figures
 * printed and written into {@code docs/durability.md} between its markers. Asserts nothing: the
 * targets are reported as met or not.
 *
 * <p>Sizes are system properties: {@code bench.durability.events} (2000), {@code .rates}
 * ({@code 100,500}), {@code .burst} (1000), {@code .seed} (random, printed).
 */
public final class Durability {

    static final int EVENTS = Integer.getInteger("bench.durability.events", 2_000);
    static final List<Integer> RATES = Arrays.stream(System.getProperty("bench.durability.rates", "100,500")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();
    static final int BURST = Integer.getInteger("bench.durability.burst", 1_000);
    static final Duration QUESTION_EVERY = Duration.ofMillis(200);
    static final Duration PATIENCE = Duration.ofMinutes(10);

    private Durability() {}

    /** {@code args}: the application jar, the report file. */
    public static void main(String[] args) {
        Path jar = Path.of(args.length > 0 ? args[0] : "bot-app/target/passerelle.jar");
        Path report = Path.of(args.length > 1 ? args[1] : "docs/durability.md");
        long seed = Long.getLong("bench.durability.seed", System.nanoTime());
        ServerProcess.Launch launch = ServerProcess.Launch.jar(jar, "-Xmx1g");
        long started = System.nanoTime();
        ZonedDateTime at = ZonedDateTime.now();
        System.out.println("Durability run, seed " + seed);

        List<CrashRecovery.Result> crashes = new ArrayList<>();
        for (int rate : RATES) {
            CrashRecovery.Result crash = inWorkDirectory(work -> CrashRecovery.run(launch, work,
                    new CrashRecovery.Settings(EVENTS, rate, seed, 100, PATIENCE)));
            System.out.println("Crash recovery: " + crash.summary());
            crashes.add(crash);
        }
        Fairness.Result fairness = inWorkDirectory(work -> Fairness.run(launch, work,
                new Fairness.Settings(BURST, 16, QUESTION_EVERY, 1_500, Duration.ofMillis(100), PATIENCE)));
        System.out.println("Fairness: " + fairness.summary());

        String markdown = DurabilityReport.markdown(crashes, fairness, seed, at, (System.nanoTime() - started) / 1e9);
        System.out.println();
        System.out.println(markdown);
        DurabilityReport.write(report, markdown);
        System.out.println("Report written to " + report.toAbsolutePath());
    }

    private interface Run<T> {
        T in(Path workDir);
    }

    /** A fresh work directory for one run, deleted afterwards (kept, and named, when the run fails). */
    private static <T> T inWorkDirectory(Run<T> run) {
        Path work;
        try {
            work = Files.createTempDirectory("passerelle-durability-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a work directory", e);
        }
        T result;
        try {
            result = run.in(work);
        } catch (RuntimeException e) {
            System.err.println("The run failed; its database and server log are in " + work);
            throw e;
        }
        delete(work);
        return result;
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
