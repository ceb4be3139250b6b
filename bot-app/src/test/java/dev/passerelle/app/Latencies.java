package dev.passerelle.app;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** How long something took, over many tries: the median, the 99th percentile (nearest rank) and the worst. */
public record Latencies(int count, Duration p50, Duration p99, Duration max) {

    public static Latencies of(Collection<Duration> times) {
        if (times.isEmpty()) {
            return new Latencies(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        }
        List<Duration> sorted = times.stream().sorted().toList();
        return new Latencies(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.99), sorted.getLast());
    }

    private static Duration rank(List<Duration> sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    @Override
    public String toString() {
        return count == 0 ? "none" : "p50 " + millis(p50) + ", p99 " + millis(p99) + ", max " + millis(max)
                + " (" + count + ")";
    }

    /** {@code 12.3 ms}, or {@code 4.56 s} from ten seconds on. */
    public static String millis(Duration time) {
        double ms = time.toNanos() / 1e6;
        return ms >= 10_000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000)
                : String.format(Locale.ROOT, ms >= 100 ? "%.0f ms" : "%.1f ms", ms);
    }
}
