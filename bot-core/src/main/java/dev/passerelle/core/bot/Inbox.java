package dev.passerelle.core.bot;

import dev.passerelle.core.conversation.Event;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.inbox.EventCodec;
import dev.passerelle.core.inbox.FairQueue;
import dev.passerelle.core.inbox.FloodGuard;
import dev.passerelle.core.inbox.InboxRepository;
import dev.passerelle.core.inbox.Lane;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.vocabulary.Meters;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import dev.passerelle.core.conversation.Notice;
import org.jspecify.annotations.Nullable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every event enters the core. {@link #submit} records the event in the inbox table, committed, and only
 * then returns, so an adapter acknowledges the platform only for what a crash cannot lose; a redelivery is
 * recognised there and does nothing. One worker applies recorded events, addressed ones first and people in
 * turn, each with its effects and its "applied" mark in one transaction; at start-up it first applies whatever a
 * crash left unapplied. Longer than most classes: recording, scheduling and applying are one contract.
 */
public final class Inbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    /** A batch of quiet events holds at most this many ({@link #applyTogether}). */
    static final int BATCH_EVENTS = 32;
    /** and takes no more events once it ran this long: an addressed event that comes meanwhile waits no longer. */
    static final Duration BATCH_TIME = Duration.ofMillis(40);

    private final InboxRepository records;
    private final Meters meters;
    private final Transactions transactions;
    private final KnowledgeBot bot;
    private final KnowledgeIndex index;
    private final InboxSettings settings;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();
    private final FairQueue<Pending> queue = new FairQueue<>();
    private final FloodGuard flood;
    private final ExecutorService completions = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong appliedTogether = new AtomicLong();
    private final Thread worker;
    private volatile boolean running = true;
    private volatile boolean indexCurrent = true;
    private volatile Instant lastPrune = Instant.EPOCH;
    /** A commit asked for by count waits on the committer: one at a time, however fast changes come. */
    private final AtomicBoolean commitAsked = new AtomicBoolean();
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("passerelle-index-commit").daemon().factory());

    /**
     * One piece of work for the worker: a recorded event, or a routine (scheduled work: reminders, a digest), which
     * is no event and has no inbox row ({@code seq} 0).
     */
    private record Pending(long seq, @Nullable Event event, CompletableFuture<Outcome> outcome, boolean quiet,
            @Nullable Routine routine) {
        Pending(long seq, Event event, CompletableFuture<Outcome> outcome, boolean quiet) {
            this(seq, event, outcome, quiet, null);
        }
    }

    /** Scheduled work that runs as events do, on the worker, in one transaction; its notices go to their adapters. */
    public record Routine(String name, Supplier<Outcome> work) {}

    private final Map<Platform, Consumer<Notice>> noticeListeners = new java.util.concurrent.ConcurrentHashMap<>();

    /** An event recorded before the last stop, applied since: its adapter may still deliver what it led to. */
    public record Recovered(Event event, Outcome outcome) {}

    /** How many recovered outcomes wait for their platform's adapter at most; older ones are only logged. */
    private static final int UNCLAIMED = 1_000;
    private final Map<Platform, Consumer<Recovered>> recoveredListeners = new EnumMap<>(Platform.class);
    private final List<Recovered> unclaimed = new ArrayList<>();

    /**
     * What health and readiness report, read without waiting on any work; {@code appliedTogether} counts the events
     * applied in a batch with others ({@link #applyTogether}).
     */
    public record Status(int backlog, int waitingForAnswers, long applied, boolean indexCurrent, boolean working,
            long appliedTogether) {}

    public Inbox(InboxRepository records, Transactions transactions, KnowledgeBot bot, KnowledgeIndex index,
            InboxSettings settings, Clock clock) {
        this(records, transactions, bot, index, settings, clock, Meters.NONE);
    }

    /** As the other constructor, counting each applied event's captures and failed commands on {@code meters}. */
    public Inbox(InboxRepository records, Transactions transactions, KnowledgeBot bot, KnowledgeIndex index,
            InboxSettings settings, Clock clock, Meters meters) {
        this.meters = meters;
        this.records = records;
        this.transactions = transactions;
        this.bot = bot;
        this.index = index;
        this.settings = settings;
        this.clock = clock;
        this.flood = new FloodGuard(settings.perPersonPerMinute());
        int recovered = recover();
        if (recovered > 0) {
            log.info("Applying {} events recorded before the last stop", recovered);
        }
        this.worker = Thread.ofPlatform().name("passerelle-inbox").daemon().start(this::work);
        long every = settings.indexCommitEvery().toMillis();
        committer.scheduleWithFixedDelay(this::commitIndex, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Records the event durably and queues it. Returns once it is committed (acknowledge then), or refused
     * before recording (empty, over-long or binary text: the refusal is the outcome), or recognised as a
     * redelivery (the outcome is "nothing"). Throws when it cannot be recorded: do not acknowledge then.
     */
    public Receipt submit(Event event) {
        Optional<Outcome> refusal = bot.refusal(event);
        if (refusal.isPresent()) {
            if (refusal.get().error() != null) {
                meters.commandFailed();
            }
            return Receipt.done(refusal.get());
        }
        Optional<Long> seq = records.record(event.key(), codec.encode(event), clock.instant());
        if (seq.isEmpty()) {
            return Receipt.done(Outcome.nothing());
        }
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        Lane lane = Lane.of(event);
        // Only what someone waits an answer for counts towards their limit.
        FloodGuard.Verdict verdict = lane == Lane.ADDRESSED ? flood.check(event.actor()) : FloodGuard.Verdict.SERVE;
        switch (verdict) {
            case SERVE -> queue.add(lane, event.actor(), new Pending(seq.get(), event, outcome, false));
            case QUIET_AND_TELL -> {
                quietly(seq.get(), event);
                outcome.complete(bot.floodNotice(event, flood.perMinute()));
            }
            case QUIET -> {
                quietly(seq.get(), event);
                outcome.complete(Outcome.nothing());
            }
        }
        return new Receipt(true, outcome);
    }

    /** {@link #submit}, then waits for the outcome: for the local chat, where a line is answered before the next. */
    public Outcome submitAndWait(Event event) {
        return submit(event).outcome().join();
    }

    /**
     * Who delivers, for one platform, the outcomes of events recorded before the last stop and applied since
     * (their adapter's own callbacks died with the process). Outcomes that came before the listener are handed
     * to it now.
     */
    public void onRecovered(Platform platform, Consumer<Recovered> listener) {
        List<Recovered> waiting = new ArrayList<>();
        synchronized (unclaimed) {
            recoveredListeners.put(platform, listener);
            unclaimed.removeIf(r -> r.event().channel().platform() == platform && waiting.add(r));
        }
        waiting.forEach(r -> completions.execute(() -> listener.accept(r)));
    }

    private void recovered(long seq, Recovered recovered) {
        Consumer<Recovered> listener;
        synchronized (unclaimed) {
            listener = recoveredListeners.get(recovered.event().channel().platform());
            if (listener == null) {
                if (unclaimed.size() < UNCLAIMED) {
                    unclaimed.add(recovered);
                }
                log.info("Applied event {} recorded before the last stop; its replies wait for the {} adapter", seq,
                        recovered.event().channel().platform().code());
                return;
            }
        }
        log.info("Applied event {} recorded before the last stop; its replies go out now", seq);
        listener.accept(recovered);
    }

    /**
     * Who delivers, for one platform, the notices that no adapter of that platform receives with an outcome: those
     * of a routine, and those an event on another platform led to (a gap answered in Slack, its asker on Teams).
     */
    public void onNotice(Platform platform, Consumer<Notice> listener) {
        noticeListeners.put(platform, listener);
    }

    /**
     * Queues a routine behind the addressed work; the outcome completes once it ran (its notices already handed to
     * their platforms' listeners).
     */
    public CompletableFuture<Outcome> run(Routine routine) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        queue.add(Lane.BACKGROUND, "routine:" + routine.name(), new Pending(0, null, outcome, false, routine));
        return outcome;
    }

    private void forward(List<Notice> notices, @Nullable Platform delivered) {
        for (Notice notice : notices) {
            Platform platform = notice.to().platform();
            if (platform == delivered) {
                continue;
            }
            Consumer<Notice> listener = noticeListeners.get(platform);
            if (listener == null) {
                log.warn("A notice to {} on {} has no adapter to deliver it", notice.to().user(), platform.code());
                continue;
            }
            completions.execute(() -> {
                try {
                    listener.accept(notice);
                } catch (RuntimeException e) {
                    log.warn("A notice to {} on {} could not be delivered", notice.to().user(), platform.code(), e);
                }
            });
        }
    }

    public Status status() {
        return new Status(queue.size(), queue.size(Lane.ADDRESSED), applied.get(), indexCurrent, worker.isAlive(),
                appliedTogether.get());
    }

    private void quietly(long seq, Event event) {
        queue.add(Lane.BACKGROUND, event.actor(), new Pending(seq, event, new CompletableFuture<>(), true));
    }

    private int recover() {
        int count = 0;
        for (InboxRepository.Recorded recorded : records.unapplied(Integer.MAX_VALUE)) {
            Event event;
            try {
                event = codec.decode(recorded.payload());
            } catch (IllegalArgumentException e) {
                log.error("Inbox record {} cannot be read and is skipped: {}", recorded.seq(), e.getMessage());
                transactions.run(() -> records.markApplied(recorded.seq(), clock.instant()));
                continue;
            }
            CompletableFuture<Outcome> outcome = new CompletableFuture<>();
            Event recoveredEvent = event;
            outcome.thenAccept(done -> recovered(recorded.seq(), new Recovered(recoveredEvent, done)));
            queue.add(Lane.of(event), event.actor(), new Pending(recorded.seq(), event, outcome, false));
            count++;
        }
        return count;
    }

    private void work() {
        while (running) {
            Pending next;
            try {
                next = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (next == null) {
                pruneWhenDue();
            } else if (batchable(next) && queue.size(Lane.BACKGROUND) > 0) {
                applyTogether(next);
            } else {
                apply(next);
            }
        }
    }

    private void apply(Pending pending) {
        if (pending.routine() != null) {
            runRoutine(pending);
            return;
        }
        Outcome outcome;
        try {
            outcome = transactions.inTransaction(() -> {
                Outcome result = bot.handle(pending.event());
                records.markApplied(pending.seq(), clock.instant());
                return result;
            });
        } catch (RuntimeException e) {
            // Left unapplied: it is tried again at the next start, when a full disk or a lock may be gone.
            log.error("Could not apply event {} ({} in {})", pending.seq(), pending.event().getClass().getSimpleName(),
                    pending.event().channel().key(), e);
            outcome = bot.failed(pending.event());
        }
        deliver(pending, outcome);
        // After the reply: what the event wrote (an unanswered question's gap) is indexed while the asker reads the
        // answer, and still before the next event, which is applied on this same thread.
        catchUpIndex(pending.seq());
    }

    /** A quiet event recorded in the inbox: what a batch may hold. Routines and addressed events run alone. */
    private static boolean batchable(Pending pending) {
        return pending.routine() == null && pending.event() != null && Lane.of(pending.event()) == Lane.BACKGROUND;
    }

    /**
     * A backlog of quiet events (captures, edits, an import's or a burst's messages) applied in one transaction, with
     * one index catch-up after it, instead of one of each per event: what the events write is the same, since a
     * capture checks the entries changed since the index's view itself ({@code EntryRepository#changedAfter}). The
     * batch takes the next quiet event only while nobody waits: it ends at {@link #BATCH_EVENTS} events,
     * {@link #BATCH_TIME}, an addressed event or a routine queued, or another thread waiting for the store (an event
     * being recorded before its acknowledgement). If any event of it fails, the whole batch rolls back and each is
     * applied alone, as {@link #apply} does, so one bad event fails alone.
     */
    private void applyTogether(Pending first) {
        List<Pending> batch = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        try {
            transactions.run(() -> {
                Pending next = first;
                while (next != null) {
                    batch.add(next);
                    outcomes.add(bot.handle(next.event()));
                    records.markApplied(next.seq(), clock.instant());
                    next = batch.size() >= BATCH_EVENTS || System.nanoTime() - started > BATCH_TIME.toNanos()
                            || transactions.othersWaiting() ? null : queue.pollBackground(Inbox::batchable);
                }
            });
        } catch (RuntimeException e) {
            log.warn("A batch of {} events from {} could not be applied together; applying each alone", batch.size(),
                    first.seq());
            batch.forEach(this::apply);
            return;
        }
        if (batch.size() > 1) {
            appliedTogether.addAndGet(batch.size());
        }
        for (int i = 0; i < batch.size(); i++) {
            deliver(batch.get(i), outcomes.get(i));
        }
        catchUpIndex(batch.getLast().seq());
    }

    /** An applied event's outcome to whoever waits for it; a quiet event's notices all go through the listeners. */
    private void deliver(Pending pending, Outcome outcome) {
        applied.incrementAndGet();
        outcome.captured().forEach(captured -> meters.captured(captured.kind()));
        if (!pending.quiet() && outcome.error() != null) {
            meters.commandFailed();
        }
        forward(outcome.notices(), pending.quiet() ? null : pending.event().channel().platform());
        Outcome result = pending.quiet() ? Outcome.nothing() : outcome;
        completions.execute(() -> pending.outcome().complete(result));
    }

    private void runRoutine(Pending pending) {
        Routine routine = pending.routine();
        Outcome outcome;
        try {
            outcome = transactions.inTransaction(() -> routine.work().get());
        } catch (RuntimeException e) {
            log.error("Routine {} failed; it runs again at its next time", routine.name(), e);
            outcome = Outcome.nothing();
        }
        catchUpIndex(0);
        forward(outcome.notices(), null);
        Outcome result = outcome;
        completions.execute(() -> pending.outcome().complete(result));
    }

    /**
     * The next question sees what this event changed: the index follows at once (near real time) and commits
     * later, on the committer's thread: every {@link InboxSettings#indexCommitEvery}, or sooner once
     * {@link InboxSettings#INDEX_COMMIT_AFTER} changes wait. The worker never waits for a commit. What is in the
     * database is safe; an index that fails to follow now catches up after the next event.
     */
    private void catchUpIndex(long seq) {
        try {
            index.follow();
            indexCurrent = true;
        } catch (RuntimeException e) {
            indexCurrent = false;
            log.warn("Search index could not follow event {} yet; it will catch up later", seq, e);
        }
        if (index.uncommitted() >= InboxSettings.INDEX_COMMIT_AFTER && commitAsked.compareAndSet(false, true)) {
            try {
                committer.execute(() -> {
                    commitAsked.set(false);
                    commitIndex();
                });
            } catch (RejectedExecutionException e) {
                // Closing: close() commits.
                commitAsked.set(false);
            }
        }
    }

    private void commitIndex() {
        try {
            index.commit();
        } catch (RuntimeException e) {
            log.warn("Search index could not commit yet; it will try again", e);
        }
    }

    private void pruneWhenDue() {
        Instant now = clock.instant();
        if (Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) < 0) {
            return;
        }
        lastPrune = now;
        try {
            int pruned = transactions.inTransaction(() -> records.pruneApplied(now.minus(settings.retention())));
            if (pruned > 0) {
                log.info("Forgot {} applied inbox events older than {}", pruned, settings.retention());
            }
        } catch (RuntimeException e) {
            log.warn("Could not prune the inbox; it will try again later", e);
        }
    }

    /** Stops after the event being applied; what is still queued is applied at the next start. */
    @Override
    public void close() {
        running = false;
        try {
            worker.join(STOP_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        committer.shutdown();
        commitIndex();
        completions.shutdown();
    }
}
