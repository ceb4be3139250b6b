package dev.passerelle.slack.listener.event;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageDeletedEvent;
import dev.passerelle.core.conversation.Deletion;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.slack.SlackConversations;

/** A deleted message: recorded before the acknowledgement; what was captured from it goes too. */
public final class MessageDeletedListener implements BoltEventHandler<MessageDeletedEvent> {

    private final SlackConversations conversations;

    public MessageDeletedListener(SlackConversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public Response apply(EventsApiPayload<MessageDeletedEvent> payload, EventContext ctx) {
        MessageDeletedEvent event = payload.getEvent();
        if (event.getDeletedTs() != null) {
            ChannelRef channel = conversations.channel(ctx.getTeamId(), event.getChannel(), event.getChannelType());
            conversations.submit(new Deletion(channel, event.getDeletedTs(), SlackConversations.time(event.getEventTs())),
                    outcome -> { });
        }
        return ctx.ack();
    }
}
