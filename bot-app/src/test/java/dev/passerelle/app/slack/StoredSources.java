package dev.passerelle.app.slack;

import dev.passerelle.app.ReadOnlyDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which of a channel's messages the app has stored knowledge from, read from its database while
 * it works: how many entries each source message gave (one is right; two is a duplicate).
 */
final class StoredSources {

    private static final Duration POLL = Duration.ofMillis(100);

    private final ReadOnlyDatabase database;
    private final String channelKey;

    StoredSources(ReadOnlyDatabase database, String channel) {
        this.database = database;
        this.channelKey = TestWorkspace.channelKey(channel);
    }

    /** Source message timestamp → number of entries from it. */
    Map<String, Integer> entriesBySource() {
        Map<String, Integer> counts = new HashMap<>();
        database.query("SELECT source_msg, count(*) FROM entries WHERE channel_key = ? AND source_msg IS NOT NULL"
                + " GROUP BY source_msg", row -> counts.put(row.getString(1), row.getInt(2)), channelKey);
        return counts;
    }

    int entries() {
        return entriesBySource().values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Waits until every expected message gave an entry (when some are expected), or nothing new was
     * stored for {@code quiet} (the app is done, whatever it lost), or {@code patience} ran out;
     * returns the time waited.
     */
    Duration awaitSettled(Set<String> expected, Duration quiet, Duration patience) {
        Instant start = Instant.now();
        Instant deadline = start.plus(patience);
        Instant lastChange = start;
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            Map<String, Integer> stored = entriesBySource();
            if (!expected.isEmpty() && stored.keySet().containsAll(expected)) {
                break;
            }
            int now = stored.values().stream().mapToInt(Integer::intValue).sum();
            if (now != last) {
                last = now;
                lastChange = Instant.now();
            } else if (Duration.between(lastChange, Instant.now()).compareTo(quiet) >= 0) {
                break;
            }
            Pacing.pause(POLL);
        }
        return Duration.between(start, Instant.now());
    }
}
