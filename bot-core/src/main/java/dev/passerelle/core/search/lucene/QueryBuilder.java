package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.vocabulary.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns user text into a Lucene query without ever parsing it as query syntax: each meaningful
 * word ({@link QueryWords}) becomes one "should" clause (the asker's language weighs more, titles
 * more than bodies); a share of the words must match; kind and visibility are filters that do not
 * score.
 */
final class QueryBuilder {

    private final QueryWords queryWords = new QueryWords();

    Optional<Query> build(SearchQuery query) {
        return build(query, queryWords.of(query.text(), query.language()));
    }

    /** The query's meaningful words, as {@link #build} matches them. */
    List<QueryWords.Word> words(SearchQuery query) {
        return queryWords.of(query.text(), query.language());
    }

    Optional<Query> build(SearchQuery query, List<QueryWords.Word> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        words.forEach(word -> matching.add(clause(word, query.language()), Occur.SHOULD));
        int share = (int) Math.ceil(words.size() * query.minimumMatch());
        matching.setMinimumNumberShouldMatch(Math.min(words.size(), Math.max(query.minimumWords(), share)));

        BooleanQuery.Builder kinds = new BooleanQuery.Builder();
        query.kinds().forEach(kind -> kinds.add(new TermQuery(new Term(DocumentMapper.KIND, IndexCodes.code(kind))),
                Occur.SHOULD));
        BooleanQuery.Builder scopes = new BooleanQuery.Builder();
        scopes.add(new TermQuery(new Term(DocumentMapper.SCOPE, DocumentMapper.PUBLIC)), Occur.SHOULD);
        query.audience().channels()
                .forEach(key -> scopes.add(new TermQuery(new Term(DocumentMapper.SCOPE, key)), Occur.SHOULD));

        return Optional.of(new BooleanQuery.Builder()
                .add(matching.build(), Occur.MUST)
                .add(kinds.build(), Occur.FILTER)
                .add(scopes.build(), Occur.FILTER)
                .build());
    }

    /** One word's clause: any of its terms, in any text field. */
    static Query clause(QueryWords.Word word, Language language) {
        boolean french = language == Language.FR;
        List<Query> options = new ArrayList<>();
        word.french().forEach(t -> {
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.TITLE_FR, t)), french ? 2.0f : 1.0f));
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.BODY_FR, t)), french ? 1.0f : 0.5f));
        });
        word.english().forEach(t -> {
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.TITLE_EN, t)), french ? 1.0f : 2.0f));
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.BODY_EN, t)), french ? 0.5f : 1.0f));
        });
        return new DisjunctionMaxQuery(options, 0.1f);
    }
}
