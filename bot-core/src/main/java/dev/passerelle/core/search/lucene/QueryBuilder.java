package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.search.lucene.synonyms.Synonyms;
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
 * and the other ways people asked more than bodies), which its alternatives ({@link Synonyms}) can match too,
 * weighted below it; a share of the words must match; kind and visibility are filters that do not score.
 */
final class QueryBuilder {

    private final QueryWords queryWords = new QueryWords();
    private final Synonyms synonyms;

    QueryBuilder(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

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
        AlternativeQueries alternatives = new AlternativeQueries(synonyms.expand(query.text(), query.language()),
                queryWords);
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        words.forEach(word -> matching.add(clause(word, query.language(), alternatives), Occur.SHOULD));
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

    /** One word's clause over every text field, the terms typed only: what a document must hold to match it. */
    static Query clause(QueryWords.Word word, Language language) {
        return clause(word, language, new AlternativeQueries(java.util.Map.of(), new QueryWords()));
    }

    /**
     * One word over every field, the best field counting: the terms typed, and after them the word's alternatives
     * ({@link AlternativeQueries}), on the same field with the same field weight, each weighted below the word.
     */
    private static Query clause(QueryWords.Word word, Language language, AlternativeQueries alternatives) {
        boolean french = language == Language.FR;
        List<Query> options = new ArrayList<>();
        word.french().forEach(t -> {
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.TITLE_FR, t)), french ? 2.0f : 1.0f));
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.BODY_FR, t)), french ? 1.0f : 0.5f));
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.ALT_FR, t)), french ? 2.0f : 1.0f));
        });
        word.english().forEach(t -> {
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.TITLE_EN, t)), french ? 1.0f : 2.0f));
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.BODY_EN, t)), french ? 0.5f : 1.0f));
            options.add(new BoostQuery(new TermQuery(new Term(DocumentMapper.ALT_EN, t)), french ? 1.0f : 2.0f));
        });
        expand(options, alternatives.alternativesFor(word, DocumentMapper.TITLE_FR, Language.FR), french ? 2.0f : 1.0f);
        expand(options, alternatives.alternativesFor(word, DocumentMapper.BODY_FR, Language.FR), french ? 1.0f : 0.5f);
        expand(options, alternatives.alternativesFor(word, DocumentMapper.TITLE_EN, Language.EN), french ? 1.0f : 2.0f);
        expand(options, alternatives.alternativesFor(word, DocumentMapper.BODY_EN, Language.EN), french ? 0.5f : 1.0f);
        expand(options, alternatives.alternativesFor(word, DocumentMapper.ALT_FR, Language.FR), french ? 2.0f : 1.0f);
        expand(options, alternatives.alternativesFor(word, DocumentMapper.ALT_EN, Language.EN), french ? 1.0f : 2.0f);
        return new DisjunctionMaxQuery(options, 0.1f);
    }

    private static void expand(List<Query> options, List<Query> alternatives, float fieldWeight) {
        alternatives.forEach(alternative -> options.add(new BoostQuery(alternative, fieldWeight)));
    }
}
