package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;

/**
 * Someone took a reaction back (Slack's {@code reaction_removed}): a 👍 taken off a pain point takes the +1
 * back. Nothing of the reacted message is needed, so adapters need not fetch it.
 */
public record ReactionRemoved(ChannelRef channel, Sender reactor, Reaction.Kind kind, String messageId, Instant time)
        implements Event {

    public ReactionRemoved {
        Require.present(channel, reactor, kind, time);
        Require.text(messageId, "message id");
    }

    /**
     * A retry carries the same time; a reaction added and taken back twice is taken back twice, so the time is
     * part of the key (the platform's event time, never the clock's).
     */
    @Override
    public String key() {
        return channel.key() + ":unreaction:" + kind + ":" + messageId + ":" + reactor.userId() + ":"
                + time.toEpochMilli();
    }

    @Override
    public String actor() {
        return reactor.userId();
    }

    /** The reactor is told the +1 was taken back. */
    @Override
    public boolean addressed() {
        return true;
    }

    @Override
    public Turn turn() {
        return new Turn(channel, messageId, null, time);
    }
}
