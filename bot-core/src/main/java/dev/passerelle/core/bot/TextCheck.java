package dev.passerelle.core.bot;

import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.Language;
import java.util.Optional;
import java.util.regex.Pattern;

/** Refuses what must not be stored: empty, over-long or binary text. */
final class TextCheck {

    /** Control characters other than tab and line breaks mean binary data, not a message. */
    private static final Pattern BINARY = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");

    private final Settings settings;

    TextCheck(Settings settings) {
        this.settings = settings;
    }

    Optional<String> refusal(String text, Language language) {
        if (text.isBlank()) {
            return Optional.of(Messages.get(language, "error.empty"));
        }
        if (text.length() > settings.maxTextLength()) {
            return Optional.of(Messages.get(language, "error.tooLong", String.valueOf(text.length()),
                    String.valueOf(settings.maxTextLength())));
        }
        if (BINARY.matcher(text).find()) {
            return Optional.of(Messages.get(language, "error.binary"));
        }
        return Optional.empty();
    }
}
