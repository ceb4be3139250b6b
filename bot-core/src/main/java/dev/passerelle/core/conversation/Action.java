package dev.passerelle.core.conversation;

import java.util.Locale;
import java.util.Optional;

/**
 * What a button on one of the bot's replies does. A button carries one of these and the entry it is about; a
 * click comes back as a {@link Click}, never as command text.
 */
public enum Action {
    /** "Helpful" under an answer. */
    HELPFUL,
    /** "Not helpful" under an answer. */
    NOT_HELPFUL,
    /** A knowledge manager verifies the entry. */
    VERIFY,
    /** A knowledge manager takes the entry out of answers. */
    ARCHIVE,
    /** A knowledge manager changes the entry (beside a stale one: its reminder, the stale list). */
    EDIT;

    /** The stable id adapters put on the button ({@code verify}, {@code not_helpful}…). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads an id written by {@link #id()}; empty for anything else. */
    public static Optional<Action> fromId(String id) {
        for (Action action : values()) {
            if (action.id().equals(id)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** Curation actions need the knowledge manager role. */
    public boolean curation() {
        return this == VERIFY || this == ARCHIVE || this == EDIT;
    }
}
