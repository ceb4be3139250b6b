package dev.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import dev.passerelle.core.bot.InboxSettings;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.inbox.EventCodec;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.store.Store;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.StoreException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store fails half-way through an event: the person is told, nothing of it is kept, and it waits for a working store. */
class StoreFailureTests {

    /** Said in French in a DM: the person is resolved and their DM recorded before the entry is inserted. */
    static final Message FAQ = new Message(Platform.LOCAL, "local", "dm-amelie", ChannelType.DIRECT,
            Sender.of("amelie"), "#faq Comment poser des congés ? | Dans Lucca, onglet Absences", null, "m1",
            Instant.parse("2026-03-02T09:00:00Z"), false);

    @TempDir
    Path data;

    @Nested
    class WhenInsertingTheEntryFails {

        Outcome outcome;

        @BeforeEach
        void submitToAStoreThatCannotInsertEntries() {
            try (Passerelle failing = Passerelle.open(data, Settings.defaults(), InboxSettings.defaults(),
                    Clock.systemUTC(), StoreFailureTests::failingToInsertEntries)) {
                outcome = failing.inbox().submitAndWait(FAQ);
            }
        }

        @Test
        void tellsTheAskerInTheirLanguageThatNothingWasSaved() {
            assertThat(outcome.language()).isEqualTo(Language.FR);
            assertThat(outcome.error()).isEqualTo(Messages.get(Language.FR, "error.internal"));
            assertThat(outcome.replies()).singleElement()
                    .satisfies(reply -> assertThat(reply.text()).isEqualTo(outcome.error()));
        }

        @Test
        void keepsNothingTheEventWroteBeforeItFailed() throws SQLException {
            assertThat(rows("people")).isZero();
            assertThat(rows("identities")).isZero();
            assertThat(rows("memberships")).isZero();
            assertThat(rows("entries")).isZero();
        }

        @Test
        void keepsTheEventUnappliedInTheInbox() {
            try (SqliteStore store = SqliteStore.open(data)) {
                assertThat(store.inbox().unapplied(10)).singleElement()
                        .satisfies(recorded -> assertThat(new EventCodec().decode(recorded.payload())).isEqualTo(FAQ));
            }
        }

        @Test
        void appliesTheEventOnceWhenReopenedWithAWorkingStore() throws SQLException {
            try (Conversation chat = Conversation.open(data)) {
                chat.awaitInboxApplied();
            }
            try (Conversation chat = Conversation.open(data)) {
                assertThat(chat.passerelle().store().inbox().unapplied(10)).isEmpty();
                assertThat(chat.submit(FAQ).isNothing()).isTrue();
            }

            assertThat(rows("entries")).isOne();
            assertThat(rows("people")).isOne();
            assertThat(rows("memberships")).isOne();
        }
    }

    /** The real store, except that its entries fail to insert, as with a full disk. */
    static Store failingToInsertEntries(Store store) {
        EntryRepository entries = spy(store.entries());
        doThrow(new StoreException("The knowledge base could not be written: is the disk full?", null))
                .when(entries).insert(any());
        Store failing = spy(store);
        doReturn(entries).when(failing).entries();
        return failing;
    }

    long rows(String table) throws SQLException {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteStore.FILE_NAME));
                var count = db.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            return count.getLong(1);
        }
    }
}
