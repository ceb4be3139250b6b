package dev.passerelle.core.conversation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message the bot posted, as a reaction or a click on it needs it later: where (the conversation's key), the
 * platform's id for it, its thread, its text and, for a card, the card as the platform renders it.
 *
 * @param card the rendered card (an Adaptive Card's JSON), or null for a plain message
 */
public record PostedReply(String channelKey, String messageId, @Nullable String thread, String text, Instant at,
        @Nullable String card) {

    /** Longer text adds nothing a reaction reads (it names the entry shown first, near the start). */
    public static final int LONGEST_TEXT = 4_000;

    public PostedReply {
        Require.text(channelKey, "conversation");
        Require.text(messageId, "message id");
        Require.present(at);
        text = text == null ? "" : text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT);
    }

    public PostedReply(String channelKey, String messageId, @Nullable String thread, String text, Instant at) {
        this(channelKey, messageId, thread, text, at, null);
    }

    /** The same message, showing this card now (a click refreshed it). */
    public PostedReply withCard(String shown) {
        return new PostedReply(channelKey, messageId, thread, text, at, shown);
    }
}
