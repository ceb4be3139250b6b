package dev.passerelle.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.MessageReaction;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.teams.MessagingExtensionAction;
import com.microsoft.bot.schema.teams.MessagingExtensionActionResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Passerelle as the SDK sees it: each kind of activity goes to the one handler that translates it. Nothing else
 * happens here. {@code conversationUpdate} is taken whole, so the SDK does not look every new member up.
 */
final class TeamsBot extends TeamsActivityHandler {

    private final MessageHandler messages;
    private final CardActionHandler actions;
    private final ReactionHandler reactions;
    private final WelcomeHandler welcome;
    private final SaveHandler saves;

    TeamsBot(TeamsConversations conversations) {
        this.messages = new MessageHandler(conversations);
        this.actions = new CardActionHandler(conversations);
        this.reactions = new ReactionHandler(conversations);
        this.welcome = new WelcomeHandler(conversations);
        this.saves = new SaveHandler(conversations);
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
        Activity activity = turn.getActivity();
        if (activity.getFrom() != null && activity.getFrom().getRole() == RoleTypes.BOT) {
            return CompletableFuture.completedFuture(null);
        }
        boolean cardSubmit = activity.getValue() != null && (activity.getText() == null || activity.getText().isBlank());
        return cardSubmit ? actions.submitted(turn) : messages.handle(turn);
    }

    @Override
    protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
        return welcome.conversationUpdate(turn);
    }

    @Override
    protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turn) {
        return welcome.installed(turn);
    }

    @Override
    protected CompletableFuture<Void> onReactionsAdded(List<MessageReaction> added, TurnContext turn) {
        return reactions.added(turn, added);
    }

    @Override
    protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(TurnContext turn,
            AdaptiveCardInvokeValue value) {
        return actions.executed(turn, value);
    }

    @Override
    protected CompletableFuture<MessagingExtensionActionResponse> onTeamsMessagingExtensionFetchTask(TurnContext turn,
            MessagingExtensionAction action) {
        return saves.form(turn, action);
    }

    @Override
    protected CompletableFuture<MessagingExtensionActionResponse> onTeamsMessagingExtensionSubmitAction(
            TurnContext turn, MessagingExtensionAction action) {
        return saves.submitted(turn, action);
    }
}
