package dev.passerelle.core.inbox;

import dev.passerelle.core.conversation.Event;
import dev.passerelle.core.conversation.MembersChanged;

/** Which work goes first: who may see what, then people waiting for an answer, then quiet learning. */
public enum Lane {
    /** A conversation's members changed: cheap, and the next answer there depends on it. */
    SYSTEM,
    /** A question, a command, a click or a save: someone is waiting. */
    ADDRESSED,
    /** Captures, edits, deletions, imports: nobody waits, but none is lost. */
    BACKGROUND;

    public static Lane of(Event event) {
        if (event instanceof MembersChanged) {
            return SYSTEM;
        }
        return event.addressed() ? ADDRESSED : BACKGROUND;
    }
}
