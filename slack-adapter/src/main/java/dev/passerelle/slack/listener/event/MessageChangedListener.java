package dev.passerelle.slack.listener.event;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageChangedEvent;
import dev.passerelle.core.conversation.Edit;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.SlackText;
import java.time.Instant;

/** An edited message: recorded before the acknowledgement; what was captured from it follows the new text. */
public final class MessageChangedListener implements BoltEventHandler<MessageChangedEvent> {

    private final SlackConversations conversations;

    public MessageChangedListener(SlackConversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public Response apply(EventsApiPayload<MessageChangedEvent> payload, EventContext ctx) {
        MessageChangedEvent event = payload.getEvent();
        MessageChangedEvent.Message edited = event.getMessage();
        if (edited != null && edited.getUser() != null && edited.getText() != null && edited.getBotId() == null) {
            ChannelRef channel = conversations.channel(ctx.getTeamId(), event.getChannel(), event.getChannelType());
            String editTs = edited.getEdited() != null && edited.getEdited().getTs() != null ? edited.getEdited().getTs()
                    : event.getEventTs();
            Instant at = SlackConversations.time(editTs);
            conversations.submit(new Edit(channel, conversations.directory().person(edited.getUser()).sender(),
                    edited.getTs(), SlackText.plain(edited.getText(), ctx.getBotUserId()), editTs, at), outcome -> { });
        }
        return ctx.ack();
    }
}
