package dev.passerelle.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import dev.passerelle.core.conversation.Inbound;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The buttons on Passerelle's cards: "Helpful / Not helpful" feedback, and the knowledge managers' Verify /
 * Archive, run as the typed command so the core checks the role and audits it. An {@code Action.Execute} is
 * answered with a message only the clicker sees; an {@code Action.Submit} is answered in the conversation.
 */
final class CardActionHandler {

    static final String MESSAGE = "application/vnd.microsoft.activity.message";
    static final String ERROR = "application/vnd.microsoft.error";

    private final TeamsConversations conversations;

    CardActionHandler(TeamsConversations conversations) {
        this.conversations = conversations;
    }

    CompletableFuture<AdaptiveCardInvokeResponse> executed(TurnContext turn, AdaptiveCardInvokeValue value) {
        Optional<CardAction> action = CardAction.fromExecute(value);
        if (action.isEmpty()) {
            return CompletableFuture.completedFuture(response(400, ERROR,
                    Map.of("code", "BadRequest", "message", "not a Passerelle action")));
        }
        return run(turn, action.get()).thenApply(outcome -> response(200, MESSAGE, outcome.replies().stream()
                .map(Reply::text).collect(Collectors.joining("\n"))));
    }

    /** A card submitted as a message: nothing happens unless it is one of Passerelle's buttons. */
    CompletableFuture<Void> submitted(TurnContext turn) {
        Optional<CardAction> action = CardAction.fromSubmit(turn.getActivity().getValue());
        if (action.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Language language = conversations.language(turn.getActivity());
        return run(turn, action.get()).thenCompose(outcome -> conversations.send(turn, outcome, language));
    }

    private CompletableFuture<Outcome> run(TurnContext turn, CardAction action) {
        Activity activity = turn.getActivity();
        TeamsConversation where = TeamsConversation.of(activity);
        Language language = conversations.language(activity);
        return conversations.roster().sender(turn).thenCompose(sender -> conversations.core(() -> action.feedback()
                ? conversations.bot().feedback(where.channel(), sender, action.entry(), action.helpful(), language,
                        Instant.now())
                : conversations.bot().handle(command(activity, where, sender, action, language))));
    }

    /** The typed command, in the clicker's language so the answer is too. */
    private static Inbound command(Activity activity, TeamsConversation where, Sender sender, CardAction action,
            Language language) {
        boolean french = language == Language.FR;
        String verb = action.action().equals(CardAction.VERIFY) ? (french ? "valider" : "verify")
                : (french ? "archiver" : "archive");
        String id = "action:" + TeamsMessage.id(activity) + ":" + sender.userId();
        return new Inbound(where.channel().platform(), where.channel().workspace(), where.channel().channel(),
                where.type(), sender, "/kb " + verb + " " + action.entry(), where.threadRoot(), id, Instant.now(), true);
    }

    private static AdaptiveCardInvokeResponse response(int status, String type, Object value) {
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(status);
        response.setType(type);
        response.setValue(value);
        return response;
    }
}
