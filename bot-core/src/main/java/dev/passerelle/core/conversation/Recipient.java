package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Platform;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link Notice} goes: a person, in their direct conversation with the bot, or a conversation itself (a
 * digest in a channel). The adapter of {@link #platform} delivers it.
 *
 * @param user    the platform's user id of the person told; null when the notice goes to a conversation
 * @param channel the conversation to post in, when known (a channel, or the person's direct conversation with the
 *                bot); null lets the adapter open the person's direct conversation
 */
public record Recipient(Platform platform, String workspace, @Nullable String user, @Nullable String channel) {
    public Recipient {
        Require.present(platform, workspace);
        if (user == null && channel == null) {
            throw new IllegalArgumentException("a recipient is a person or a conversation");
        }
    }

    /** A person, in their direct conversation with the bot. */
    public static Recipient person(Platform platform, String workspace, String user) {
        Require.text(user, "user id");
        return new Recipient(platform, workspace, user, null);
    }

    /** A conversation, for everyone in it. */
    public static Recipient conversation(Platform platform, String workspace, String channel) {
        Require.text(channel, "channel id");
        return new Recipient(platform, workspace, null, channel);
    }
}
