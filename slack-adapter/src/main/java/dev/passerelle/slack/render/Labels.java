package dev.passerelle.slack.render;

import dev.passerelle.core.vocabulary.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The few words only Slack's rendering needs ("Verified", the save form), in French and
 * English, from {@code labels_fr/en.properties}. Everything else comes from the core's messages.
 */
final class Labels {

    private static final String BUNDLE = "dev.passerelle.slack.render.labels";

    private Labels() {
    }

    static String get(Language language, String key, Object... args) {
        Locale locale = language == Language.FR ? Locale.FRENCH : Locale.ENGLISH;
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
