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
import dev.passerelle.slack.listener.AfterAck;
import java.time.Instant;

/** An edited message: what was captured from it follows the new text. */
public final class MessageChangedListener implements BoltEventHandler<MessageChangedEvent> {

    private final SlackConversations conversations;
    private final AfterAck afterAck;

    public MessageChangedListener(SlackConversations conversations, AfterAck afterAck) {
        this.conversations = conversations;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(EventsApiPayload<MessageChangedEvent> payload, EventContext ctx) {
        MessageChangedEvent event = payload.getEvent();
        MessageChangedEvent.Message edited = event.getMessage();
        if (edited != null && edited.getUser() != null && edited.getText() != null && edited.getBotId() == null) {
            String team = ctx.getTeamId();
            String bot = ctx.getBotUserId();
            afterAck.run("message_changed", () -> {
                ChannelRef channel = conversations.channel(team, event.getChannel(), event.getChannelType());
                Instant at = edited.getEdited() != null && edited.getEdited().getTs() != null
                        ? SlackConversations.time(edited.getEdited().getTs()) : SlackConversations.time(event.getEventTs());
                String editId = edited.getEdited() != null && edited.getEdited().getTs() != null
                        ? edited.getEdited().getTs() : event.getEventTs();
                conversations.inbox().submitAndWait(new Edit(channel,
                        conversations.directory().person(edited.getUser()).sender(), edited.getTs(),
                        SlackText.plain(edited.getText(), bot), editId, at));
            });
        }
        return ctx.ack();
    }
}
