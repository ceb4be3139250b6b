package dev.passerelle.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.teams.MessagingExtensionActionResponse;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;
import com.microsoft.bot.schema.teams.MessagingExtensionResult;
import com.microsoft.bot.schema.teams.TaskModuleMessageResponse;
import com.microsoft.bot.schema.teams.TaskModuleResponse;
import dev.passerelle.core.vocabulary.Messages;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The invokes Passerelle's manifest does not declare (a search, a link to unfurl, another command's dialog, a bot
 * message preview): the SDK would answer them 501 with no body, which Teams shows as a bare failure. Each is answered
 * 200 in the shape its invoke expects, the way Teams' invoke contract documents: a search with a {@code message}
 * result telling where to ask, a link with an empty {@code result} (no card), a dialog with a {@code message} task
 * saying what the bot does. Nothing is recorded, and the person is told in their Teams language.
 */
final class ForeignInvokes {

    private static final Logger log = LoggerFactory.getLogger(ForeignInvokes.class);

    private final TeamsConversations conversations;

    ForeignInvokes(TeamsConversations conversations) {
        this.conversations = conversations;
    }

    /** {@code composeExtension/query}: Passerelle declares no search command. */
    CompletableFuture<MessagingExtensionResponse> search(TurnContext turn, @Nullable String commandId) {
        logged(turn, commandId);
        MessagingExtensionResult result = new MessagingExtensionResult();
        result.setType("message");
        result.setText(say(turn, "teams.invoke.noSearch"));
        return CompletableFuture.completedFuture(new MessagingExtensionResponse(result));
    }

    /** {@code composeExtension/queryLink}: no link is Passerelle's to unfurl, so no card. */
    CompletableFuture<MessagingExtensionResponse> link(TurnContext turn) {
        logged(turn, null);
        MessagingExtensionResult result = new MessagingExtensionResult();
        result.setType("result");
        result.setAttachmentLayout("list");
        result.setAttachments(List.of());
        return CompletableFuture.completedFuture(new MessagingExtensionResponse(result));
    }

    /** A fetch or a submit of a command that is not Passerelle's, or of a bot message preview it never sent. */
    CompletableFuture<MessagingExtensionActionResponse> action(TurnContext turn, @Nullable String commandId) {
        logged(turn, commandId);
        MessagingExtensionActionResponse response = new MessagingExtensionActionResponse();
        response.setTask(message(turn));
        return CompletableFuture.completedFuture(response);
    }

    /** {@code task/fetch} and {@code task/submit}: Passerelle's cards open no dialog. */
    CompletableFuture<TaskModuleResponse> dialog(TurnContext turn) {
        logged(turn, null);
        TaskModuleResponse response = new TaskModuleResponse();
        response.setTask(message(turn));
        return CompletableFuture.completedFuture(response);
    }

    private TaskModuleMessageResponse message(TurnContext turn) {
        TaskModuleMessageResponse message = new TaskModuleMessageResponse();
        message.setValue(say(turn, "teams.invoke.notOurs"));
        return message;
    }

    private String say(TurnContext turn, String key) {
        return Messages.get(conversations.language(turn.getActivity()), key);
    }

    private static void logged(TurnContext turn, @Nullable String commandId) {
        Activity activity = turn.getActivity();
        log.info("Teams: {} invoke {} (command {}) is not Passerelle's: answered with a message", activity.getName(),
                activity.getId(), commandId);
    }
}
