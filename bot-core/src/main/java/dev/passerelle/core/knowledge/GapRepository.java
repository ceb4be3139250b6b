package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The gaps loop's own records: what closed a gap, and whom a gap's question was routed to. */
public interface GapRepository {

    /** Records what answers this gap; false when it was already closed (the first closure stays). */
    boolean close(GapClosure closure);

    Optional<GapClosure> closure(long gapId);

    /** The people who asked this gap (its +1s), in the order they asked. */
    List<Long> askers(long gapId);

    /** Puts the gap's question to this person; the new route is waiting. */
    GapRoute route(long gapId, long expertId, long routedBy, Platform platform, Instant at);

    /** The routes waiting for this person's reply, oldest first. */
    List<GapRoute> waitingFor(long expertId);

    /** Every route of this gap, oldest first, whatever its status. */
    List<GapRoute> routes(long gapId);

    /** The routes still waiting that were made at or before {@code routedBefore}, oldest first. */
    List<GapRoute> waitingSince(Instant routedBefore);

    /**
     * Settles a waiting route; false when it no longer waits (already settled, by another run of the follow-up, say),
     * which makes whatever settles it idempotent.
     */
    boolean settle(long routeId, GapRoute.Status status, Instant at);
}
