package dev.passerelle.slack.listener.view;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Save;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.listener.AfterAck;
import dev.passerelle.slack.listener.shortcut.SaveShortcutListener.Origin;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The "Save to Passerelle" form, submitted: checked at once, captured after the acknowledgement. */
public final class SaveSubmissionListener implements ViewSubmissionHandler {

    public static final String CALLBACK_ID = "passerelle_save";

    private final SlackConversations conversations;
    private final AfterAck afterAck;

    public SaveSubmissionListener(SlackConversations conversations, AfterAck afterAck) {
        this.conversations = conversations;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        Map<String, Map<String, ViewState.Value>> values = payload.getView().getState().getValues();
        String text = value(values, "text").map(ViewState.Value::getValue).orElse("");
        if (text.isBlank()) {
            return ctx.ackWithErrors(Map.of("text", conversations.language(payload.getUser().getId(), "")
                    == dev.passerelle.core.vocabulary.Language.FR ? "Le texte est vide." : "The text is empty."));
        }
        EntryKind kind = value(values, "kind").map(ViewState.Value::getSelectedOption)
                .map(option -> switch (option.getValue()) {
                    case "faq" -> EntryKind.FAQ;
                    case "pain_point" -> EntryKind.PAIN_POINT;
                    default -> EntryKind.INSIGHT;
                }).orElse(EntryKind.INSIGHT);
        List<String> tags = SlackConversations.tags(value(values, "tags").map(ViewState.Value::getValue).orElse(null));
        Origin origin = Origin.fromJson(payload.getView().getPrivateMetadata());
        String saver = payload.getUser().getId();
        afterAck.run("view_submission", () -> {
            ChannelRef channel = conversations.channel(origin.team(), origin.channel(), null);
            Outcome outcome = conversations.inbox().submitAndWait(new Save(channel,
                    conversations.directory().person(saver).sender(), kind, text, tags, origin.ts(), origin.threadTs(),
                    conversations.directory().person(origin.author()).sender(), Instant.now()));
            conversations.delivery().send(origin.channel(), saver, outcome, conversations.language(saver, text), null);
        });
        return ctx.ack();
    }

    private static Optional<ViewState.Value> value(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Optional.ofNullable(values.get(block)).map(actions -> actions.get(block));
    }
}
