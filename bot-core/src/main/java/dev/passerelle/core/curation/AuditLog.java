package dev.passerelle.core.curation;

import java.time.Instant;

/** Who did what to the knowledge base, for knowledge managers and admins to review. */
public interface AuditLog {

    void record(long actorId, String action, String target, String detail, Instant at);
}
