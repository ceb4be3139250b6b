package dev.passerelle.core.search;

import dev.passerelle.core.vocabulary.EntryStatus;

/**
 * Where an indexed document stands: an entry's status, an answer's {@link EvidenceRole}, or
 * {@code DECLARED} for a skill someone says they have. One flat set, so a hit's status is
 * compared and switched on like any enum.
 */
public enum DocStatus {
    DRAFT, VERIFIED, STALE, ARCHIVED, OPEN, ANSWERED, GIVEN, CONFIRMED, DECLARED;

    public static DocStatus of(EntryStatus status) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case VERIFIED -> VERIFIED;
            case STALE -> STALE;
            case ARCHIVED -> ARCHIVED;
            case OPEN -> OPEN;
            case ANSWERED -> ANSWERED;
        };
    }

    public static DocStatus of(EvidenceRole role) {
        return switch (role) {
            case GIVEN -> GIVEN;
            case CONFIRMED -> CONFIRMED;
        };
    }
}
