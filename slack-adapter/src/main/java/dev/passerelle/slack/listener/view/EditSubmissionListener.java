package dev.passerelle.slack.listener.view;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.ViewState;
import dev.passerelle.core.conversation.EditForm;
import dev.passerelle.core.conversation.EditSubmitted;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Recipient;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.slack.EditModals;
import dev.passerelle.slack.HomePublisher;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.render.BlockKit;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An entry's edit form, submitted: the core's form reads it (an empty field goes back to the modal, under that
 * field, in the form's language); a good one is recorded in the inbox before the acknowledgement, as an
 * {@link EditSubmitted} keyed by the view, so that pressing Save again on a slow answer applies it once. Once
 * applied, the card the Edit button was on is redrawn through its response URL, the Home tab republished; a card
 * no longer known, or a refusal, is answered in a message only the editor sees.
 */
public final class EditSubmissionListener implements ViewSubmissionHandler {

    public static final String CALLBACK_ID = "passerelle_edit";
    private static final Logger log = LoggerFactory.getLogger(EditSubmissionListener.class);

    private final SlackConversations conversations;
    private final EditModals modals;
    private final HomePublisher homes;
    private final BlockKit blockKit;

    public EditSubmissionListener(SlackConversations conversations, EditModals modals, HomePublisher homes,
            BlockKit blockKit) {
        this.conversations = conversations;
        this.modals = modals;
        this.homes = homes;
        this.blockKit = blockKit;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        Optional<EditModals.Origin> read = EditModals.Origin.fromJson(payload.getView().getPrivateMetadata());
        Optional<EntryKind> kind = read.flatMap(origin -> kindOf(origin.kind()));
        if (read.isEmpty() || kind.isEmpty()) {
            log.warn("An edit form came back without its origin: view {}", payload.getView().getId());
            return ctx.ack();
        }
        EditModals.Origin origin = read.get();
        String editor = payload.getUser().getId();
        Language language = Language.fromCode(origin.language()).orElseGet(() -> conversations.language(editor));
        Map<String, Map<String, ViewState.Value>> values = payload.getView().getState().getValues();
        return switch (EditForm.read(kind.get(), field -> value(values, field), language)) {
            case EditForm.Submission.Invalid invalid -> ctx.ackWithErrors(Map.of(invalid.field(), invalid.message()));
            case EditForm.Submission.Filled filled -> {
                ChannelRef channel = origin.home()
                        ? new ChannelRef(Platform.SLACK, origin.team(), SlackConversations.HOME + editor, ChannelType.DIRECT)
                        : conversations.channel(origin.team(), origin.channel(), null);
                conversations.submit(new EditSubmitted(channel, conversations.directory().person(editor).sender(),
                        origin.entry(), filled.title(), filled.answer(), filled.tags(), language,
                        payload.getView().getId(), origin.thread(), Instant.now()),
                        outcome -> deliver(ctx.getSlack(), origin, editor, outcome));
                yield ctx.ack();
            }
        };
    }

    private void deliver(Slack slack, EditModals.Origin origin, String editor, Outcome outcome) {
        if (origin.home()) {
            homes.publish(origin.team(), editor);
            if (outcome.error() != null) {
                outcome.replies().forEach(reply -> conversations.delivery().notice(new Notice(
                        Recipient.person(Platform.SLACK, origin.team(), editor), conversations.delivery()
                                .languageOf(outcome), reply)));
            }
            return;
        }
        if (!redrawn(slack, origin, outcome)) {
            conversations.delivery().send(origin.channel(), editor, outcome, null);
        }
    }

    /** Replaces the card the Edit button was on with itself, the entry redrawn; false when it cannot. */
    private boolean redrawn(Slack slack, EditModals.Origin origin, Outcome outcome) {
        Optional<EditModals.Card> card = modals.card(origin);
        if (outcome.error() != null || outcome.refreshed().isEmpty() || card.isEmpty()) {
            return false;
        }
        Optional<List<LayoutBlock>> blocks = blockKit.redrawn(card.get().blocks(), outcome.refreshed(),
                conversations.delivery().languageOf(outcome));
        if (blocks.isEmpty()) {
            return false;
        }
        List<LayoutBlock> redrawn = card.get().shownMark() == null ? blocks.get()
                : conversations.delivery().shown().redrawn(card.get().shownMark(), card.get().text(),
                        new java.util.ArrayList<>(blocks.get()));
        try {
            int status = new ActionResponseSender(slack).send(card.get().responseUrl(), ActionResponse.builder()
                    .replaceOriginal(true).text(card.get().text()).blocks(redrawn).build()).getCode();
            return status == 200;
        } catch (IOException e) {
            log.warn("Could not redraw an edited card through its response URL: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    private static String value(Map<String, Map<String, ViewState.Value>> values, String field) {
        return Optional.ofNullable(values.get(field)).map(actions -> actions.get(field)).map(ViewState.Value::getValue)
                .orElse(null);
    }

    private static Optional<EntryKind> kindOf(String code) {
        try {
            return Optional.of(EntryKind.fromCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
