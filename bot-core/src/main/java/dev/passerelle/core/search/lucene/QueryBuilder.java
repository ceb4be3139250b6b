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
 * word ({@link QueryWords}) becomes one "should" clause, the best of its fields ({@link FieldWeights}:
 * the asker's language weighs more, titles and alternate questions more than bodies and tags), which its
 * alternatives ({@link Synonyms}) can match too, weighted below it; the query may require a share of the words;
 * kind and visibility are filters that do not score.
 */
final class QueryBuilder {

    private final QueryWords queryWords = new QueryWords();
    private final FieldWeights weights;
    private final Synonyms synonyms;

    QueryBuilder(FieldWeights weights, Synonyms synonyms) {
        this.weights = weights;
        this.synonyms = synonyms;
    }

    QueryBuilder() {
        this(FieldWeights.TUNED, Synonyms.none());
    }

    /** The query's meaningful words, as the query matches them. */
    List<QueryWords.Word> words(SearchQuery query) {
        return queryWords.of(query.text(), query.language());
    }

    /** The alternatives of the query's words, from the synonym sources. */
    AlternativeQueries alternatives(SearchQuery query) {
        return new AlternativeQueries(synonyms.expand(query.text(), query.language()), queryWords);
    }

    Optional<Query> build(SearchQuery query) {
        return build(query, words(query), alternatives(query));
    }

    Optional<Query> build(SearchQuery query, List<QueryWords.Word> words, AlternativeQueries alternatives) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        words.forEach(word -> matching.add(clause(word, query.language(), alternatives), Occur.SHOULD));
        return Optional.of(filtered(query, words, matching));
    }

    /**
     * The duplicate lookup's query: each word, or one of its alternatives, in the two titles only (not in the
     * alternate questions, bodies and tags), the same share of words required and the same filters. A title that
     * holds the words of the query, as either analyzer reads them or translated, matches it, which is all that
     * folding a gap or a pain point asks of its candidates.
     */
    Optional<Query> titles(SearchQuery query, List<QueryWords.Word> words, AlternativeQueries alternatives) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        for (QueryWords.Word word : words) {
            List<Query> options = new ArrayList<>();
            word.french().forEach(term -> options.add(new TermQuery(new Term(DocumentMapper.TITLE_FR, term))));
            options.addAll(alternatives.alternativesFor(word, DocumentMapper.TITLE_FR, Language.FR));
            word.english().forEach(term -> options.add(new TermQuery(new Term(DocumentMapper.TITLE_EN, term))));
            options.addAll(alternatives.alternativesFor(word, DocumentMapper.TITLE_EN, Language.EN));
            matching.add(new DisjunctionMaxQuery(options, 0), Occur.SHOULD);
        }
        return Optional.of(filtered(query, words, matching));
    }

    private static Query filtered(SearchQuery query, List<QueryWords.Word> words, BooleanQuery.Builder matching) {
        int share = (int) Math.ceil(words.size() * query.minimumMatch());
        matching.setMinimumNumberShouldMatch(Math.min(words.size(), Math.max(query.minimumWords(), share)));

        BooleanQuery.Builder kinds = new BooleanQuery.Builder();
        query.kinds().forEach(kind -> kinds.add(new TermQuery(new Term(DocumentMapper.KIND, IndexCodes.code(kind))),
                Occur.SHOULD));
        BooleanQuery.Builder scopes = new BooleanQuery.Builder();
        scopes.add(new TermQuery(new Term(DocumentMapper.SCOPE, DocumentMapper.PUBLIC)), Occur.SHOULD);
        query.audience().channels()
                .forEach(key -> scopes.add(new TermQuery(new Term(DocumentMapper.SCOPE, key)), Occur.SHOULD));

        return new BooleanQuery.Builder()
                .add(matching.build(), Occur.MUST)
                .add(kinds.build(), Occur.FILTER)
                .add(scopes.build(), Occur.FILTER)
                .build();
    }

    /**
     * One word: the best of its fields in both languages, plus the tie-breaker's share of the others; in each field
     * the terms typed, and after them the word's alternatives ({@link AlternativeQueries}) with the same field
     * weight, each weighted below the word.
     */
    private Query clause(QueryWords.Word word, Language language, AlternativeQueries alternatives) {
        List<Query> options = new ArrayList<>();
        for (FieldWeights.Field field : weights.fields(language)) {
            for (String term : field.french() ? word.french() : word.english()) {
                options.add(new BoostQuery(new TermQuery(new Term(field.name(), term)), field.boost()));
            }
            for (Query alternative : alternatives.alternativesFor(word, field.name(),
                    field.french() ? Language.FR : Language.EN)) {
                options.add(new BoostQuery(alternative, field.boost()));
            }
        }
        return new DisjunctionMaxQuery(options, weights.tie());
    }

    /** The highest boost a word can score with in this language: what a perfect match of it earns. */
    float bestBoost(Language language) {
        return (float) weights.fields(language).stream().mapToDouble(FieldWeights.Field::boost).max().orElse(1);
    }
}
