package dev.passerelle.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.teams.render.AdaptiveCards;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The buttons on Passerelle's cards: "Helpful / Not helpful" feedback, and the knowledge managers' Verify /
 * Archive, each a {@link Click} for the core's inbox, which checks the role and audits. An {@code Action.Execute}
 * is answered with the clicked card redrawn (Universal Actions: Teams shows it in place of the old one), the
 * entries the core refreshed in their new state; when there is nothing to redraw (a refused click, a card the bot
 * no longer knows), with a message only the clicker sees. An {@code Action.Submit} is answered in the
 * conversation, and the card it came from is updated in place the same way.
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
        return click(turn, action.get()).thenApply(outcome -> outcome.form() != null
                ? card(conversations.cards().editForm(outcome.form(), null))
                : redrawn(turn, outcome)
                .map(card -> response(200, AdaptiveCards.CONTENT_TYPE, card))
                .orElseGet(() -> response(200, MESSAGE, outcome.replies().stream().map(Reply::text)
                        .collect(Collectors.joining("\n")))));
    }

    /** The card the button was on, its refreshed entries redrawn; remembered so that the next click starts there. */
    private Optional<ObjectNode> redrawn(TurnContext turn, Outcome outcome) {
        String cardId = turn.getActivity().getReplyToId();
        if (outcome.refreshed().isEmpty() && outcome.desk() == null || cardId == null || cardId.isBlank()) {
            return Optional.empty();
        }
        TeamsConversation where = TeamsConversation.of(turn.getActivity());
        // The desk is drawn again whole: what was clicked may have left it, and what waited next comes up.
        Optional<ObjectNode> card = outcome.desk() != null
                ? Optional.of(conversations.cards().reply(outcome.desk(), conversations.languageOf(outcome)))
                : conversations.recent().card(where, cardId).flatMap(shown ->
                        conversations.cards().refreshed(shown, outcome.refreshed(), conversations.languageOf(outcome)));
        card.ifPresent(redrawn -> conversations.recent().redrawn(where, cardId, redrawn));
        return card;
    }

    /** A card submitted as a message: nothing happens unless it is one of Passerelle's buttons. */
    CompletableFuture<Void> submitted(TurnContext turn) {
        Optional<CardAction> action = CardAction.fromSubmit(turn.getActivity().getValue());
        if (action.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return click(turn, action.get()).thenCompose(outcome -> conversations.send(turn, outcome)
                .thenCompose(sent -> update(turn, outcome)));
    }

    /** A submitted card is not answered with a card: it is updated where it is, when it can be redrawn. */
    private CompletableFuture<Void> update(TurnContext turn, Outcome outcome) {
        Optional<ObjectNode> card = redrawn(turn, outcome);
        if (card.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Activity update = MessageFactory.attachment(Replies.attachment(card.get()));
        update.setId(turn.getActivity().getReplyToId());
        return turn.updateActivity(update).thenApply(done -> null);
    }

    /** Answered in the language of the reply the button was on; for a button that did not say, the client's. */
    private CompletableFuture<Outcome> click(TurnContext turn, CardAction action) {
        Activity activity = turn.getActivity();
        TeamsConversation where = TeamsConversation.of(activity);
        Language language = action.language() != null ? action.language() : conversations.language(activity);
        return conversations.roster().sender(turn).thenCompose(clicker -> conversations.outcome(new Click(
                where.channel(), clicker, action.action(), action.entry(), where.threadRoot(), language,
                TeamsMessage.id(activity), TeamsMessage.time(activity), action.desk())));
    }

    /** A card in answer to an {@code Action.Execute}: Teams shows it in place of the clicked one. */
    static AdaptiveCardInvokeResponse card(ObjectNode card) {
        return response(200, AdaptiveCards.CONTENT_TYPE, card);
    }

    /** Words in answer to an {@code Action.Execute}, only the clicker sees them; the card stays as it is. */
    static AdaptiveCardInvokeResponse message(String text) {
        return response(200, MESSAGE, text);
    }

    static AdaptiveCardInvokeResponse response(int status, String type, Object value) {
        AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
        response.setStatusCode(status);
        response.setType(type);
        response.setValue(value);
        return response;
    }
}
