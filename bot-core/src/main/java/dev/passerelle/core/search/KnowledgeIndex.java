package dev.passerelle.core.search;

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

    /** The sequence number of the last change the index holds. */
    long lastApplied();

    /** Only documents the audience may see, best first. */
    default List<Hit> search(SearchQuery query) {
        return rank(query).hits();
    }

    /** Only documents the audience may see, best first, each with what it matched of the query. */
    SearchResult rank(SearchQuery query);

    @Override
    void close();
}
