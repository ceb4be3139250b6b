package dev.passerelle.core.inbox;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.Deletion;
import dev.passerelle.core.conversation.Edit;
import dev.passerelle.core.conversation.EditSubmitted;
import dev.passerelle.core.conversation.Event;
import dev.passerelle.core.conversation.MembersChanged;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.conversation.ReactionRemoved;
import dev.passerelle.core.conversation.Save;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events as the inbox keeps them: JSON with a {@code type} naming the kind of event. The names are part of the
 * data directory's format: add new ones, never rename one.
 */
public final class EventCodec {

    private final JsonMapper json = JsonMapper.builder()
            .addMixIn(Event.class, EventTypes.class)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A flag added to an event later is absent from the events recorded before it: they read as false.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public String encode(Event event) {
        return json.writeValueAsString(event);
    }

    /** Reads what {@link #encode} wrote; a payload it cannot read is reported, never guessed at. */
    public Event decode(String payload) {
        try {
            return json.readValue(payload, Event.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("an inbox record that is not an event: " + e.getOriginalMessage(), e);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Message.class, name = "message"),
        @JsonSubTypes.Type(value = Edit.class, name = "edit"),
        @JsonSubTypes.Type(value = Deletion.class, name = "deletion"),
        @JsonSubTypes.Type(value = Reaction.class, name = "reaction"),
        @JsonSubTypes.Type(value = Click.class, name = "click"),
        @JsonSubTypes.Type(value = Save.class, name = "save"),
        @JsonSubTypes.Type(value = MembersChanged.class, name = "members"),
        @JsonSubTypes.Type(value = ReactionRemoved.class, name = "reaction_removed"),
        @JsonSubTypes.Type(value = EditSubmitted.class, name = "edit_form")
    })
    private interface EventTypes {}
}
