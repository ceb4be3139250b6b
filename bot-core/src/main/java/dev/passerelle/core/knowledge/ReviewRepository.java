package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What knowledge managers need beyond single entries: the review queue page by page (counted in the database, so
 * the total is the whole queue's), tags, and merges. Every write appends to the change log.
 */
public interface ReviewRepository {

    /** How many entries of these kinds have this status and are seen by this audience. */
    int count(Collection<EntryKind> kinds, EntryStatus status, Audience audience);

    /** Their ids, oldest first, {@code limit} of them after skipping {@code offset}. */
    List<Long> page(Collection<EntryKind> kinds, EntryStatus status, Audience audience, int offset, int limit);

    /** Adds these tags to the entry; returns those it did not have. */
    List<String> addTags(long entryId, Collection<String> tags, Instant at);

    /** Takes these tags off the entry; returns those it had. */
    List<String> removeTags(long entryId, Collection<String> tags, Instant at);

    /** The entry this one was merged into, if it was. */
    Optional<Long> mergedInto(long entryId);

    /**
     * Moves what {@code from} gathered to {@code into} (votes, without counting anyone twice; tags; feedback, the
     * target's own opinion winning; gap asks; and {@code words}, the ways of asking it that {@code into} now
     * answers, taking {@code from}'s own alternates off it), archives {@code from} and records the pointer. The
     * evidence given in {@code from}'s thread is re-indexed, now answering {@code into}.
     */
    Merge merge(long from, long into, List<AlternateQuestion> words, long actorId, Instant at);

    /** How much moved in one merge, for the audit line and the reply. */
    record Merge(int votes, int tags, int alternates, int asks, int feedback) {}
}
