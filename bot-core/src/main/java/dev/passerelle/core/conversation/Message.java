package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message someone posted, as every platform adapter hands it to the core.
 *
 * @param thread    the id of the thread's root message when this is a reply in a thread
 * @param messageId the platform's id for this message; a retried delivery carries the same one
 * @param addressed true when the message speaks to the bot (mention, DM, slash command)
 * @param autoAnswer true when it is addressed only because its channel answers every message (an auto-answer
 *                   channel), not by a mention, a DM or a command: there the bot answers questions but leaves
 *                   "ok" and other small talk alone, as people expect of a bot in a channel
 */
public record Message(
        ChannelRef channel,
        Sender sender,
        String text,
        @Nullable String thread,
        String messageId,
        Instant time,
        boolean addressed,
        boolean autoAnswer) implements Event {

    public Message {
        if (channel == null || sender == null || time == null) {
            throw new IllegalArgumentException("a message needs a channel, a sender and a time");
        }
        if (messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("a message needs a message id");
        }
        text = text == null ? "" : text;
        thread = thread == null || thread.isBlank() || thread.equals(messageId) ? null : thread;
        // Everything said in a DM is said to the bot.
        addressed = addressed || autoAnswer || channel.type() == ChannelType.DIRECT;
        autoAnswer = autoAnswer && channel.type() != ChannelType.DIRECT;
    }

    public Message(ChannelRef channel, Sender sender, String text, @Nullable String thread, String messageId,
            Instant time, boolean addressed) {
        this(channel, sender, text, thread, messageId, time, addressed, false);
    }

    public Message(Platform platform, String workspace, String channel, ChannelType channelType, Sender sender,
            String text, @Nullable String thread, String messageId, Instant time, boolean addressed) {
        this(channelRef(platform, workspace, channel, channelType), sender, text, thread, messageId, time, addressed,
                false);
    }

    /** The key every delivery of this message shares (Slack's {@code message} and {@code app_mention} alike). */
    @Override
    public String key() {
        return channel.key() + ":" + messageId;
    }

    @Override
    public String actor() {
        return sender.userId();
    }

    @Override
    public Turn turn() {
        return new Turn(channel, messageId, thread, time);
    }

    public ChannelRef channelRef() {
        return channel;
    }

    public Platform platform() {
        return channel.platform();
    }

    public String workspace() {
        return channel.workspace();
    }

    public ChannelType channelType() {
        return channel.type();
    }

    /** The same message, addressed because its channel answers every message (unless it was addressed already). */
    public Message autoAnswered() {
        return addressed ? this : new Message(channel, sender, text, thread, messageId, time, true, true);
    }

    /** The same message with other words: a command typed on a button, an edit read as a message. */
    public Message withText(String newText) {
        return new Message(channel, sender, newText, thread, messageId, time, addressed, autoAnswer);
    }

    private static ChannelRef channelRef(Platform platform, String workspace, String channel, ChannelType type) {
        if (platform == null || type == null) {
            throw new IllegalArgumentException("a message needs a platform and a channel type");
        }
        if (workspace == null || workspace.isBlank() || channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("a message needs a workspace and a channel");
        }
        return new ChannelRef(platform, workspace, channel, type);
    }
}
