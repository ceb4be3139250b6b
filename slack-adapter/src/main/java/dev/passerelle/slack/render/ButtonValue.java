package dev.passerelle.slack.render;

import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.vocabulary.Language;
import java.util.Optional;

/**
 * What a button carries back to Slack's {@code block_actions}: the entry it acts on and the language of the reply
 * it was on, as {@code 12:fr}. Buttons from before the language was carried hold the entry id alone.
 */
public record ButtonValue(long entryId, Optional<Language> language) {

    static String write(long entryId, Language language) {
        return entryId + ":" + language.code();
    }

    public static Optional<ButtonValue> read(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.strip().split(":", 2);
        return EntryCard.idOf(parts[0]).map(id -> new ButtonValue(id,
                parts.length > 1 ? Language.fromCode(parts[1]) : Optional.empty()));
    }
}
