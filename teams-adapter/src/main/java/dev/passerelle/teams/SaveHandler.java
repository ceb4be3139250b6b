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
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.teams.render.AdaptiveCards;
import dev.passerelle.teams.render.Labels;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The "Save to Passerelle" message extension, the Teams twin of Slack's shortcut: {@code fetchTask} opens the
 * form (kind, the message's text, tags); {@code submitAction} saves it with the original message as source and
 * its author as author, and says so in the dialog, which only the saver sees.
 */
final class SaveHandler {

    private final TeamsConversations conversations;

    SaveHandler(TeamsConversations conversations) {
        this.conversations = conversations;
    }

    CompletableFuture<MessagingExtensionActionResponse> form(TurnContext turn, MessagingExtensionAction action) {
        Language language = conversations.language(turn.getActivity());
        TaskModuleTaskInfo task = new TaskModuleTaskInfo();
        task.setTitle(Labels.get(language, "form.title"));
        task.setHeight("medium");
        task.setWidth("medium");
        task.setCard(Replies.attachment(conversations.cards().saveForm(messageText(action), language)));
        TaskModuleContinueResponse open = new TaskModuleContinueResponse();
        open.setValue(task);
        MessagingExtensionActionResponse response = new MessagingExtensionActionResponse();
        response.setTask(open);
        return CompletableFuture.completedFuture(response);
    }

    CompletableFuture<MessagingExtensionActionResponse> submitted(TurnContext turn, MessagingExtensionAction action) {
        Activity activity = turn.getActivity();
        Language language = conversations.language(activity);
        String text = field(action, AdaptiveCards.FORM_TEXT);
        if (text == null || text.isBlank()) {
            return CompletableFuture.completedFuture(say(Labels.get(language, "form.empty")));
        }
        TeamsConversation where = TeamsConversation.of(activity);
        MessageActionsPayload message = action.getMessagePayload();
        // From the compose box there is no message: the form itself is the source.
        String messageId = message == null || message.getId() == null ? TeamsMessage.id(activity) : message.getId();
        String thread = message != null && message.getReplyToId() != null && !message.getReplyToId().isBlank()
                ? message.getReplyToId() : where.threadOf(messageId);
        EntryKind kind = kind(field(action, AdaptiveCards.FORM_KIND));
        List<String> tags = tags(field(action, AdaptiveCards.FORM_TAGS));
        return conversations.roster().sender(turn)
                .thenCompose(saver -> author(turn, message, saver).thenCompose(author -> conversations.core(() ->
                        conversations.bot().save(new Save(where.channel(), saver, kind, text.strip(), tags, messageId,
                                thread, author, Instant.now())))))
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

    static EntryKind kind(@Nullable String code) {
        return switch (code == null ? "" : code.strip().toLowerCase(Locale.ROOT)) {
            case "faq" -> EntryKind.FAQ;
            case "pain_point" -> EntryKind.PAIN_POINT;
            default -> EntryKind.INSIGHT;
        };
    }

    static List<String> tags(@Nullable String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split("[,;\\s]+")).map(tag -> tag.replaceFirst("^#", "").strip())
                .filter(tag -> !tag.isEmpty()).map(tag -> tag.toLowerCase(Locale.ROOT)).distinct().toList();
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
