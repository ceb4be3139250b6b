package dev.passerelle.core.search;

import java.util.List;

/**
 * The search view of the knowledge base. It follows the store's change log and can always be
 * rebuilt from it, so losing it loses nothing.
 */
public interface KnowledgeIndex extends AutoCloseable {

    /** Applies every change logged since the last one applied; returns how many it applied. */
    int catchUp();

    /** The sequence number of the last change the index holds. */
    long lastApplied();

    /** Only documents the audience may see, best first. */
    List<Hit> search(SearchQuery query);

    @Override
    void close();
}
