package dev.passerelle.slack.listener.event;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.ReactionRemovedEvent;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.conversation.ReactionRemoved;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.slack.SlackConversations;
import java.util.Set;

/**
 * A 👍 taken off a message takes its +1 on a pain point back: recorded before the acknowledgement. The message
 * itself is not read (the core finds the pain point by its id), and other reactions taken back change nothing.
 */
public final class ReactionRemovedListener implements BoltEventHandler<ReactionRemovedEvent> {

    private static final Set<String> PLUS_ONE = Set.of("+1", "thumbsup");

    private final SlackConversations conversations;

    public ReactionRemovedListener(SlackConversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public Response apply(EventsApiPayload<ReactionRemovedEvent> payload, EventContext ctx) {
        ReactionRemovedEvent event = payload.getEvent();
        if (PLUS_ONE.contains(baseName(event.getReaction())) && event.getItem() != null
                && "message".equals(event.getItem().getType()) && event.getUser() != null
                && !event.getUser().equals(ctx.getBotUserId())) {
            String channelId = event.getItem().getChannel();
            ChannelRef channel = conversations.channel(ctx.getTeamId(), channelId, null);
            ReactionRemoved removed = new ReactionRemoved(channel, conversations.directory().person(event.getUser())
                    .sender(), Reaction.Kind.PLUS_ONE, event.getItem().getTs(),
                    SlackConversations.time(event.getEventTs()));
            conversations.submit(removed, outcome -> conversations.delivery().send(channelId, event.getUser(), outcome,
                    null));
        }
        return ctx.ack();
    }

    /** {@code +1::skin-tone-2} is still 👍. */
    private static String baseName(String reaction) {
        int skinTone = reaction == null ? -1 : reaction.indexOf("::");
        return reaction == null ? "" : skinTone < 0 ? reaction : reaction.substring(0, skinTone);
    }
}
