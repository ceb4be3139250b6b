package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.EntryKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long a verification holds before the entry is stale and its verifier is reminded: one duration for every
 * kind, and the kinds that differ ({@code faq} after 30 days, say).
 */
public record VerificationTtl(Duration ttl, Map<EntryKind, Duration> byKind) {

    public static final Duration DEFAULT = Duration.ofDays(90);

    public VerificationTtl {
        positive(ttl);
        byKind.values().forEach(VerificationTtl::positive);
        byKind = byKind.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byKind));
    }

    public static VerificationTtl defaults() {
        return new VerificationTtl(DEFAULT, Map.of());
    }

    /** How long a verification of this kind of entry holds. */
    public Duration of(EntryKind kind) {
        return byKind.getOrDefault(kind, ttl);
    }

    private static void positive(Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a verification's time to live must be positive");
        }
    }
}
