package dev.passerelle.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import dev.passerelle.teams.render.AdaptiveCards;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A button pressed on one of Passerelle's cards: the core's action id and the entry it is about. Read from an
 * {@code Action.Execute} invoke (the verb, and the data) or from an {@code Action.Submit} message (the data).
 */
record CardAction(String action, long entry) {

    static final String HELPFUL = "feedback.helpful";
    static final String UNHELPFUL = "feedback.unhelpful";
    static final String VERIFY = "curation.verify";
    static final String ARCHIVE = "curation.archive";
    private static final Set<String> KNOWN = Set.of(HELPFUL, UNHELPFUL, VERIFY, ARCHIVE);

    static Optional<CardAction> fromExecute(@Nullable AdaptiveCardInvokeValue value) {
        if (value == null || value.getAction() == null) {
            return Optional.empty();
        }
        Object data = value.getAction().getData();
        String verb = value.getAction().getVerb();
        String action = verb == null || verb.isBlank() ? field(data, AdaptiveCards.ACTION) : verb;
        return of(action, field(data, AdaptiveCards.ENTRY));
    }

    static Optional<CardAction> fromSubmit(@Nullable Object value) {
        return of(field(value, AdaptiveCards.ACTION), field(value, AdaptiveCards.ENTRY));
    }

    boolean feedback() {
        return action.equals(HELPFUL) || action.equals(UNHELPFUL);
    }

    boolean helpful() {
        return action.equals(HELPFUL);
    }

    private static Optional<CardAction> of(@Nullable String action, @Nullable String entry) {
        if (action == null || !KNOWN.contains(action) || entry == null || !entry.strip().matches("#?\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(new CardAction(action, Long.parseLong(entry.strip().replaceFirst("^#", ""))));
    }

    /** Card data arrives as a map or a JSON tree, its values as text or numbers. */
    static @Nullable String field(@Nullable Object data, String key) {
        Object value = data instanceof Map<?, ?> map ? map.get(key)
                : data instanceof JsonNode json ? json.get(key) : null;
        if (value instanceof JsonNode json) {
            return json.isValueNode() && !json.isNull() ? json.asText() : null;
        }
        return value instanceof String || value instanceof Number ? String.valueOf(value) : null;
    }
}
