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
    /** "+1" on a pain point: me too. */
    VOTE,
    /** A knowledge manager wants to rewrite the entry: the bot gives the edit commands, prefilled. */
    EDIT,
    /** A knowledge manager sends a verified entry back to draft. */
    UNVERIFY,
    /** A knowledge manager brings an archived entry back. */
    UNARCHIVE,
    /** A knowledge manager is about to answer the knowledge gap: how to. */
    ANSWER_GAP,
    /** A knowledge manager puts the gap's question to the person most likely to know. */
    ROUTE_GAP,
    /** A knowledge manager acknowledges a pain point: its reporter, backers and owner are told. */
    ACKNOWLEDGE_PAIN,
    /** A knowledge manager marks a pain point resolved: its reporter, backers and owner are told. */
    RESOLVE_PAIN;

    /** The stable id adapters put on the button ({@code verify}, {@code not_helpful}…). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The bundle key of the button's label. */
    public String labelKey() {
        return switch (this) {
            case NOT_HELPFUL -> "button.unhelpful";
            case ANSWER_GAP -> "button.answerGap";
            case ROUTE_GAP -> "button.routeGap";
            case ACKNOWLEDGE_PAIN -> "button.acknowledgePain";
            case RESOLVE_PAIN -> "button.resolvePain";
            default -> "button." + id();
        };
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
        return this == VERIFY || this == ARCHIVE
                || this == EDIT || this == UNVERIFY || this == UNARCHIVE || this == ANSWER_GAP || this == ROUTE_GAP
                || movesPain();
    }

    /** The buttons that move a pain point in the register (what {@code pain <id> acknowledge|resolve} does). */
    public boolean movesPain() {
        return this == ACKNOWLEDGE_PAIN || this == RESOLVE_PAIN;
    }
}
