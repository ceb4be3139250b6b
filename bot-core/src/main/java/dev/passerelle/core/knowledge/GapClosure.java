package dev.passerelle.core.knowledge;

import java.time.Instant;
import java.util.Locale;

/**
 * What answers a closed knowledge gap: the entry, who closed it, how, and when. A closed gap keeps its id (never
 * given again) and points to this entry.
 */
public record GapClosure(long gapId, long entryId, long closedBy, How how, Instant at) {

    /** How a gap was closed. */
    public enum How {
        /** A knowledge manager (or the person it was routed to) wrote the answer: a new FAQ. */
        ANSWER,
        /** An existing entry answers it; the gap's questions became its alternate questions. */
        LINK,
        /** The person the question was routed to replied in their direct messages: a new draft FAQ. */
        ROUTE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static How fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
