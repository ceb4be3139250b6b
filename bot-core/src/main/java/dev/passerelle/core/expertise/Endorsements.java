package dev.passerelle.core.expertise;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Expertise a knowledge manager vouches for: shown as such beside the person's name. */
public interface Endorsements {

    /** Endorses nothing. */
    Endorsements NONE = new Endorsements() {
        @Override
        public List<Endorsement> of(long personId) {
            return List.of();
        }

        @Override
        public boolean add(Endorsement endorsement) {
            return false;
        }

        @Override
        public Optional<Endorsement> remove(long personId, String folded) {
            return Optional.empty();
        }
    };

    /** The person's endorsements, oldest first. */
    List<Endorsement> of(long personId);

    /** False when the person already had this topic endorsed. */
    boolean add(Endorsement endorsement);

    /** The endorsement taken back, if there was one. */
    Optional<Endorsement> remove(long personId, String folded);

    /**
     * One endorsed topic.
     *
     * @param folded    the topic with case, accents and spacing aside, as skills compare it
     * @param madeSkill the endorsement added the topic to the person's skills (so taking it back removes it)
     */
    record Endorsement(long personId, String topic, String folded, long endorsedBy, boolean madeSkill, Instant at) {}
}
