package dev.passerelle.slack.listener.action;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.slack.HomePublisher;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.listener.AfterAck;
import dev.passerelle.slack.render.BlockKit;
import java.io.IOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buttons under answers and review items: "Helpful / Not helpful" feedback, and the
 * knowledge managers' Verify / Archive (the core checks the role, as for the typed command).
 */
public final class ButtonListener implements BlockActionHandler {

    public static final String HELPFUL = "feedback.helpful";
    public static final String UNHELPFUL = "feedback.unhelpful";
    public static final String VERIFY = "curation.verify";
    public static final String ARCHIVE = "curation.archive";
    private static final Logger log = LoggerFactory.getLogger(ButtonListener.class);

    private final SlackConversations conversations;
    private final HomePublisher homes;
    private final BlockKit blockKit;
    private final AfterAck afterAck;

    public ButtonListener(SlackConversations conversations, HomePublisher homes, BlockKit blockKit, AfterAck afterAck) {
        this.conversations = conversations;
        this.homes = homes;
        this.blockKit = blockKit;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() != null && !payload.getActions().isEmpty() && payload.getUser() != null) {
            afterAck.run("block_actions", () -> click(payload, payload.getActions().getFirst(), ctx));
        }
        return ctx.ack();
    }

    private void click(BlockActionPayload payload, BlockActionPayload.Action action, ActionContext ctx) {
        String team = payload.getTeam().getId();
        String user = payload.getUser().getId();
        Sender sender = conversations.directory().person(user).sender();
        Language language = conversations.language(user, "");
        boolean fromHome = payload.getChannel() == null;
        ChannelRef channel = fromHome ? new ChannelRef(Platform.SLACK, team, "home-" + user, ChannelType.DIRECT)
                : conversations.channel(team, payload.getChannel().getId(), null);
        Action pressed = action(action.getActionId());
        long entry = parseId(action.getValue());
        Outcome outcome = pressed == null || entry < 0 ? Outcome.nothing()
                : conversations.inbox().submitAndWait(new Click(channel, sender, pressed, entry, null, language,
                        action.getActionTs() == null ? "action:" + Instant.now().toEpochMilli() : action.getActionTs(),
                        Instant.now()));
        if (fromHome) {
            homes.publish(team, user);
        } else {
            for (Reply reply : outcome.replies()) {
                try {
                    ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false)
                            .text(blockKit.fallbackText(reply)).blocks(blockKit.blocks(reply, language)));
                } catch (IOException e) {
                    log.warn("Could not answer a button click through its response URL: {}", e.getClass().getSimpleName());
                }
            }
        }
    }

    /** Slack's action ids for the core's actions, as the buttons carry them. */
    public static String actionId(Action action) {
        return switch (action) {
            case HELPFUL -> HELPFUL;
            case NOT_HELPFUL -> UNHELPFUL;
            case VERIFY -> VERIFY;
            case ARCHIVE -> ARCHIVE;
        };
    }

    private static Action action(String actionId) {
        return switch (actionId) {
            case HELPFUL -> Action.HELPFUL;
            case UNHELPFUL -> Action.NOT_HELPFUL;
            case VERIFY -> Action.VERIFY;
            case ARCHIVE -> Action.ARCHIVE;
            default -> null;
        };
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
