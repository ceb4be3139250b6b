package dev.passerelle.core.store;

import dev.passerelle.core.conversation.ChannelRef;
import java.time.Instant;
import java.util.Set;

/** Conversations and who is in them: the ground truth for who may see what. */
public interface ChannelRepository {

    /** Records the channel and that this person is a member of it. */
    void recordMember(ChannelRef channel, long personId, Instant at);

    /** Keys of the restricted channels (private, DM) this person is a member of. */
    Set<String> restrictedChannelsOf(long personId);

    boolean captureEnabled(String channelKey);
}
