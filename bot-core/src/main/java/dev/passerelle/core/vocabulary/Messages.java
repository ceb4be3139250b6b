package dev.passerelle.core.vocabulary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The bot's sentences, in French and English, from {@code messages_fr/en.properties}. */
public final class Messages {

    private static final String BUNDLE = "dev.passerelle.core.vocabulary.messages";

    private Messages() {
    }

    public static String get(Language language, String key, Object... args) {
        Locale locale = language == Language.FR ? Locale.FRENCH : Locale.ENGLISH;
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
