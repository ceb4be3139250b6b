package dev.passerelle.slack.listener.event;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.SlackConversations.SlackMessage;

/**
 * {@code app_mention}: someone spoke to the bot, in a channel it may not even read. When Slack
 * also sends the {@code message} twin, both carry the same key: the inbox keeps whichever comes first.
 */
public final class MentionListener implements BoltEventHandler<AppMentionEvent> {

    private final SlackConversations conversations;

    public MentionListener(SlackConversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent event = payload.getEvent();
        if (event.getBotId() == null && event.getUser() != null && event.getText() != null) {
            SlackMessage message = SlackMessage.of(event, ctx.getTeamId(), ctx.getBotUserId());
            conversations.message(message);
        }
        return ctx.ack();
    }
}
