package dev.passerelle.core.search;

import java.util.Set;

/**
 * Who is looking: the restricted conversations (private channels, DMs) this person belongs to.
 * Public knowledge is seen by everyone; restricted knowledge only by members of its channel.
 */
public record Audience(Set<String> restrictedChannels) {
    public Audience {
        restrictedChannels = Set.copyOf(restrictedChannels);
    }

    public static Audience publicOnly() {
        return new Audience(Set.of());
    }

    public boolean sees(String channelKey, boolean restricted) {
        return !restricted || restrictedChannels.contains(channelKey);
    }
}
