package dev.passerelle.core.knowledge.lifecycle;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Platform;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the lifecycle reads and writes beside the entries themselves: when each was last checked, the reminders
 * sent, the digests posted, and the few counts a digest needs. Ids only: the entries are read through
 * {@link dev.passerelle.core.knowledge.EntryRepository}, where visibility is decided from.
 */
public interface LifecycleRepository {

    /** A verified entry and when it was last checked (verified, or created verified). */
    record Checked(long entryId, EntryKind kind, Instant checkedAt) {}

    /** A conversation as the store knows it, for a digest posted there. */
    record KnownChannel(String key, String workspace) {}

    /** Verified entries of this kind last checked before {@code before}, the longest unchecked first. */
    List<Checked> checkedBefore(EntryKind kind, Instant before);

    /** When each of these entries was last checked; entries never verified are left out. */
    Map<Long, Instant> checkedAt(Collection<Long> entryIds);

    /** The entry is checked again now: verified as of {@code at}; the index hears of it. */
    void reverify(long entryId, Instant at);

    /** Who last verified the entry, from the audit log; empty when nobody did (it was written verified). */
    Optional<Long> lastVerifier(long entryId);

    /** Whether this expiry was already reminded of. */
    boolean remindedOf(long entryId, Instant checkedAt);

    /** Records the reminder of this expiry; false when one was already sent (the routine ran twice). */
    boolean reminded(long entryId, Instant checkedAt, Long personId, Instant at);

    /** Records the digest of this period in this conversation; false when it was already posted. */
    boolean digestPosted(String period, String channelKey, Instant at);

    /** Entries of this kind verified at or after {@code since}, newest first. */
    List<Long> verifiedSince(EntryKind kind, Instant since, int limit);

    /** Open pain points (not resolved, not archived), most votes first. */
    List<Long> openPainPoints(int limit);

    /** How many +1s each of these entries got at or after {@code since}; entries with none are left out. */
    Map<Long, Integer> votesSince(Collection<Long> entryIds, Instant since);

    /** Open questions (knowledge gaps), most asked first, with how many times each was asked. */
    Map<Long, Integer> openGaps(int limit);

    /** Entries (not questions) written at or after {@code since}, with their authors. */
    Map<Long, Long> writtenSince(Instant since);

    /** The conversation with this platform id, if the bot has seen it. */
    Optional<KnownChannel> channel(Platform platform, String channelId);
}
