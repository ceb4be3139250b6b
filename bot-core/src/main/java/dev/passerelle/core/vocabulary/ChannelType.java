package dev.passerelle.core.vocabulary;

import java.util.Locale;

/** Who can read a conversation: everyone, its members, or one person with the bot. */
public enum ChannelType {
    PUBLIC, PRIVATE, DIRECT;

    /** Knowledge from private channels and DMs stays with the people who can see them. */
    public boolean restricted() {
        return this != PUBLIC;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
