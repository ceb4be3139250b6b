package dev.passerelle.core.search;

/** One matching document and its relevance (BM25, before any business boost). */
public record Hit(DocType type, long id, long personId, DocKind kind, DocStatus status, double score,
        long updatedAtMillis) {}
