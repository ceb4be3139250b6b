package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Test data for what the core says, shared by the renderers' tests (bot-core's test jar): entries and people
 * with sensible defaults, changed one field at a time, their source in a conversation of the platform under
 * test.
 */
public final class TestCards {

    private final String channel;
    private final String message;

    private TestCards(String channel, String message) {
        this.channel = channel;
        this.message = message;
    }

    /** Cards whose sources are this message in this conversation (platform ids). */
    public static TestCards on(String channel, String message) {
        return new TestCards(channel, message);
    }

    public EntryBuilder entry(long id) {
        return new EntryBuilder(id, channel, message);
    }

    /** Someone with a reason and no linked evidence. */
    public PersonCard person(String user, String name) {
        return new PersonCard(user, name, "Sales", 1.0, List.of(), List.of("wrote FAQ #12: CRM export"));
    }

    /** Someone whose evidence is the message these cards are on. */
    public PersonCard personWithEvidence(String user, String name) {
        return new PersonCard(user, name, "Sales", 1.0, List.of(message), List.of("wrote FAQ #12: CRM export"),
                List.of(new PersonCard.Source(channel, message)));
    }

    public static Reply reply(Block... blocks) {
        return new Reply("Here is what I found:", null, false, List.of(blocks));
    }

    /** An outcome of one reply, in a language. */
    public static Outcome outcome(Language language, Reply... replies) {
        return new Outcome(List.of(replies), List.of(), null, language);
    }

    public static Block.Button button(Action action, long entryId) {
        return new Block.Button(action.id(), action, entryId);
    }

    public static final class EntryBuilder {
        private final long id;
        private EntryKind kind = EntryKind.FAQ;
        private EntryStatus status = EntryStatus.VERIFIED;
        private String title = "How do I export the CRM?";
        private @Nullable String body = "Settings, then Export.";
        private @Nullable String source;
        private @Nullable String channel;
        private int votes;
        private final List<Block.Button> buttons = new ArrayList<>();

        private EntryBuilder(long id, String channel, String message) {
            this.id = id;
            this.channel = channel;
            this.source = message;
        }

        public EntryBuilder kind(EntryKind value) {
            kind = value;
            return this;
        }

        public EntryBuilder status(EntryStatus value) {
            status = value;
            return this;
        }

        public EntryBuilder title(String value) {
            title = value;
            return this;
        }

        public EntryBuilder body(@Nullable String value) {
            body = value;
            return this;
        }

        public EntryBuilder source(@Nullable String sourceChannel, @Nullable String messageId) {
            channel = sourceChannel;
            source = messageId;
            return this;
        }

        public EntryBuilder votes(int value) {
            votes = value;
            return this;
        }

        /** Buttons beside the entry, labelled with the action's id. */
        public EntryBuilder buttons(Action... actions) {
            for (Action action : actions) {
                buttons.add(button(action, id));
            }
            return this;
        }

        public EntryCard build() {
            return new EntryCard(id, kind, status, title, body, source, channel, votes, 0, buttons);
        }
    }
}
