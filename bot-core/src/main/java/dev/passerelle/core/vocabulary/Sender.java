package dev.passerelle.core.vocabulary;

import org.jspecify.annotations.Nullable;

/**
 * The author of a message as the platform describes them: an id, plus whatever profile the
 * platform gave (name, e-mail, team). Missing profile fields stay null and change nothing stored.
 */
public record Sender(String userId, @Nullable String name, @Nullable String email, @Nullable String team) {
    public Sender {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a sender needs a user id");
        }
        name = blankToNull(name);
        email = blankToNull(email);
        team = blankToNull(team);
    }

    public static Sender of(String userId) {
        return new Sender(userId, null, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
