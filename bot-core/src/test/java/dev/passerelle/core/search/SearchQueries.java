package dev.passerelle.core.search;

import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.Language;
import java.util.Set;

/** Test data: a {@link SearchQuery} by the public, over every kind, any word enough, unless told otherwise. */
public final class SearchQueries {

    public static final Set<DocKind> ALL_KINDS = Set.of(DocKind.values());

    private final String text;
    private final Language language;
    private Audience audience = Audience.publicOnly();
    private Set<DocKind> kinds = ALL_KINDS;
    private int limit = 10;
    private double minimumMatch;

    private SearchQueries(String text, Language language) {
        this.text = text;
        this.language = language;
    }

    public static SearchQueries french(String text) {
        return new SearchQueries(text, Language.FR);
    }

    public static SearchQueries english(String text) {
        return new SearchQueries(text, Language.EN);
    }

    /** Asked by a member of these restricted channels. */
    public SearchQueries byMemberOf(String... restrictedChannels) {
        this.audience = new Audience(Set.of(restrictedChannels));
        return this;
    }

    public SearchQueries kinds(DocKind... kinds) {
        this.kinds = Set.of(kinds);
        return this;
    }

    public SearchQueries limit(int limit) {
        this.limit = limit;
        return this;
    }

    public SearchQueries minimumMatch(double share) {
        this.minimumMatch = share;
        return this;
    }

    public SearchQuery build() {
        return new SearchQuery(text, language, audience, kinds, limit, minimumMatch);
    }
}
