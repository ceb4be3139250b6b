package dev.passerelle.core.bot;

import dev.passerelle.core.conversation.Event;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.inbox.EventCodec;
import dev.passerelle.core.inbox.InboxRepository;
import dev.passerelle.core.search.ChangeFeed;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.vocabulary.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk path for history (a workspace export): each event is recorded in the inbox under the key a live delivery
 * of it has, applied by the same {@link KnowledgeBot#handle} and marked applied, many to a transaction. An event
 * already in the inbox (seen live, or imported before) is skipped, so importing again, or resuming a stopped import,
 * changes nothing. Outcomes are not delivered: history is not answered, and its notices tell no one.
 *
 * <p>A transaction holds up to {@link #CHUNK_EVENTS} events, or fewer once {@link #CHUNK_ENTRY_CHANGES} entries
 * changed in it (captures, +1s), and the index follows once after it, not after each message: a capture looks for
 * duplicates among what the index shows and among the entries changed since, which it reads from the change log in
 * the same transaction ({@link dev.passerelle.core.knowledge.EntryRepository#changedAfter}), so a +1 on a pain
 * point or the same question said again a few messages later is folded as it would be live. A question reworded
 * rather than repeated, within the same transaction as the gap it asks again, is not: the matcher that would fold
 * it scores against the index only. The index commits every {@link #COMMIT_AFTER} changes and at {@link #finish}.
 */
public final class HistoryImport {

    private static final Logger log = LoggerFactory.getLogger(HistoryImport.class);
    /** Changes the index may hold uncommitted before a commit; a crash replays them from the change log. */
    static final int COMMIT_AFTER = 20_000;
    /** Events to a transaction at most. */
    static final int CHUNK_EVENTS = 500;
    /**
     * Entry changes to a transaction at most: each capture checks the entries changed since the index's view one by
     * one, so their number is kept small.
     */
    static final int CHUNK_ENTRY_CHANGES = 32;

    private final InboxRepository records;
    private final Transactions transactions;
    private final KnowledgeBot bot;
    private final KnowledgeIndex index;
    private final ChangeFeed changes;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();
    private long lastChange;

    /** What a batch did: events newly applied, already known, refused (empty or binary text), failed. */
    public record Counts(int imported, int known, int refused, int failed, int captured) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(imported + other.imported, known + other.known, refused + other.refused,
                    failed + other.failed, captured + other.captured);
        }
    }

    public HistoryImport(InboxRepository records, Transactions transactions, KnowledgeBot bot, KnowledgeIndex index,
            ChangeFeed changes, Clock clock) {
        this.records = records;
        this.transactions = transactions;
        this.bot = bot;
        this.index = index;
        this.changes = changes;
        this.clock = clock;
        this.lastChange = latestChange(index.lastApplied());
    }

    /**
     * Applies the events in order. Returns once all are committed; an event whose application fails is left out
     * (rolled back, not recorded: a rerun tries it again) and counted as failed.
     */
    public Counts apply(List<? extends Event> events) {
        Counts total = Counts.NONE;
        int next = 0;
        while (next < events.size()) {
            int from = next;
            Chunk chunk;
            try {
                chunk = transactions.inTransaction(() -> chunk(events, from));
            } catch (RuntimeException e) {
                // One event broke the transaction: the same events again, one to a transaction, to find it.
                chunk = oneByOne(events, from);
            }
            total = total.plus(chunk.counts());
            next = chunk.end();
            follow();
        }
        return total;
    }

    /** Makes everything imported durable in the index too. */
    public void finish() {
        follow();
        index.commit();
    }

    private record Chunk(Counts counts, int end) {}

    /** Applies events from {@code from} until the chunk is full ({@link #CHUNK_EVENTS}, {@link #CHUNK_ENTRY_CHANGES}). */
    private Chunk chunk(List<? extends Event> events, int from) {
        Counts counts = Counts.NONE;
        int at = from;
        int entryChanges = 0;
        while (at < events.size() && at - from < CHUNK_EVENTS && entryChanges < CHUNK_ENTRY_CHANGES) {
            counts = counts.plus(applyOne(events.get(at)));
            at++;
            List<ChangeFeed.Change> changed = changes.after(lastChange, Integer.MAX_VALUE);
            if (!changed.isEmpty()) {
                lastChange = changed.getLast().seq();
                entryChanges += (int) changed.stream()
                        .filter(change -> change.subject() == ChangeFeed.Subject.ENTRY).count();
            }
        }
        return new Chunk(counts, at);
    }

    private Chunk oneByOne(List<? extends Event> events, int from) {
        Event event = events.get(from);
        try {
            Counts counts = transactions.inTransaction(() -> applyOne(event));
            lastChange = latestChange(lastChange);
            return new Chunk(counts, from + 1);
        } catch (RuntimeException e) {
            log.warn("History event not imported ({} in {}): {}", event.getClass().getSimpleName(),
                    event.channel().key(), e.toString());
            return new Chunk(new Counts(0, 0, 0, 1, 0), from + 1);
        }
    }

    private Counts applyOne(Event event) {
        if (bot.refusal(event).isPresent()) {
            return new Counts(0, 0, 1, 0, 0);
        }
        Optional<Long> seq = records.record(event.key(), codec.encode(event), clock.instant());
        if (seq.isEmpty()) {
            return new Counts(0, 1, 0, 0, 0);
        }
        Outcome outcome = bot.handle(event);
        records.markApplied(seq.get(), clock.instant());
        return new Counts(1, 0, 0, 0, outcome.captured().size());
    }

    private void follow() {
        index.follow();
        if (index.uncommitted() >= COMMIT_AFTER) {
            index.commit();
        }
    }

    /** The last change logged, looked up from a known one: one indexed read. */
    private long latestChange(long known) {
        List<ChangeFeed.Change> after = changes.after(known, Integer.MAX_VALUE);
        return after.isEmpty() ? known : after.getLast().seq();
    }
}
