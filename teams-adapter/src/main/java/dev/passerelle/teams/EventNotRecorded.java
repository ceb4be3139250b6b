package dev.passerelle.teams;

import dev.passerelle.core.conversation.Event;

/**
 * The core's inbox could not record an event (a full disk, a locked database): the activity must not be
 * acknowledged, so that Teams delivers it again. Names the conversation, never what was said.
 */
final class EventNotRecorded extends RuntimeException {

    EventNotRecorded(Event event, Throwable cause) {
        super("Could not record a " + event.getClass().getSimpleName() + " event of " + event.channel().key()
                + " in the inbox: check the data directory's disk space and permissions", cause);
    }
}
