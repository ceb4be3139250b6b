package dev.passerelle.core.search;

import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.Language;
import java.util.Set;

/**
 * A search in plain user text (never parsed as query syntax).
 *
 * @param kinds       the kinds of document to keep
 * @param minimumMatch share of the query's meaningful words a document must contain, 0 to 1
 * @param minimumWords and at least this many of them (all of them when the query has fewer)
 */
public record SearchQuery(String text, Language language, Audience audience, Set<DocKind> kinds, int limit,
        double minimumMatch, int minimumWords) {
    public SearchQuery {
        kinds = Set.copyOf(kinds);
        if (limit < 1 || minimumMatch < 0 || minimumMatch > 1 || minimumWords < 1) {
            throw new IllegalArgumentException("limit and minimumWords must be positive, minimumMatch within 0..1");
        }
    }

    public SearchQuery(String text, Language language, Audience audience, Set<DocKind> kinds, int limit,
            double minimumMatch) {
        this(text, language, audience, kinds, limit, minimumMatch, 1);
    }
}
