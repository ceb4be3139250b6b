package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.inbox.InboxRepository;
import dev.passerelle.core.vocabulary.StoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The inbox table. A record is committed before {@link #record} returns, before the platform is acknowledged.
 *
 * <p>Records made at the same time share one transaction (group commit): a thread that finds no one
 * committing writes every record waiting, in one transaction, and each waiting thread returns once its own is
 * committed. Without it each record took the connection's lock on its own, a hand-over from thread to thread
 * per event: under a burst, with the worker's transactions in between and a busy CPU, the last of a hundred
 * requests waited for a hundred hand-overs, seconds, before its acknowledgement.
 */
public final class JdbcInbox implements InboxRepository {

    /** At most this many records in one transaction, so that the worker's turn comes between two batches. */
    private static final int BATCH = 500;
    private static final Duration HAND_OVER = Duration.ofMillis(20);

    private final Jdbc jdbc;
    private final ConcurrentLinkedQueue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock committing = new ReentrantLock();

    private record Waiting(String key, String payload, Instant at, CompletableFuture<Optional<Long>> seq) {}

    public JdbcInbox(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> record(String key, String payload, Instant at) {
        if (jdbc.heldByCurrentThread()) {
            // Inside a transaction of this thread (an import): the record is part of it, committed with it.
            return insert(key, payload, at);
        }
        Waiting mine = new Waiting(key, payload, at, new CompletableFuture<>());
        waiting.add(mine);
        boolean led = false;
        while (!mine.seq().isDone()) {
            if (committing.tryLock()) {
                led = true;
                try {
                    commitWaiting();
                } finally {
                    committing.unlock();
                }
            } else {
                awaitQuietly(mine);
            }
        }
        if (led && !waiting.isEmpty() && committing.tryLock()) {
            // What came while this thread committed: one more batch spares those threads their wait below.
            try {
                commitWaiting();
            } finally {
                committing.unlock();
            }
        }
        try {
            return mine.seq().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Until the committing thread completes this record, or for {@link #HAND_OVER}: a record added just after
     * that thread took the batch waits for the next committer, which may be this thread.
     */
    private static void awaitQuietly(Waiting record) {
        try {
            record.seq().get(HAND_OVER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Timed out: try to commit. Failed: join() says why.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while recording an event in the inbox", e);
        }
    }

    /** One transaction for what waits; if it fails, each record on its own, so that only a bad one fails. */
    private void commitWaiting() {
        List<Waiting> batch = new ArrayList<>();
        for (Waiting next; batch.size() < BATCH && (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        List<Optional<Long>> seqs;
        try {
            seqs = jdbc.inTransaction(() -> batch.stream().map(w -> insert(w.key(), w.payload(), w.at())).toList());
        } catch (RuntimeException e) {
            batch.forEach(this::commitAlone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).seq().complete(seqs.get(i));
        }
    }

    private void commitAlone(Waiting record) {
        try {
            record.seq().complete(jdbc.inTransaction(() -> insert(record.key(), record.payload(), record.at())));
        } catch (RuntimeException e) {
            record.seq().completeExceptionally(e);
        }
    }

    private Optional<Long> insert(String key, String payload, Instant at) {
        return jdbc.queryOne("INSERT INTO inbox (event_key, payload, received_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (event_key) DO NOTHING RETURNING seq", row -> row.getLong(1), key, payload, at);
    }

    @Override
    public List<Recorded> unapplied(int limit) {
        return jdbc.query("SELECT seq, payload FROM inbox WHERE applied_at IS NULL ORDER BY seq LIMIT ?",
                row -> new Recorded(row.getLong(1), row.getString(2)), limit);
    }

    @Override
    public void markApplied(long seq, Instant at) {
        jdbc.update("UPDATE inbox SET applied_at = ? WHERE seq = ?", at, seq);
    }

    @Override
    public int pruneApplied(Instant before) {
        return jdbc.update("DELETE FROM inbox WHERE applied_at IS NOT NULL AND received_at < ?", before);
    }
}
