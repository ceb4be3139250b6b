package dev.passerelle.core.search;

import java.util.List;

/**
 * What a duplicate lookup ({@link KnowledgeIndex#similar}) found, as of one change of the log: documents changed
 * after {@code seenUpTo} may be missing or stale, and the caller checks those itself (they are few: the index
 * refreshes what it shows every few milliseconds).
 *
 * @param hits     the documents found, best first
 * @param seenUpTo the last change of the log the searched view holds
 */
public record SimilarHits(List<Hit> hits, long seenUpTo) {

    public SimilarHits {
        hits = List.copyOf(hits);
    }
}
