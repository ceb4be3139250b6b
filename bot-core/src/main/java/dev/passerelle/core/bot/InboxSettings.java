package dev.passerelle.core.bot;

import java.time.Duration;

/**
 * How the inbox behaves, mapped from configuration by the application.
 *
 * @param retention          how long applied events are remembered, to recognise redeliveries: longer than any
 *                           platform's retry window (Slack retries for an hour at most)
 * @param perPersonPerMinute questions and commands one person may ask a minute before the bot only listens; 0: no
 *                           limit
 * @param indexCommitEvery   how often the search index is committed off the worker (also after every
 *                           {@link #INDEX_COMMIT_AFTER} changes): what a crash leaves to replay from the change log
 */
public record InboxSettings(Duration retention, int perPersonPerMinute, Duration indexCommitEvery) {

    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
    public static final int DEFAULT_PER_PERSON_PER_MINUTE = 60;
    public static final Duration DEFAULT_INDEX_COMMIT_EVERY = Duration.ofSeconds(1);
    /** Changes the index follows before it is committed, whatever the time: bounds the replay after a crash. */
    public static final int INDEX_COMMIT_AFTER = 500;

    public InboxSettings {
        if (retention == null || retention.compareTo(Duration.ofHours(2)) < 0) {
            throw new IllegalArgumentException("the inbox retention must be at least 2 hours, longer than the "
                    + "platforms' retries");
        }
        if (perPersonPerMinute < 0) {
            throw new IllegalArgumentException("the per-person limit must be 0 (none) or positive");
        }
        if (indexCommitEvery == null || indexCommitEvery.isNegative() || indexCommitEvery.isZero()) {
            throw new IllegalArgumentException("the index commit interval must be positive");
        }
    }

    /** With the index committed every second. */
    public InboxSettings(Duration retention, int perPersonPerMinute) {
        this(retention, perPersonPerMinute, DEFAULT_INDEX_COMMIT_EVERY);
    }

    public static InboxSettings defaults() {
        return new InboxSettings(DEFAULT_RETENTION, DEFAULT_PER_PERSON_PER_MINUTE);
    }
}
