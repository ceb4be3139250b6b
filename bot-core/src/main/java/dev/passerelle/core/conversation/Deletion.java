package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelRef;
import java.time.Instant;

/** A message was deleted: what was captured from it goes too. */
public record Deletion(ChannelRef channel, String messageId, Instant time) implements Event {

    public Deletion {
        Require.present(channel, time);
        Require.text(messageId, "message id");
    }

    @Override
    public String key() {
        return channel.key() + ":delete:" + messageId;
    }

    @Override
    public String actor() {
        return SYSTEM;
    }

    @Override
    public boolean addressed() {
        return false;
    }

    @Override
    public Turn turn() {
        return new Turn(channel, messageId, null, time);
    }

    /** The actor of what the platform itself reports. */
    public static final String SYSTEM = "system";
}
