package dev.passerelle.core.inbox;

import java.time.Instant;

/** Remembers which platform events were handled, so a retried delivery is not handled twice. */
public interface EventLog {

    /** True the first time this key is seen; false for every retry after. */
    boolean firstDelivery(String eventKey, Instant at);
}
