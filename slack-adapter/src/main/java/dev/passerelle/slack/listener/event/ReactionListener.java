package dev.passerelle.slack.listener.event;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.ReactionAddedEvent;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.slack.MessageLookup;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.SlackText;
import dev.passerelle.slack.listener.AfterAck;
import java.util.Map;
import java.util.Optional;

/** 💡 saves a message as an insight, ✅ by the asker confirms a thread answer, 👍 backs a pain point. */
public final class ReactionListener implements BoltEventHandler<ReactionAddedEvent> {

    private static final Map<String, Reaction.Kind> KINDS = Map.of(
            "bulb", Reaction.Kind.SAVE_INSIGHT,
            "white_check_mark", Reaction.Kind.CONFIRM_ANSWER,
            "heavy_check_mark", Reaction.Kind.CONFIRM_ANSWER,
            "ballot_box_with_check", Reaction.Kind.CONFIRM_ANSWER,
            "+1", Reaction.Kind.PLUS_ONE,
            "thumbsup", Reaction.Kind.PLUS_ONE);

    private final SlackConversations conversations;
    private final MessageLookup messages;
    private final AfterAck afterAck;

    public ReactionListener(SlackConversations conversations, MessageLookup messages, AfterAck afterAck) {
        this.conversations = conversations;
        this.messages = messages;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(EventsApiPayload<ReactionAddedEvent> payload, EventContext ctx) {
        ReactionAddedEvent event = payload.getEvent();
        Optional<Reaction.Kind> kind = Optional.ofNullable(KINDS.get(baseName(event.getReaction())));
        if (kind.isPresent() && event.getItem() != null && "message".equals(event.getItem().getType())
                && !event.getUser().equals(ctx.getBotUserId())) {
            String team = ctx.getTeamId();
            String bot = ctx.getBotUserId();
            afterAck.run("reaction_added", () -> react(team, bot, event, kind.get()));
        }
        return ctx.ack();
    }

    private void react(String team, String bot, ReactionAddedEvent event, Reaction.Kind kind) {
        String channelId = event.getItem().getChannel();
        String ts = event.getItem().getTs();
        messages.find(channelId, ts).ifPresent(found -> {
            ChannelRef channel = conversations.channel(team, channelId, null);
            String text = SlackText.plain(found.text(), bot);
            Reaction reaction = new Reaction(channel, conversations.directory().person(event.getUser()).sender(), kind,
                    ts, found.threadTs(), conversations.directory().person(found.user()).sender(), text,
                    SlackConversations.time(event.getEventTs()));
            Outcome outcome = conversations.inbox().submitAndWait(reaction);
            conversations.delivery().send(channelId, event.getUser(), outcome,
                    conversations.language(event.getUser(), text), null);
        });
    }

    /** {@code +1::skin-tone-2} is still 👍. */
    private static String baseName(String reaction) {
        int skinTone = reaction.indexOf("::");
        return skinTone < 0 ? reaction : reaction.substring(0, skinTone);
    }
}
