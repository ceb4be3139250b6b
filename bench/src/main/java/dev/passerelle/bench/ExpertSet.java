package dev.passerelle.bench;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An expert-finding test collection in the shape both harnesses read: what people did (the evidence, before the
 * queries' time) and the queries with the people who turned out to know.
 *
 * @param evidence   every piece of evidence, in time order
 * @param queries    the questions to rank people for
 * @param candidates when not null, only these people are ranked (the collection's protocol)
 */
record ExpertSet(String name, List<Piece> evidence, List<Query> queries, @Nullable Set<String> candidates) {

    enum Role { ANSWER, CONFIRMED_ANSWER, QUESTION, AUTHORED }

    /**
     * One thing a person did. {@code thread} is the key of the question an answer answers, {@code key} the piece's
     * own key (a question's key is what its answers name as their thread).
     */
    record Piece(String key, String person, Role role, String title, @Nullable String body, @Nullable String thread,
            Set<String> tags, Instant at) {}

    /**
     * @param best     the one person who answered best (the accepted answerer), or null when the set has none
     * @param relevant everyone who counts as knowing (the best one included)
     * @param asker    who asked: never ranked for their own question
     */
    record Query(String id, String title, String text, @Nullable String best, Set<String> relevant,
            @Nullable String asker, Set<String> tags) {}
}
