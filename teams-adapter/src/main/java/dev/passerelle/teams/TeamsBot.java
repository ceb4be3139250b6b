package dev.passerelle.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.MessageReaction;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.teams.AppBasedLinkQuery;
import com.microsoft.bot.schema.teams.FileConsentCardResponse;
import com.microsoft.bot.schema.teams.MessagingExtensionAction;
import com.microsoft.bot.schema.teams.MessagingExtensionActionResponse;
import com.microsoft.bot.schema.teams.MessagingExtensionQuery;
import com.microsoft.bot.schema.teams.MessagingExtensionResponse;
import com.microsoft.bot.schema.teams.TaskModuleRequest;
import com.microsoft.bot.schema.teams.TaskModuleResponse;
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
    private final ForeignInvokes foreign;
    private final Sightings sightings;
    private final TeamsConversations conversations;
    private final EditFormHandler edits;

    TeamsBot(TeamsConversations conversations) {
        this.sightings = conversations.sightings();
        this.messages = new MessageHandler(conversations);
        this.actions = new CardActionHandler(conversations);
        this.reactions = new ReactionHandler(conversations);
        this.welcome = new WelcomeHandler(conversations);
        this.saves = new SaveHandler(conversations);
        this.foreign = new ForeignInvokes(conversations);
        this.conversations = conversations;
        this.edits = new EditFormHandler(conversations);
    }

    /** Every activity first tells where its sender can be reached, for the notices to come. */
    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        sightings.seen(turn.getActivity());
        return super.onTurn(turn);
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
    protected CompletableFuture<Void> onReactionsRemoved(List<MessageReaction> removed, TurnContext turn) {
        return reactions.removed(turn, removed);
    }

    @Override
    protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(TurnContext turn,
            AdaptiveCardInvokeValue value) {
        return EditFormHandler.handles(value) ? edits.executed(turn, value) : actions.executed(turn, value);
    }

    @Override
    protected CompletableFuture<MessagingExtensionActionResponse> onTeamsMessagingExtensionFetchTask(TurnContext turn,
            MessagingExtensionAction action) {
        return SaveHandler.handles(action) ? saves.form(turn, action) : foreign.action(turn, action.getCommandId());
    }

    @Override
    protected CompletableFuture<MessagingExtensionActionResponse> onTeamsMessagingExtensionSubmitAction(
            TurnContext turn, MessagingExtensionAction action) {
        return SaveHandler.handles(action) ? saves.submitted(turn, action) : foreign.action(turn, action.getCommandId());
    }

    // What the manifest does not declare is answered, not left to the SDK's 501.

    @Override
    protected CompletableFuture<MessagingExtensionActionResponse> onTeamsMessagingExtensionBotMessagePreviewEdit(
            TurnContext turn, MessagingExtensionAction action) {
        return foreign.action(turn, action.getCommandId());
    }

    @Override
    protected CompletableFuture<MessagingExtensionActionResponse> onTeamsMessagingExtensionBotMessagePreviewSend(
            TurnContext turn, MessagingExtensionAction action) {
        return foreign.action(turn, action.getCommandId());
    }

    @Override
    protected CompletableFuture<MessagingExtensionResponse> onTeamsMessagingExtensionQuery(TurnContext turn,
            MessagingExtensionQuery query) {
        return foreign.search(turn, query.getCommandId());
    }

    @Override
    protected CompletableFuture<MessagingExtensionResponse> onTeamsAppBasedLinkQuery(TurnContext turn,
            AppBasedLinkQuery query) {
        return foreign.link(turn);
    }

    @Override
    protected CompletableFuture<TaskModuleResponse> onTeamsTaskModuleFetch(TurnContext turn, TaskModuleRequest request) {
        return foreign.dialog(turn);
    }

    @Override
    protected CompletableFuture<TaskModuleResponse> onTeamsTaskModuleSubmit(TurnContext turn, TaskModuleRequest request) {
        return foreign.dialog(turn);
    }

    // An export's file-consent card: the SDK answers the invoke (200) once these complete.

    @Override
    protected CompletableFuture<Void> onTeamsFileConsentAccept(TurnContext turn, FileConsentCardResponse response) {
        return conversations.files().accepted(turn, response, conversations.language(turn.getActivity()));
    }

    @Override
    protected CompletableFuture<Void> onTeamsFileConsentDecline(TurnContext turn, FileConsentCardResponse response) {
        return conversations.files().declined(turn, response, conversations.language(turn.getActivity()));
    }
}
