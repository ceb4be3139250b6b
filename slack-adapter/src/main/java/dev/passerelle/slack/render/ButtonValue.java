package dev.passerelle.slack.render;

import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.vocabulary.Language;
import java.util.Optional;

/**
 * What a button carries back to Slack's {@code block_actions}: the entry it acts on and the language of the reply
 * it was on, as {@code 12:fr}, and {@code 12:fr:desk} for a button on the desk (a click redraws the whole desk).
 * Buttons from before the language was carried hold the entry id alone.
 */
public record ButtonValue(long entryId, Optional<Language> language, boolean desk) {

    private static final String DESK = "desk";

    public ButtonValue(long entryId, Optional<Language> language) {
        this(entryId, language, false);
    }

    static String write(long entryId, Language language) {
        return entryId + ":" + language.code();
    }

    static String write(long entryId, Language language, boolean desk) {
        return desk ? write(entryId, language) + ":" + DESK : write(entryId, language);
    }

    public static Optional<ButtonValue> read(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.strip().split(":", 3);
        return EntryCard.idOf(parts[0]).map(id -> new ButtonValue(id,
                parts.length > 1 ? Language.fromCode(parts[1]) : Optional.empty(),
                parts.length > 2 && DESK.equals(parts[2])));
    }
}
