package dev.passerelle.slack.render;

import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Test data: entries and people with sensible defaults, changed one field at a time. */
final class TestCards {

    static final String CHANNEL = "C0123ABC";
    static final String TS = "1700000000.000100";
    static final String PERMALINK = "https://acme.slack.com/archives/C0123ABC/p1700000000000100";

    private TestCards() {
    }

    static EntryBuilder entry(long id) {
        return new EntryBuilder(id);
    }

    static PersonCard person(String user, String name) {
        return new PersonCard(user, name, "Sales", 1.0, List.of(), List.of("wrote FAQ #12: CRM export"));
    }

    static Reply reply(Block... blocks) {
        return new Reply("Here is what I found:", null, false, List.of(blocks));
    }

    /** Knows one message's link: {@link #CHANNEL}/{@link #TS}. */
    static Permalinks knownLink() {
        return (channel, ts) -> channel.equals(CHANNEL) && ts.equals(TS) ? Optional.of(PERMALINK) : Optional.empty();
    }

    static final class EntryBuilder {
        private final long id;
        private EntryKind kind = EntryKind.FAQ;
        private EntryStatus status = EntryStatus.VERIFIED;
        private String title = "How do I export the CRM?";
        private @Nullable String body = "Settings, then Export.";
        private @Nullable String source = TS;
        private @Nullable String channel = CHANNEL;
        private int votes;

        private EntryBuilder(long id) {
            this.id = id;
        }

        EntryBuilder kind(EntryKind value) {
            kind = value;
            return this;
        }

        EntryBuilder status(EntryStatus value) {
            status = value;
            return this;
        }

        EntryBuilder title(String value) {
            title = value;
            return this;
        }

        EntryBuilder body(@Nullable String value) {
            body = value;
            return this;
        }

        EntryBuilder source(@Nullable String sourceChannel, @Nullable String messageTs) {
            channel = sourceChannel;
            source = messageTs;
            return this;
        }

        EntryBuilder votes(int value) {
            votes = value;
            return this;
        }

        EntryCard build() {
            return new EntryCard(id, kind, status, title, body, source, channel, votes, 0);
        }
    }
}
