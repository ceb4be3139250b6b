package dev.passerelle.slack.listener.action;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.slack.HomePublisher;
import dev.passerelle.slack.ShownCards;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.render.BlockKit;
import dev.passerelle.slack.render.ButtonValue;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buttons beside entries: "Helpful / Not helpful" under answers, the knowledge managers' Verify / Archive.
 * A press is a core {@link Click} on the entry the button names, recorded before the acknowledgement; the core
 * checks the role, as for the typed command. The message the button was on is redrawn through the response URL
 * ({@code replace_original}) with the entries the core refreshed, the rest as it was (from the payload, or for an
 * ephemeral message, which Slack does not send back, from {@link ShownCards}); a Home tab is published again.
 */
public final class ButtonListener implements BlockActionHandler {

    /** The action ids Passerelle's buttons carry; the older dotted ones are still read. */
    public static final Pattern ACTION_IDS = Pattern.compile("^(" + java.util.Arrays.stream(Action.values())
            .map(Action::id).collect(java.util.stream.Collectors.joining("|")) + "|feedback\\..*|curation\\..*)$");
    /** The +1 button of a pain point (read by the same listener). */
    public static final Pattern VOTE_ACTION_ID = Pattern.compile("^vote$");
    private static final Map<String, Action> BEFORE = Map.of("feedback.helpful", Action.HELPFUL,
            "feedback.unhelpful", Action.NOT_HELPFUL, "curation.verify", Action.VERIFY, "curation.archive", Action.ARCHIVE);
    private static final Logger log = LoggerFactory.getLogger(ButtonListener.class);

    private final SlackConversations conversations;
    private final HomePublisher homes;
    private final BlockKit blockKit;
    private final @org.jspecify.annotations.Nullable EditButton edits;

    public ButtonListener(SlackConversations conversations, HomePublisher homes, BlockKit blockKit) {
        this(conversations, homes, blockKit, null);
    }

    /** With the edit forms opened from Edit buttons as modals; without, Edit is answered with the commands. */
    public ButtonListener(SlackConversations conversations, HomePublisher homes, BlockKit blockKit,
            dev.passerelle.slack.@org.jspecify.annotations.Nullable EditModals modals) {
        this.conversations = conversations;
        this.homes = homes;
        this.blockKit = blockKit;
        this.edits = modals == null ? null : new EditButton(modals, conversations.delivery().shown());
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        if (payload.getActions() != null && !payload.getActions().isEmpty() && payload.getUser() != null) {
            BlockActionPayload.Action pressed = payload.getActions().getFirst();
            Optional<Action> action = Action.fromId(pressed.getActionId())
                    .or(() -> Optional.ofNullable(BEFORE.get(pressed.getActionId())));
            Optional<ButtonValue> value = ButtonValue.read(pressed.getValue());
            if (action.isPresent() && value.isPresent()) {
                click(payload, pressed, action.get(), value.get(), ctx);
            }
        }
        return ctx.ack();
    }

    private void click(BlockActionPayload payload, BlockActionPayload.Action pressed, Action action, ButtonValue value,
            ActionContext ctx) {
        String team = payload.getTeam().getId();
        String user = payload.getUser().getId();
        boolean fromHome = payload.getChannel() == null;
        ChannelRef channel = fromHome ? new ChannelRef(Platform.SLACK, team, SlackConversations.HOME + user, ChannelType.DIRECT)
                : conversations.channel(team, payload.getChannel().getId(), null);
        Click click = new Click(channel, conversations.directory().person(user).sender(), action, value.entryId(), null,
                value.language().orElseGet(() -> conversations.language(user)), pressed.getActionTs(), Instant.now(),
                value.desk() && !fromHome);
        conversations.submit(click, outcome -> {
            if (outcome.form() != null && edits != null && edits.open(payload, pressed, outcome.form())) {
                return;
            }
            if (fromHome) {
                homes.publish(team, user);
            } else if (outcome.desk() != null) {
                redrawDesk(ctx, outcome.desk(), outcome);
                respond(ctx, outcome);
            } else {
                redraw(ctx, payload, pressed, outcome);
                respond(ctx, outcome);
            }
        });
    }

    /** A desk in a message is replaced whole: what was clicked may have left it, and what waited next comes up. */
    private void redrawDesk(ActionContext ctx, Reply desk, Outcome outcome) {
        List<LayoutBlock> blocks = blockKit.blocks(desk, conversations.delivery().languageOf(outcome));
        try {
            ctx.respond(r -> r.replaceOriginal(true).text(blockKit.fallbackText(desk)).blocks(blocks));
        } catch (IOException e) {
            log.warn("Could not redraw a clicked desk through its response URL: {}", e.getClass().getSimpleName());
        }
    }

    /** Replaces the clicked message with itself, its refreshed entries redrawn; nothing when there is none. */
    private void redraw(ActionContext ctx, BlockActionPayload payload, BlockActionPayload.Action pressed,
            Outcome outcome) {
        if (outcome.refreshed().isEmpty()) {
            return;
        }
        Optional<ShownCards.Marked> remembered = Optional.empty();
        String text;
        List<LayoutBlock> shown;
        if (payload.getMessage() != null && payload.getMessage().getBlocks() != null
                && !payload.getMessage().getBlocks().isEmpty()) {
            text = payload.getMessage().getText() == null ? "" : payload.getMessage().getText();
            shown = payload.getMessage().getBlocks();
        } else {
            remembered = conversations.delivery().shown().find(pressed.getBlockId());
            if (remembered.isEmpty()) {
                return;
            }
            text = remembered.get().shown().text();
            shown = remembered.get().shown().blocks();
        }
        Optional<List<LayoutBlock>> redrawn = blockKit.redrawn(shown, outcome.refreshed(),
                conversations.delivery().languageOf(outcome));
        if (redrawn.isEmpty()) {
            return;
        }
        List<LayoutBlock> blocks = remembered.map(marked -> conversations.delivery().shown()
                .redrawn(marked.mark(), text, new java.util.ArrayList<>(redrawn.get()))).orElse(redrawn.get());
        try {
            ctx.respond(r -> r.replaceOriginal(true).text(text).blocks(blocks));
        } catch (IOException e) {
            log.warn("Could not redraw a clicked message through its response URL: {}", e.getClass().getSimpleName());
        }
    }

    private void respond(ActionContext ctx, Outcome outcome) {
        for (Reply reply : outcome.replies()) {
            try {
                ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(blockKit.fallbackText(reply))
                        .blocks(blockKit.blocksIfAny(reply, conversations.delivery().languageOf(outcome))));
            } catch (IOException e) {
                log.warn("Could not answer a button click through its response URL: {}", e.getClass().getSimpleName());
            }
        }
    }
}
