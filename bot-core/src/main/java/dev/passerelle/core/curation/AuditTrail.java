package dev.passerelle.core.curation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The audit log read back, newest first, for {@code /kb audit}. */
public interface AuditTrail {

    /**
     * The last {@code limit} lines, skipping the {@code skip} newest, by this actor and about this target when
     * they are given.
     */
    List<Line> last(int limit, int skip, @Nullable Long actorId, @Nullable String target);

    /** One recorded action: who did what to which target, and its "before -> after". */
    record Line(long id, Instant at, long actorId, String action, String target, String detail) {}
}
