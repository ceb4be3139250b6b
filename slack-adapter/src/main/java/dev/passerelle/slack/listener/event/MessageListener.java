package dev.passerelle.slack.listener.event;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.SlackConversations.SlackMessage;
import dev.passerelle.slack.listener.AfterAck;

/** {@code message} in public and private channels and DMs: capture, and answer when spoken to. */
public final class MessageListener implements BoltEventHandler<MessageEvent> {

    private final SlackConversations conversations;
    private final AfterAck afterAck;

    public MessageListener(SlackConversations conversations, AfterAck afterAck) {
        this.conversations = conversations;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent event = payload.getEvent();
        boolean fromBot = event.getBotId() != null || event.getUser() == null
                || event.getUser().equals(ctx.getBotUserId());
        if (!fromBot && event.getText() != null) {
            SlackMessage message = SlackMessage.of(event, ctx.getTeamId(), ctx.getBotUserId());
            afterAck.run("message", () -> conversations.message(message));
        }
        return ctx.ack();
    }
}
