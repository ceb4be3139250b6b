package dev.passerelle.core.search;

import dev.passerelle.core.vocabulary.Language;
import java.util.List;

/**
 * The search view of the knowledge base. It follows the store's change log and can always be
 * rebuilt from it, so losing it loses nothing.
 */
public interface KnowledgeIndex extends AutoCloseable {

    /** Applies every change logged since the last one applied, and commits; returns how many it applied. */
    int catchUp();

    /**
     * Applies every change logged since the last one applied so that searches see them at once, without the
     * cost of a commit; returns how many. What is not committed yet is replayed from the change log after a crash.
     */
    default int follow() {
        return catchUp();
    }

    /** Makes what {@link #follow} applied durable; nothing to do when it is. */
    default void commit() {
    }

    /** How many changes {@link #follow} applied that are not committed yet: what a crash would replay. */
    default long uncommitted() {
        return 0;
    }

    /** The sequence number of the last change the index holds. */
    long lastApplied();

    /**
     * Whether two texts say the same thing in the words search compares: the same meaningful words (question
     * framing and stop words dropped, stemmed, accents and case folded), in the French or in the English analysis.
     * Word order, punctuation and inflection do not matter; one word more or less does.
     */
    boolean sameMeaningfulWords(String one, String other);

    /**
     * Whether two texts, each in its own language, say the same thing across the two: every meaningful word of each
     * has its like in the other ({@link #wordsFoundIn}). Texts with the same meaningful words always agree.
     */
    default boolean sameMeaningfulWords(String one, Language oneLanguage, String other, Language otherLanguage) {
        return sameMeaningfulWords(one, other)
                || wordsFoundIn(one, oneLanguage, other, otherLanguage)
                && wordsFoundIn(other, otherLanguage, one, oneLanguage);
    }

    /**
     * Whether every meaningful word of {@code one} has its like among those of {@code other}, as typed or through a
     * confirmed translation of the synonym sources ("réserver" and "book", "salle de réunion" and "meeting room"):
     * "siège" finds nothing in "how do I book a meeting room in Lyon".
     */
    default boolean wordsFoundIn(String one, Language oneLanguage, String other, Language otherLanguage) {
        return sameMeaningfulWords(one, other);
    }

    /** How many meaningful words a search for this text matches on (framing words and stop words left out). */
    int meaningfulWords(String text, Language language);

    /** Only documents the audience may see, best first. */
    default List<Hit> search(SearchQuery query) {
        return rank(query).hits();
    }

    /** Only documents the audience may see, best first, each with what it matched of the query. */
    SearchResult rank(SearchQuery query);

    @Override
    void close();

    /**
     * A duplicate lookup, cheaper than {@link #search}: documents of the query's kinds and audience whose titles hold
     * its words (as analysed, in either language; no alternatives, no match statistics), top {@code limit}, from the
     * view the index shows now rather than after a refresh. What changed after {@link SimilarHits#seenUpTo} may not
     * be in it: the caller checks those changes itself.
     */
    default SimilarHits similar(SearchQuery query) {
        long upTo = lastApplied();
        return new SimilarHits(search(query), upTo);
    }

    /**
     * As {@link #rank}, from the view the index shows now, refreshed only when it is more than a few milliseconds
     * behind: for a lookup that checks what changed since itself, or may miss it.
     */
    default SearchResult rankVisible(SearchQuery query) {
        return rank(query);
    }
}
