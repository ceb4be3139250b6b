package dev.passerelle.core.search;

/**
 * One matching document and its relevance (BM25, before any business boost).
 *
 * @param matched the share of the query's weight (each meaningful word weighs its IDF) that the document holds,
 *                0 to 1: how much of the question it speaks of, whatever its length or score
 */
public record Hit(DocType type, long id, long personId, DocKind kind, DocStatus status, double score,
        long updatedAtMillis, double matched) {

    public Hit(DocType type, long id, long personId, DocKind kind, DocStatus status, double score,
            long updatedAtMillis) {
        this(type, id, personId, kind, status, score, updatedAtMillis, 1);
    }

    /** The same hit, holding this share of the query's weight. */
    public Hit withMatched(double share) {
        return new Hit(type, id, personId, kind, status, score, updatedAtMillis, share);
    }
}
