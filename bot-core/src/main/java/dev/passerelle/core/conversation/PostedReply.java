package dev.passerelle.core.conversation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message the bot posted, as a reaction on it needs it later: where (the conversation's key), the platform's id
 * for it, its thread and its text.
 */
public record PostedReply(String channelKey, String messageId, @Nullable String thread, String text, Instant at) {

    /** Longer text adds nothing a reaction reads (it names the entry shown first, near the start). */
    public static final int LONGEST_TEXT = 4_000;

    public PostedReply {
        Require.text(channelKey, "conversation");
        Require.text(messageId, "message id");
        Require.present(at);
        text = text == null ? "" : text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT);
    }
}
