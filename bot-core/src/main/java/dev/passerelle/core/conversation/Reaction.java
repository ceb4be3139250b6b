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
        Sender author, String text, Instant time) {

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
