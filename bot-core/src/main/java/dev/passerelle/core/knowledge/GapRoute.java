package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.Platform;
import java.time.Instant;
import java.util.Locale;

/**
 * A gap's question put to one person in a direct message, and where that stands.
 *
 * @param platform where the route was asked for: the one its messages prefer
 */
public record GapRoute(long id, long gapId, long expertId, long routedBy, Platform platform, Status status,
        Instant routedAt) {

    /** Where a route stands: waiting for the person's reply, or settled one way or another. */
    public enum Status {
        WAITING, ANSWERED, PASSED, CLOSED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
