package dev.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;

import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.bot.InboxSettings;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.inbox.EventCodec;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.NewEntry;
import dev.passerelle.core.store.Store;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.StoreException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backlog of quiet events is applied many to a transaction: what they write is what they write one by one (the
 * same problem said by twelve people is one pain point with twelve backers, the same question one gap with twelve
 * askers), and an event that fails fails alone.
 */
class InboxBatchTests {

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    static final String PAIN = "#irritant l'imprimante du 3e étage bourre encore une fois";
    static final String QUESTION = "How do I book a meeting room at headquarters?";
    static final String BROKEN = "#insight Tip number 41 about the quarterly CRM export";

    @TempDir
    Path data;

    /** A hundred tips, with the same pain point and the same question from twelve people among them. */
    static List<Message> backlog() {
        List<Message> said = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            said.add(inOps("u" + (i % 9), "t" + i, "#insight Tip number " + i + " about the quarterly CRM export", i));
            if (i % 8 == 0 && i / 8 < 12) {
                said.add(inOps("pain" + i / 8, "p" + i, PAIN, i));
                said.add(inOps("asker" + i / 8, "q" + i, QUESTION, i));
            }
        }
        return said;
    }

    static Message inOps(String user, String id, String text, int second) {
        return new Message(Platform.LOCAL, "local", "ops", ChannelType.PUBLIC, Sender.of(user), text, null, id,
                AT.plusSeconds(second), false);
    }

    /** As if the bot had stopped after recording them: at the next start, the worker finds them all waiting. */
    void recordWithoutApplying(List<Message> events) {
        Conversation.open(data).close();
        try (SqliteStore store = SqliteStore.open(data)) {
            EventCodec codec = new EventCodec();
            events.forEach(event -> store.inbox().record(event.key(), codec.encode(event), Instant.now()));
        }
    }

    Passerelle open(UnaryOperator<Store> view) {
        return Passerelle.open(data, Settings.defaults(), new InboxSettings(Duration.ofDays(7), 0), Clock.systemUTC(),
                view);
    }

    @Test
    void aBacklogAppliedInBatchesFoldsTheSamePainPointAndTheSameQuestionAsOneByOne() throws SQLException {
        List<Message> backlog = backlog();
        recordWithoutApplying(backlog);

        Inbox.Status status;
        try (Passerelle passerelle = open(UnaryOperator.identity())) {
            status = awaitApplied(passerelle, backlog.size());
        }

        assertThat(status.appliedTogether()).as("events applied in a batch with others").isGreaterThan(backlog.size() / 2);
        assertThat(count("SELECT count(*) FROM entries WHERE kind = 'insight'")).isEqualTo(100);
        assertThat(count("SELECT count(*) FROM entries WHERE kind = 'pain_point'")).isOne();
        assertThat(count("SELECT count(*) FROM entries WHERE kind = 'question'")).isOne();
        assertThat(count("SELECT count(*) FROM votes v JOIN entries e ON e.id = v.entry_id WHERE e.kind = 'pain_point'"))
                .isEqualTo(12);
        assertThat(count("SELECT count(*) FROM votes v JOIN entries e ON e.id = v.entry_id WHERE e.kind = 'question'"))
                .isEqualTo(12);
        assertThat(count("SELECT count(*) FROM inbox WHERE applied_at IS NULL")).isZero();
    }

    @Test
    void anEventThatFailsInABatchFailsAloneAndTheOthersAreApplied() throws SQLException {
        List<Message> backlog = backlog();
        recordWithoutApplying(backlog);

        Inbox.Status status;
        try (Passerelle passerelle = open(InboxBatchTests::failingOnOneTip)) {
            status = awaitApplied(passerelle, backlog.size());
        }

        assertThat(status.appliedTogether()).isPositive();
        assertThat(count("SELECT count(*) FROM entries WHERE kind = 'insight'")).isEqualTo(99);
        assertThat(count("SELECT count(*) FROM entries WHERE title LIKE 'Tip number 41 %'")).isZero();
        assertThat(count("SELECT count(*) FROM entries WHERE kind = 'pain_point'")).isOne();
        assertThat(count("SELECT count(*) FROM votes v JOIN entries e ON e.id = v.entry_id WHERE e.kind = 'question'"))
                .isEqualTo(12);
        assertThat(count("SELECT count(*) FROM inbox WHERE applied_at IS NULL")).as("the failed tip waits").isOne();
    }

    /** The real store, except that one tip cannot be written, as with a bad page. */
    static Store failingOnOneTip(Store store) {
        EntryRepository entries = spy(store.entries());
        doAnswer(call -> {
            NewEntry entry = call.getArgument(0);
            if (BROKEN.endsWith(entry.title())) {
                throw new StoreException("The knowledge base could not be written", null);
            }
            return call.callRealMethod();
        }).when(entries).insert(any());
        Store failing = spy(store);
        doReturn(entries).when(failing).entries();
        return failing;
    }

    static Inbox.Status awaitApplied(Passerelle passerelle, int events) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (passerelle.inbox().status().applied() < events && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        Inbox.Status status = passerelle.inbox().status();
        assertThat(status.applied()).as("events applied within a minute").isEqualTo(events);
        return status;
    }

    long count(String sql) throws SQLException {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteStore.FILE_NAME));
                var rows = db.createStatement().executeQuery(sql)) {
            return rows.getLong(1);
        }
    }
}
