package dev.passerelle.core.vocabulary;

/** A conversation on one platform, with its type. Its {@link #key()} is how the store names it. */
public record ChannelRef(Platform platform, String workspace, String channel, ChannelType type) {

    public String key() {
        return platform.code() + ":" + workspace + ":" + channel;
    }
}
