package dev.passerelle.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import dev.passerelle.core.conversation.EditForm;
import dev.passerelle.core.conversation.EditSubmitted;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.teams.render.AdaptiveCards;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The two buttons of an entry's edit form, which took the clicked card's place. Save ({@code edit_save}) reads the
 * inputs with the core's form (a field to fix: the form again, saying why), records an {@link EditSubmitted} and
 * answers with the card the Edit button was on, the entry redrawn as it now is; Cancel ({@code edit_cancel}) answers
 * with that card as it was, nothing recorded. The card is the one the bot remembers for the message; when it does
 * not know it, Save answers with the entry's card alone.
 */
final class EditFormHandler {

    private final TeamsConversations conversations;

    EditFormHandler(TeamsConversations conversations) {
        this.conversations = conversations;
    }

    static boolean handles(@Nullable AdaptiveCardInvokeValue value) {
        return value != null && value.getAction() != null && AdaptiveCards.editFormVerb(value.getAction().getVerb());
    }

    CompletableFuture<AdaptiveCardInvokeResponse> executed(TurnContext turn, AdaptiveCardInvokeValue value) {
        Object data = value.getAction().getData();
        Optional<Long> entry = EntryCard.idOf(CardAction.field(data, AdaptiveCards.ENTRY));
        String languageCode = CardAction.field(data, AdaptiveCards.LANGUAGE);
        Language language = languageCode == null ? conversations.language(turn.getActivity())
                : Language.fromCode(languageCode.strip()).orElseGet(() -> conversations.language(turn.getActivity()));
        Optional<EntryKind> kind = kind(CardAction.field(data, AdaptiveCards.KIND));
        if (entry.isEmpty() || kind.isEmpty()) {
            return done(CardActionHandler.response(400, CardActionHandler.ERROR,
                    java.util.Map.of("code", "BadRequest", "message", "not a Passerelle edit form")));
        }
        if (!AdaptiveCards.editFormSave(value.getAction().getVerb())) {
            return done(shown(turn).map(CardActionHandler::card)
                    .orElseGet(() -> CardActionHandler.message(Messages.get(language, "editForm.cancelled"))));
        }
        return switch (EditForm.read(kind.get(), field -> CardAction.field(data, field), language)) {
            case EditForm.Submission.Invalid invalid -> done(CardActionHandler.card(conversations.cards().editForm(
                    new EditForm(language, entry.get(), kind.get(), orEmpty(data, kind.get() == EntryKind.FAQ
                            ? EditForm.QUESTION : EditForm.TITLE), CardAction.field(data, EditForm.ANSWER),
                            List.of(orEmpty(data, EditForm.TAGS))), invalid.message())));
            case EditForm.Submission.Filled filled -> save(turn, entry.get(), filled, language);
        };
    }

    private CompletableFuture<AdaptiveCardInvokeResponse> save(TurnContext turn, long entry,
            EditForm.Submission.Filled filled, Language language) {
        Activity activity = turn.getActivity();
        TeamsConversation where = TeamsConversation.of(activity);
        return conversations.roster().sender(turn).thenCompose(editor -> conversations.outcome(new EditSubmitted(
                where.channel(), editor, entry, filled.title(), filled.answer(), filled.tags(), language,
                TeamsMessage.id(activity), where.threadRoot(), TeamsMessage.time(activity))))
                .thenApply(outcome -> answer(turn, outcome));
    }

    /** The redrawn card; a refusal, in words, the form left as it is. */
    private AdaptiveCardInvokeResponse answer(TurnContext turn, Outcome outcome) {
        String said = outcome.replies().stream().map(Reply::text).collect(Collectors.joining("\n"));
        if (outcome.error() != null || outcome.refreshed().isEmpty()) {
            return CardActionHandler.message(said);
        }
        Language language = conversations.languageOf(outcome);
        Optional<ObjectNode> redrawn = shown(turn).flatMap(card ->
                conversations.cards().refreshed(card, outcome.refreshed(), language));
        redrawn.ifPresent(card -> conversations.recent().redrawn(TeamsConversation.of(turn.getActivity()),
                turn.getActivity().getReplyToId(), card));
        return CardActionHandler.card(redrawn.orElseGet(() -> conversations.cards().reply(outcome.replies().getFirst(),
                language)));
    }

    /** The card the bot remembers for the message the form is on. */
    private Optional<ObjectNode> shown(TurnContext turn) {
        String cardId = turn.getActivity().getReplyToId();
        if (cardId == null || cardId.isBlank()) {
            return Optional.empty();
        }
        return conversations.recent().card(TeamsConversation.of(turn.getActivity()), cardId);
    }

    private static String orEmpty(Object data, String field) {
        String value = CardAction.field(data, field);
        return value == null ? "" : value;
    }

    private static Optional<EntryKind> kind(@Nullable String code) {
        try {
            return code == null ? Optional.empty() : Optional.of(EntryKind.fromCode(code.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static CompletableFuture<AdaptiveCardInvokeResponse> done(AdaptiveCardInvokeResponse response) {
        return CompletableFuture.completedFuture(response);
    }
}
