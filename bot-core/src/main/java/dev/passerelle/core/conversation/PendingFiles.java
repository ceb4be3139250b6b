package dev.passerelle.core.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Files offered to someone and not yet answered, durably: an export waiting behind a Teams file-consent card is
 * still there after a restart. A file goes once accepted (and delivered) or declined, and {@link #KEPT} after it was
 * offered, by a routine.
 */
public interface PendingFiles {

    /** How long an offered file waits for its answer. */
    Duration KEPT = Duration.ofHours(24);

    void keep(PendingFile file);

    /** The file offered under this id, unless it was offered before {@code offeredSince}. */
    Optional<PendingFile> find(String id, Instant offeredSince);

    /** Forgets the file; whether there was one. */
    boolean drop(String id);

    /** Forgets every file offered before {@code offeredBefore}; how many went. */
    int expire(Instant offeredBefore);
}
