package dev.passerelle.slack.listener.event;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageDeletedEvent;
import dev.passerelle.core.conversation.Deletion;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.listener.AfterAck;

/** A deleted message: what was captured from it goes too. */
public final class MessageDeletedListener implements BoltEventHandler<MessageDeletedEvent> {

    private final SlackConversations conversations;
    private final AfterAck afterAck;

    public MessageDeletedListener(SlackConversations conversations, AfterAck afterAck) {
        this.conversations = conversations;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(EventsApiPayload<MessageDeletedEvent> payload, EventContext ctx) {
        MessageDeletedEvent event = payload.getEvent();
        if (event.getDeletedTs() != null) {
            String team = ctx.getTeamId();
            afterAck.run("message_deleted", () -> {
                ChannelRef channel = conversations.channel(team, event.getChannel(), event.getChannelType());
                conversations.inbox().submitAndWait(new Deletion(channel, event.getDeletedTs(),
                        SlackConversations.time(event.getEventTs())));
            });
        }
        return ctx.ack();
    }
}
