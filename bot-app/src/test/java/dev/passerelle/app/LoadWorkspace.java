package dev.passerelle.app;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * What the load scenarios say, whatever the platform: the people of a workspace and their messages, in the order
 * they are said. The bench fills them from its workspace generator, so that their words are realistic.
 */
public final class LoadWorkspace {

    private LoadWorkspace() {}

    /** Where a message is said: in a channel, to the bot in a channel (an {@code @}-mention), or to the bot alone. */
    public enum Kind { CHANNEL, MENTION, DIRECT }

    /**
     * One message: {@code id} names it for the thread answers that follow it ({@code thread}); the platform ids
     * (Slack timestamps, Teams activity ids) are made fresh for each run.
     */
    public record Said(Kind kind, String user, String channel, String text, String id, @Nullable String thread) {}

    /** Someone of the workspace, as the platform's directory describes them. */
    public record Person(String id, String name, String email, String locale) {}

    /** Nothing applied for this long while rows wait: the worker is stuck, or done with what it can apply. */
    private static final Duration QUIET = Duration.ofSeconds(10);

    /** Waits until no inbox row waits, or nothing was applied for {@link #QUIET}, or patience ran out. */
    public static void awaitApplied(ReadOnlyDatabase database, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        Instant lastChange = Instant.now();
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            int waiting = database.query("SELECT count(*) FROM inbox WHERE applied_at IS NULL", row -> row.getInt(1))
                    .getFirst();
            if (waiting == 0) {
                return;
            }
            if (waiting != last) {
                last = waiting;
                lastChange = Instant.now();
            } else if (Duration.between(lastChange, Instant.now()).compareTo(QUIET) > 0) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
    }
}
