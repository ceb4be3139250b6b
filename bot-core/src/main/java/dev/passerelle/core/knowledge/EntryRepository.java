package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Knowledge entries. Every write also appends to the change log, in the same transaction. */
public interface EntryRepository {

    Entry insert(NewEntry entry);

    Optional<Entry> find(long id);

    List<Entry> findAll(Collection<Long> ids);

    /** The entry captured from this message in this conversation, if any. */
    Optional<Entry> findBySource(String channelKey, String messageId, EntryKind kind);

    List<Entry> list(EntryKind kind, EntryStatus status, int limit);

    Entry updateStatus(long id, EntryStatus status, Instant at);

    /** Records one +1 per person; false when this person had already voted. */
    boolean addVote(long entryId, long personId, Instant at);

    /** Takes back this person's +1; false when they had none on this entry. */
    boolean removeVote(long entryId, long personId, Instant at);

    /** Every entry captured from this message (a FAQ's question and answer may share one). */
    List<Entry> findAllBySource(String channelKey, String messageId);

    /** The source message was edited: the entry now says this. */
    Entry updateText(long id, String title, @Nullable String body, Instant at);

    /** Removes the entry and everything attached to it; the index forgets it. */
    void delete(long id, Instant at);

    /** One opinion per person, the latest wins; false when nothing changed. */
    boolean feedback(long entryId, long personId, boolean helpful, Instant at);

    /** Entries this person wrote, newest first. */
    List<Entry> byAuthor(long personId, EntryKind kind, EntryStatus status, int limit);

    /** The other ways this entry's question was asked, oldest first. */
    List<AlternateQuestion> alternates(long entryId);

    /**
     * Keeps another way of asking this entry's question, and the index re-reads the entry; false when the entry
     * already has this folded text.
     */
    boolean addAlternate(long entryId, AlternateQuestion alternate);

    /**
     * Records that this message asked the open question {@code entryId} again: {@link #findBySource} then finds
     * the question from this message too, so that its thread leads to the same gap.
     */
    void addAsk(long entryId, long personId, String channelKey, String messageId, @Nullable String thread, Instant at);

    /** As {@link #addAsk(long, long, String, String, String, Instant)}, keeping the words the ask used. */
    void addAsk(long entryId, long personId, String channelKey, String messageId, @Nullable String thread, Instant at,
            String question);

    /** Who asked the question in this message, when it was folded into an open question as one more ask. */
    Optional<Long> askedBy(String channelKey, String messageId);

    /** The ask this message made of a gap it was folded into, if it was. */
    Optional<GapAsk> askIn(String channelKey, String messageId);

    /** The further asks of this gap, oldest first (its own source message not included). */
    List<GapAsk> asks(long entryId);

    /** Forgets this ask: its message no longer asks the gap (deleted, or edited to ask something else). */
    void removeAsk(GapAsk ask);

    /**
     * The gap's own message is gone or asks something else, while others still ask it: {@code next}, one of its
     * asks, becomes its source and asker, so that the gap, its id and its other askers stay.
     */
    void handOver(long entryId, GapAsk next, Instant at);

    /**
     * Entries of this kind changed after change {@code change} of the log (created, edited, voted on), in the
     * caller's transaction too, oldest first: what the search index may not show yet.
     */
    List<Entry> changedAfter(long change, EntryKind kind);
}
