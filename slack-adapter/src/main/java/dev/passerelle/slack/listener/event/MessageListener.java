package dev.passerelle.slack.listener.event;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import java.util.function.BiFunction;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.SlackConversations.SlackMessage;

/**
 * {@code message} in public and private channels and DMs (also with a file, or a thread reply sent
 * to the channel too): recorded in the inbox before the acknowledgement, then captured, and answered when
 * spoken to.
 */
public final class MessageListener<E extends Event> implements BoltEventHandler<E> {

    private final SlackConversations conversations;
    private final BiFunction<E, EventContext, SlackMessage> read;

    private MessageListener(SlackConversations conversations, BiFunction<E, EventContext, SlackMessage> read) {
        this.conversations = conversations;
        this.read = read;
    }

    public static MessageListener<MessageEvent> plain(SlackConversations conversations) {
        return new MessageListener<>(conversations, (e, ctx) -> SlackMessage.of(e, ctx.getTeamId(),
                ctx.getBotUserId()));
    }

    public static MessageListener<MessageFileShareEvent> withFile(SlackConversations conversations) {
        return new MessageListener<>(conversations, (e, ctx) -> SlackMessage.of(e, ctx.getTeamId(),
                ctx.getBotUserId()));
    }

    public static MessageListener<MessageThreadBroadcastEvent> broadcast(SlackConversations conversations) {
        return new MessageListener<>(conversations, (e, ctx) -> SlackMessage.of(e, ctx.getTeamId(),
                ctx.getBotUserId()));
    }

    @Override
    public Response apply(EventsApiPayload<E> payload, EventContext ctx) {
        SlackMessage message = read.apply(payload.getEvent(), ctx);
        boolean fromBot = message.user() == null || message.user().equals(ctx.getBotUserId()) || botId(payload.getEvent());
        if (!fromBot && message.text() != null) {
            conversations.message(message);
        }
        return ctx.ack();
    }

    private static boolean botId(Event event) {
        return event instanceof MessageEvent message && message.getBotId() != null;
    }
}
