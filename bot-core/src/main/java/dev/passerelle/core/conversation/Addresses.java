package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Platform;
import java.util.Optional;

/**
 * Where the bot last saw each person, durably, so that a {@link Notice} reaches them after a restart too: their
 * direct conversation with the bot when there is one, else the workspace's endpoint to open one through.
 */
public interface Addresses {

    /**
     * Remembers where the person was seen; a direct conversation already known is kept when this sighting names
     * none (a channel message).
     */
    void seen(Address address);

    Optional<Address> of(Platform platform, String workspace, String user);

    /** The latest address seen in the workspace, anyone's: its endpoint and bot id open a conversation there. */
    Optional<Address> latestIn(Platform platform, String workspace);
}
