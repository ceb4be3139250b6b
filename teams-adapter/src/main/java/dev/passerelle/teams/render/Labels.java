package dev.passerelle.teams.render;

import dev.passerelle.core.vocabulary.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The few words only the Teams rendering needs (badges, the save form, the welcome), in French and English,
 * from {@code labels_fr/en.properties}. Everything else comes from the core's messages.
 */
public final class Labels {

    private static final String BUNDLE = "dev.passerelle.teams.render.labels";

    private Labels() {
    }

    public static String get(Language language, String key, Object... args) {
        Locale locale = language == Language.FR ? Locale.FRENCH : Locale.ENGLISH;
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
