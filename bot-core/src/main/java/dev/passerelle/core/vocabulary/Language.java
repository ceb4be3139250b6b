package dev.passerelle.core.vocabulary;

import java.util.Locale;
import java.util.Optional;

/** The two languages Passerelle reads and answers in. */
public enum Language {
    FR, EN;

    /** The lower-case ISO code, as stored and shown: {@code fr} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code fr}, {@code fr-FR}, {@code en_US}… ; empty for anything else. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.length() < 2) {
            return Optional.empty();
        }
        return switch (code.substring(0, 2).toLowerCase(Locale.ROOT)) {
            case "fr" -> Optional.of(FR);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
