package dev.passerelle.app.slack;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh Slack identifiers, unique within the test run, so that no two tests ever share a message
 * (the app deduplicates by channel and timestamp): message timestamps an hour old, event ids,
 * trigger ids.
 */
final class SlackIds {

    private static final long EPOCH = Instant.now().getEpochSecond() - 3_600;
    private static final AtomicLong sequence = new AtomicLong();

    private SlackIds() {
    }

    /** A message timestamp, {@code 1700000000.000042}: seconds, then a per-message sequence. */
    static String ts() {
        return EPOCH + "." + String.format("%06d", sequence.incrementAndGet());
    }

    static String eventId() {
        return "Ev" + String.format("%010d", sequence.incrementAndGet());
    }

    static String triggerId() {
        return sequence.incrementAndGet() + ".1.0f8c2b2e1d0c";
    }

    static String viewId() {
        return "VMODAL" + sequence.incrementAndGet();
    }
}
