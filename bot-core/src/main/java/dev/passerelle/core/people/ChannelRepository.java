package dev.passerelle.core.people;

import dev.passerelle.core.vocabulary.ChannelRef;
import java.time.Instant;
import java.util.Set;

/** Conversations and who is in them: the ground truth for who may see what. */
public interface ChannelRepository {

    /** Records the channel (its type as the platform now says) and that this person is a member of it. */
    void recordMember(ChannelRef channel, long personId, Instant at);

    /**
     * Keys of every conversation this person is a member of, whatever its type now: knowledge
     * captured while a channel was private stays readable by its members after it goes public.
     */
    Set<String> channelsOf(long personId);

    boolean captureEnabled(String channelKey);

    /** Whether this conversation is someone's direct conversation with the bot. */
    boolean direct(String channelKey);

    /** The platform listed the channel's members: exactly these people are members now. */
    void replaceMembers(ChannelRef channel, Set<Long> personIds, Instant at);

    /** Turns capture on or off in this conversation (recorded before, as every conversation a person spoke in). */
    void setCapture(String channelKey, boolean on);
}
