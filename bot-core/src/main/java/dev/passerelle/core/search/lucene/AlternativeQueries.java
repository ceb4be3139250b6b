package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.lucene.synonyms.Alternative;
import dev.passerelle.core.search.lucene.synonyms.Keys;
import dev.passerelle.core.vocabulary.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * One question's alternatives as queries on one field: the one-term alternatives of a word in one
 * {@link SynonymQuery} (scored as one term, each weighted below the word typed), and each
 * multi-term alternative ("note de frais") as all its terms together, its weight shared among them
 * so a long alternative does not outscore a short one.
 */
final class AlternativeQueries {

    private final Map<String, List<Alternative>> byWord;
    private final QueryWords analysis;
    private final Map<String, List<String>> analysed = new HashMap<>();

    AlternativeQueries(Map<String, List<Alternative>> byWord, QueryWords analysis) {
        this.byWord = byWord;
        this.analysis = analysis;
    }

    /** The alternatives of {@code word} on {@code field}, analysed in {@code language}; empty when it has none. */
    List<Query> alternativesFor(QueryWords.Word word, String field, Language language) {
        if (byWord.isEmpty()) {
            return List.of();
        }
        Map<String, Float> single = new LinkedHashMap<>();
        Map<List<String>, Float> groups = new LinkedHashMap<>();
        for (Alternative alternative : of(word)) {
            List<String> terms = alternative.searchableIn(language) ? terms(alternative.text(), language) : List.of();
            if (terms.isEmpty() || word.terms(language).containsAll(terms)) {
                continue;
            }
            if (terms.size() == 1) {
                single.merge(terms.getFirst(), alternative.weight(), Math::max);
            } else {
                groups.merge(terms, alternative.weight(), Math::max);
            }
        }
        List<Query> queries = new ArrayList<>();
        if (!single.isEmpty()) {
            SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
            single.forEach((term, weight) -> synonyms.addTerm(new Term(field, term), weight));
            queries.add(synonyms.build());
        }
        groups.forEach((terms, weight) -> {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            terms.forEach(term -> all.add(new TermQuery(new Term(field, term)), Occur.MUST));
            queries.add(new BoostQuery(all.build(), weight / terms.size()));
        });
        return queries;
    }

    private List<Alternative> of(QueryWords.Word word) {
        List<String> keys = Keys.tokens(word.surface());
        if (keys.size() == 1) {
            return byWord.getOrDefault(keys.getFirst(), List.of());
        }
        List<Alternative> all = new ArrayList<>();
        keys.forEach(key -> all.addAll(byWord.getOrDefault(key, List.of())));
        return all;
    }

    private List<String> terms(String text, Language language) {
        return analysed.computeIfAbsent(language + "|" + text, k -> analysis.analysed(text, language));
    }
}
