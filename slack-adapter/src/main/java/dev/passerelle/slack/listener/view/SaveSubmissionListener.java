package dev.passerelle.slack.listener.view;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.passerelle.core.conversation.Save;
import dev.passerelle.core.conversation.SaveForm;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.listener.shortcut.SaveShortcutListener.Origin;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The "Save to Passerelle" form, submitted: the core reads it (a wrong field goes back to the form, in the
 * saver's language); a good one is recorded in the inbox before the acknowledgement.
 */
public final class SaveSubmissionListener implements ViewSubmissionHandler {

    public static final String CALLBACK_ID = "passerelle_save";

    private final SlackConversations conversations;

    public SaveSubmissionListener(SlackConversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        Map<String, Map<String, ViewState.Value>> values = payload.getView().getState().getValues();
        Origin origin = Origin.fromJson(payload.getView().getPrivateMetadata());
        String saver = payload.getUser().getId();
        Language language = Optional.ofNullable(origin.language()).flatMap(Language::fromCode)
                .orElseGet(() -> conversations.language(saver));
        SaveForm.Submission submission = SaveForm.read(
                value(values, SaveForm.KIND).map(ViewState.Value::getSelectedOption).map(ViewState.SelectedOption::getValue)
                        .orElse(null),
                value(values, SaveForm.TEXT).map(ViewState.Value::getValue).orElse(null),
                value(values, SaveForm.TAGS).map(ViewState.Value::getValue).orElse(null), language);
        return switch (submission) {
            case SaveForm.Submission.Invalid invalid -> ctx.ackWithErrors(Map.of(invalid.field(), invalid.message()));
            case SaveForm.Submission.Filled filled -> {
                ChannelRef channel = conversations.channel(origin.team(), origin.channel(), null);
                conversations.submit(new Save(channel, conversations.directory().person(saver).sender(), filled.kind(),
                        filled.text(), filled.tags(), origin.ts(), origin.threadTs(),
                        conversations.directory().person(origin.author()).sender(), Instant.now()),
                        outcome -> conversations.delivery().send(origin.channel(), saver, outcome, null));
                yield ctx.ack();
            }
        };
    }

    private static Optional<ViewState.Value> value(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Optional.ofNullable(values.get(block)).map(actions -> actions.get(block));
    }
}
