package dev.passerelle.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.teams.render.AdaptiveCards;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A button pressed on one of Passerelle's cards: the core's action, the entry it is about, and the language of the
 * reply it was on (so that the click is answered in it), and whether it was on the desk (redrawn whole). Read
 * from an {@code Action.Execute} invoke (the verb, and the data) or from an {@code Action.Submit} message (the data).
 *
 * @param language null when the button did not say (a card from before buttons carried it)
 */
record CardAction(Action action, long entry, @Nullable Language language, boolean desk) {

    CardAction(Action action, long entry, @Nullable Language language) {
        this(action, entry, language, false);
    }

    static Optional<CardAction> fromExecute(@Nullable AdaptiveCardInvokeValue value) {
        if (value == null || value.getAction() == null) {
            return Optional.empty();
        }
        Object data = value.getAction().getData();
        String verb = value.getAction().getVerb();
        String action = verb == null || verb.isBlank() ? field(data, AdaptiveCards.ACTION) : verb;
        return of(action, field(data, AdaptiveCards.ENTRY), field(data, AdaptiveCards.LANGUAGE),
                field(data, AdaptiveCards.DESK));
    }

    static Optional<CardAction> fromSubmit(@Nullable Object value) {
        return of(field(value, AdaptiveCards.ACTION), field(value, AdaptiveCards.ENTRY),
                field(value, AdaptiveCards.LANGUAGE), field(value, AdaptiveCards.DESK));
    }

    /**
     * Only the core's own action ids and plausible entry ids: anything else is no Passerelle button. A button from
     * before the desk carries no desk flag.
     */
    private static Optional<CardAction> of(@Nullable String actionId, @Nullable String entry,
            @Nullable String languageCode, @Nullable String desk) {
        Optional<Action> action = actionId == null ? Optional.empty() : Action.fromId(actionId.strip());
        Optional<Long> id = EntryCard.idOf(entry);
        if (action.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        Language language = languageCode == null ? null : Language.fromCode(languageCode.strip()).orElse(null);
        return Optional.of(new CardAction(action.get(), id.get(), language, "true".equalsIgnoreCase(desk)));
    }

    /** Card data arrives as a map or a JSON tree, its values as text or numbers. */
    static @Nullable String field(@Nullable Object data, String key) {
        Object value = data instanceof Map<?, ?> map ? map.get(key)
                : data instanceof JsonNode json ? json.get(key) : null;
        if (value instanceof JsonNode json) {
            return json.isValueNode() && !json.isNull() ? json.asText() : null;
        }
        return value instanceof String || value instanceof Number || value instanceof Boolean ? String.valueOf(value)
                : null;
    }
}
