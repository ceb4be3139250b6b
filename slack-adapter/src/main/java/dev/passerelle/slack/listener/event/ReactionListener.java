package dev.passerelle.slack.listener.event;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.ReactionAddedEvent;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.slack.MessageLookup;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.SlackText;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 💡 saves a message as an insight, ✅ by the asker confirms a thread answer, 👍 backs a pain point; ✅ or 👍 on the
 * bot's own answer says it helped: recorded before the acknowledgement.
 */
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

    public ReactionListener(SlackConversations conversations, MessageLookup messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    @Override
    public Response apply(EventsApiPayload<ReactionAddedEvent> payload, EventContext ctx) {
        ReactionAddedEvent event = payload.getEvent();
        Optional<Reaction.Kind> kind = Optional.ofNullable(KINDS.get(baseName(event.getReaction())));
        if (kind.isPresent() && event.getItem() != null && "message".equals(event.getItem().getType())
                && !event.getUser().equals(ctx.getBotUserId())) {
            // The reacted message is read first, so that what is recorded can be applied without Slack.
            react(ctx.getTeamId(), ctx.getBotUserId(), event, kind.get());
        }
        return ctx.ack();
    }

    private void react(String team, String bot, ReactionAddedEvent event, Reaction.Kind kind) {
        String channelId = event.getItem().getChannel();
        String ts = event.getItem().getTs();
        messages.find(channelId, ts).ifPresent(found -> {
            ChannelRef channel = conversations.channel(team, channelId, null);
            String text = SlackText.plain(found.text(), bot);
            Reaction.Kind meant = found.user().equals(bot) ? onTheBotsReply(kind) : kind;
            if (meant == null) {
                return;
            }
            Reaction reaction = new Reaction(channel, conversations.directory().person(event.getUser()).sender(), meant,
                    ts, found.threadTs(), conversations.directory().person(found.user()).sender(), text,
                    SlackConversations.time(event.getEventTs()));
            conversations.submit(reaction, outcome -> conversations.delivery().send(channelId, event.getUser(), outcome,
                    null));
        });
    }

    /**
     * The bot's own reply is neither an insight nor a pain point: ✅ and 👍 on it both say "it helped" (as on
     * Teams); 💡 means nothing there.
     */
    private static Reaction.@Nullable Kind onTheBotsReply(Reaction.Kind kind) {
        return kind == Reaction.Kind.SAVE_INSIGHT ? null : Reaction.Kind.CONFIRM_ANSWER;
    }

    /** {@code +1::skin-tone-2} is still 👍. */
    private static String baseName(String reaction) {
        int skinTone = reaction.indexOf("::");
        return skinTone < 0 ? reaction : reaction.substring(0, skinTone);
    }
}
