package dev.passerelle.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.teams.MessageActionsPayload;
import com.microsoft.bot.schema.teams.MessageActionsPayloadUser;
import com.microsoft.bot.schema.teams.MessagingExtensionAction;
import com.microsoft.bot.schema.teams.MessagingExtensionActionResponse;
import com.microsoft.bot.schema.teams.TaskModuleContinueResponse;
import com.microsoft.bot.schema.teams.TaskModuleMessageResponse;
import com.microsoft.bot.schema.teams.TaskModuleTaskInfo;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Save;
import dev.passerelle.core.conversation.SaveForm;
import dev.passerelle.core.conversation.SaveForm.Submission;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Sender;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The "Save to Passerelle" message extension, the Teams twin of Slack's shortcut: {@code fetchTask} opens the
 * core's form (kind, the message's text, tags) as a card; {@code submitAction} has the core read it and, when it is
 * filled in, records a {@link Save} with the original message as source and its author as author. What happened is
 * said in the dialog, which only the saver sees. The form speaks the saver's Teams language.
 */
final class SaveHandler {

    /** The message extension's one command, as {@code deploy/teams/manifest.json} declares it. */
    static final String COMMAND = "saveToPasserelle";

    private final TeamsConversations conversations;

    SaveHandler(TeamsConversations conversations) {
        this.conversations = conversations;
    }

    /** Whether the action is this command's: Teams also sends other apps' commands and ones from older manifests. */
    static boolean handles(MessagingExtensionAction action) {
        return COMMAND.equals(action.getCommandId());
    }

    CompletableFuture<MessagingExtensionActionResponse> form(TurnContext turn, MessagingExtensionAction action) {
        SaveForm form = SaveForm.of(messageText(action), conversations.language(turn.getActivity()));
        TaskModuleTaskInfo task = new TaskModuleTaskInfo();
        task.setTitle(form.label("title"));
        task.setHeight("medium");
        task.setWidth("medium");
        task.setCard(Replies.attachment(conversations.cards().saveForm(form)));
        TaskModuleContinueResponse open = new TaskModuleContinueResponse();
        open.setValue(task);
        MessagingExtensionActionResponse response = new MessagingExtensionActionResponse();
        response.setTask(open);
        return CompletableFuture.completedFuture(response);
    }

    CompletableFuture<MessagingExtensionActionResponse> submitted(TurnContext turn, MessagingExtensionAction action) {
        Language language = conversations.language(turn.getActivity());
        Submission submission = SaveForm.read(field(action, SaveForm.KIND), field(action, SaveForm.TEXT),
                field(action, SaveForm.TAGS), language);
        return switch (submission) {
            case Submission.Invalid invalid -> CompletableFuture.completedFuture(say(invalid.message()));
            case Submission.Filled filled -> save(turn, action, filled);
        };
    }

    private CompletableFuture<MessagingExtensionActionResponse> save(TurnContext turn, MessagingExtensionAction action,
            Submission.Filled filled) {
        Activity activity = turn.getActivity();
        TeamsConversation where = TeamsConversation.of(activity);
        MessageActionsPayload message = action.getMessagePayload();
        // From the compose box there is no message: the form itself is the source.
        String messageId = message == null || message.getId() == null ? TeamsMessage.id(activity) : message.getId();
        String thread = message != null && message.getReplyToId() != null && !message.getReplyToId().isBlank()
                ? message.getReplyToId() : where.threadOf(messageId);
        return conversations.roster().sender(turn)
                .thenCompose(saver -> author(turn, message, saver).thenCompose(author -> conversations.outcome(
                        new Save(where.channel(), saver, filled.kind(), filled.text(), filled.tags(), messageId,
                                thread, author, TeamsMessage.time(activity)))))
                .thenApply(outcome -> say(outcome.replies().stream().map(Reply::text).collect(Collectors.joining("\n"))));
    }

    /** The message's author from the roster (the payload names them by their Entra object id). */
    private CompletableFuture<Sender> author(TurnContext turn, @Nullable MessageActionsPayload message, Sender saver) {
        MessageActionsPayloadUser user = message == null || message.getFrom() == null ? null : message.getFrom().getUser();
        if (user == null || user.getId() == null || user.getId().isBlank()) {
            return CompletableFuture.completedFuture(saver);
        }
        return conversations.roster().person(turn, user.getId(), user.getDisplayName());
    }

    static String messageText(MessagingExtensionAction action) {
        MessageActionsPayload message = action.getMessagePayload();
        return message == null || message.getBody() == null ? "" : TeamsText.fromHtml(message.getBody().getContent());
    }

    private static @Nullable String field(MessagingExtensionAction action, String key) {
        return CardAction.field(action.getData(), key);
    }

    /** A message in the dialog: what happened, seen only by the person who saved. */
    private static MessagingExtensionActionResponse say(String text) {
        TaskModuleMessageResponse message = new TaskModuleMessageResponse();
        message.setValue(text);
        MessagingExtensionActionResponse response = new MessagingExtensionActionResponse();
        response.setTask(message);
        return response;
    }
}
