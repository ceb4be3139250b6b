package dev.passerelle.core.vocabulary;

import java.util.Locale;

/**
 * The life of an entry: {@code DRAFT -> VERIFIED -> (STALE) -> ARCHIVED}. Questions are
 * {@code OPEN} until answered ({@code ANSWERED}); pain points carry their own
 * {@link PainStatus} besides.
 */
public enum EntryStatus {
    DRAFT, VERIFIED, STALE, ARCHIVED, OPEN, ANSWERED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
