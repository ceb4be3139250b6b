package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import java.util.List;

/** The platform listed a conversation's members: they, and only they, may see its restricted knowledge. */
public record MembersChanged(ChannelRef channel, List<Sender> members, Instant time) implements Event {

    public MembersChanged {
        Require.present(channel, members, time);
        members = List.copyOf(members);
    }

    /** Two listings with the same members at the same moment are one. */
    @Override
    public String key() {
        return channel.key() + ":members:" + time.toEpochMilli() + ":"
                + Integer.toHexString(members.stream().map(Sender::userId).sorted().toList().hashCode());
    }

    @Override
    public String actor() {
        return Deletion.SYSTEM;
    }

    @Override
    public boolean addressed() {
        return false;
    }

    @Override
    public Turn turn() {
        return new Turn(channel, "members", null, time);
    }
}
