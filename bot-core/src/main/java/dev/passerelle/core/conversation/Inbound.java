package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message as every platform adapter hands it to the core.
 *
 * @param workspace   Slack team id, Teams tenant id, or {@code local}
 * @param thread      the id of the thread's root message when this is a reply in a thread
 * @param messageId   the platform's id for this message; a retried delivery carries the same one
 * @param addressed   true when the message speaks to the bot (mention, DM, slash command)
 */
public record Inbound(
        Platform platform,
        String workspace,
        String channel,
        ChannelType channelType,
        Sender sender,
        String text,
        @Nullable String thread,
        String messageId,
        Instant time,
        boolean addressed) {

    public Inbound {
        requireText(workspace, "workspace");
        requireText(channel, "channel");
        requireText(messageId, "message id");
        if (platform == null || channelType == null || sender == null || time == null) {
            throw new IllegalArgumentException("platform, channel type, sender and time are required");
        }
        text = text == null ? "" : text;
        thread = thread == null || thread.isBlank() || thread.equals(messageId) ? null : thread;
        // Everything said in a DM is said to the bot.
        addressed = addressed || channelType == ChannelType.DIRECT;
    }

    /** The channel's identity across platforms and workspaces. */
    public ChannelRef channelRef() {
        return new ChannelRef(platform, workspace, channel, channelType);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an inbound message needs a " + what);
        }
    }
}
