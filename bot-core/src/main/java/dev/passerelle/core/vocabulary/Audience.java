package dev.passerelle.core.vocabulary;

import java.util.Set;

/**
 * Who is looking: the conversations this person belongs to. Public knowledge is seen by
 * everyone; restricted knowledge (from a private channel or a DM) only by members of its channel.
 */
public record Audience(Set<String> channels) {
    public Audience {
        channels = Set.copyOf(channels);
    }

    public static Audience publicOnly() {
        return new Audience(Set.of());
    }

    public boolean sees(String channelKey, boolean restricted) {
        return !restricted || channels.contains(channelKey);
    }
}
