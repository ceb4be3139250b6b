package dev.passerelle.core.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable inbox: every event the platforms deliver is recorded here, committed, before it is acknowledged,
 * and marked applied in the same transaction as its effects. Its keys are what makes a redelivery harmless.
 */
public interface InboxRepository {

    /**
     * Records an event, committed when this returns; empty when an event with this key is already recorded
     * (a redelivery, applied or not).
     */
    Optional<Long> record(String key, String payload, Instant at);

    /** Recorded events not applied yet, oldest first: what a crash left behind. */
    List<Recorded> unapplied(int limit);

    /** Call inside the transaction that holds the event's effects. */
    void markApplied(long seq, Instant at);

    /** Applied events recorded before {@code before} are forgotten; returns how many. */
    int pruneApplied(Instant before);

    /** One recorded event: its place in the inbox and its encoded form. */
    record Recorded(long seq, String payload) {}
}
