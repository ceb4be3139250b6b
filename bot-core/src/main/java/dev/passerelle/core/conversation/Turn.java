package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where and when a person acts: the conversation, the message the act is about (the message itself, the
 * reacted or saved one, or the click) and its thread.
 */
public record Turn(ChannelRef channelRef, String messageId, @Nullable String thread, Instant time) {

    public Platform platform() {
        return channelRef.platform();
    }

    public String workspace() {
        return channelRef.workspace();
    }

    public ChannelType channelType() {
        return channelRef.type();
    }
}
