package dev.passerelle.core.search;

import dev.passerelle.core.understanding.Language;
import java.util.Set;

/**
 * A search in plain user text (never parsed as query syntax).
 *
 * @param kinds       kind codes to keep ({@code faq}, {@code answer}, {@code skill}…)
 * @param minimumMatch share of the query's meaningful words a document must contain, 0 to 1
 */
public record SearchQuery(String text, Language language, Audience audience, Set<String> kinds, int limit,
        double minimumMatch) {
    public SearchQuery {
        kinds = Set.copyOf(kinds);
        if (limit < 1 || minimumMatch < 0 || minimumMatch > 1) {
            throw new IllegalArgumentException("limit must be positive and minimumMatch within 0..1");
        }
    }
}
