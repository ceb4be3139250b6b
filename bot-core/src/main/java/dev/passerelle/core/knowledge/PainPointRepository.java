package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.PainStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The pain-point register's own data: where each pain point stands, who backs it, who owns it. */
public interface PainPointRepository {

    /** The pain points at this status that are not archived, oldest first. */
    List<Long> withStatus(PainStatus status);

    /** Every +1 on these pain points (the author's own included), with the backer's team when they set one. */
    List<Backing> backings(Collection<Long> entryIds);

    /** Moves the pain point to this status; the index re-reads it. */
    void setStatus(long entryId, PainStatus status, Instant at);

    /** Who owns the pain point, if anyone does. */
    Optional<Long> owner(long entryId);

    void setOwner(long entryId, long personId, Instant at);

    /** One +1: who, from which team, when. */
    record Backing(long entryId, long personId, @Nullable String team, Instant at) {}
}
