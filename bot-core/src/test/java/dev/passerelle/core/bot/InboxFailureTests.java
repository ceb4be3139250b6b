package dev.passerelle.core.bot;

import static dev.passerelle.core.Conversation.channel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.conversation.Edit;
import dev.passerelle.core.conversation.Event;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.inbox.EventCodec;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What survives a platform's retries and the bot's stops: each event is applied once, none is lost. */
class InboxFailureTests {

    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path data;

    static Message said(String channel, ChannelType type, String user, String messageId, String text, Instant at) {
        return new Message(Platform.LOCAL, "local", channel, type, Sender.of(user), text, null, messageId, at, false);
    }

    @Nested
    class ARedeliveredEvent {

        static final Message FAQ = said("dm-bob", ChannelType.DIRECT, "bob", "m1",
                "#faq Where is the VPN guide? | On the IT wiki, page VPN", AT);

        @Test
        void doesNothing() {
            try (Conversation chat = Conversation.open(data)) {
                assertThat(chat.submit(FAQ).captured()).hasSize(1);

                Receipt again = chat.passerelle().inbox().submit(FAQ);

                assertThat(again.recorded()).isFalse();
                assertThat(again.outcome().join().isNothing()).isTrue();
                assertThat(chat.passerelle().store().entries().find(2)).isEmpty();
            }
        }

        @Test
        void doesNothingAfterARestart() {
            try (Conversation chat = Conversation.open(data)) {
                chat.submit(FAQ);
            }

            try (Conversation chat = Conversation.open(data)) {
                Outcome again = chat.submit(FAQ);

                assertThat(again.isNothing()).isTrue();
                assertThat(chat.passerelle().store().entries().find(2)).isEmpty();
            }
        }
    }

    @Nested
    class EventsRecordedButNotAppliedBeforeAStop {

        /** A FAQ, its author's edit, then someone else's tip: the edit only makes sense after the FAQ. */
        final List<Event> recorded = List.of(
                said("it", ChannelType.PUBLIC, "bob", "m1", "#faq How do I reset my password? | Call the help desk", AT),
                new Edit(channel("it"), Sender.of("bob"), "m1",
                        "#faq How do I reset my password? | Use the self-service portal", "e1", AT.plusSeconds(60)),
                said("it", ChannelType.PUBLIC, "priya", "m2", "#insight Press Win+L to lock your laptop",
                        AT.plusSeconds(120)));

        /** As if the bot had stopped after recording them and before applying any. */
        void recordWithoutApplying() {
            Conversation.open(data).close();
            try (SqliteStore store = SqliteStore.open(data)) {
                EventCodec codec = new EventCodec();
                // Received just now, whatever the platform says the events' times are: the retention counts from here.
                recorded.forEach(event -> store.inbox().record(event.key(), codec.encode(event), Instant.now()));
            }
        }

        @Test
        void areAppliedAtStartUpInTheOrderTheyCameIn() {
            recordWithoutApplying();

            try (Conversation chat = Conversation.open(data)) {
                chat.awaitInboxApplied();

                Entry faq = chat.entry(1);
                assertThat(faq.kind()).isEqualTo(EntryKind.FAQ);
                assertThat(faq.body()).isEqualTo("Use the self-service portal");
                assertThat(chat.entry(2).title()).isEqualTo("Press Win+L to lock your laptop");
            }
        }

        @Test
        void areAppliedOnlyOnceOverTwoStartUps() {
            recordWithoutApplying();
            try (Conversation chat = Conversation.open(data)) {
                chat.awaitInboxApplied();
            }

            try (Conversation chat = Conversation.open(data)) {
                assertThat(chat.passerelle().store().inbox().unapplied(10)).isEmpty();
                assertThat(chat.passerelle().store().entries().find(3)).isEmpty();
                recorded.forEach(event -> assertThat(chat.submit(event).isNothing()).isTrue());
            }
        }
    }
}
