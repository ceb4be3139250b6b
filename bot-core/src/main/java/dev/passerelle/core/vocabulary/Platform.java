package dev.passerelle.core.vocabulary;

import java.util.Locale;

/** Where a message came from. {@code LOCAL} is the local chat. */
public enum Platform {
    SLACK, TEAMS, LOCAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
