package dev.passerelle.core.curation;

import java.time.Instant;

/** Erases a person from the knowledge base ({@code /kb forget}); the entries they wrote stay, anonymised. */
public interface Erasure {

    /**
     * Erases the person's messages (recorded events included), evidence, skills, votes, feedback, hidden topics,
     * identities, roles and endorsements, and gives the entries they authored to a placeholder person. Call in
     * the event's transaction; the search index follows through the change log.
     */
    Erased forget(long personId, String placeholderName, Instant at);

    /** How much was erased and how many entries were anonymised: counts, no personal data. */
    record Erased(int events, int evidence, int skills, int votes, int entries) {}
}
