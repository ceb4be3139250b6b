package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Someone reacted to a message. Adapters map their platform's emoji to a {@link Kind} and fetch
 * the reacted message, so the core never needs the platform to read it.
 *
 * @param thread the thread the reacted message belongs to, if any
 */
public record Reaction(ChannelRef channel, Sender reactor, Kind kind, String messageId, @Nullable String thread,
        Sender author, String text, Instant time) implements Event {

    public Reaction {
        Require.present(channel, reactor, kind, author, time);
        Require.text(messageId, "message id");
        text = text == null ? "" : text;
    }

    /** One reaction of a kind per person and message: adding it again is a retry. */
    @Override
    public String key() {
        return channel.key() + ":reaction:" + kind + ":" + messageId + ":" + reactor.userId();
    }

    @Override
    public String actor() {
        return reactor.userId();
    }

    /** The reactor is told what it did (saved, counted). */
    @Override
    public boolean addressed() {
        return true;
    }

    @Override
    public Turn turn() {
        return new Turn(channel, messageId, thread, time);
    }

    /** What a reaction asks of the bot. */
    public enum Kind {
        /** 💡: keep this message as an insight. */
        SAVE_INSIGHT,
        /** ✅ by the asker: this answer solved my question. */
        CONFIRM_ANSWER,
        /** 👍: me too (counts on a pain point). */
        PLUS_ONE
    }
}
