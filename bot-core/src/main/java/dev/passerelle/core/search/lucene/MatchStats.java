package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.SearchResult;
import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * What each hit holds of the question: per meaningful word, whether the hit has it in its title
 * (or an alternate question) and anywhere, each word weighing its BM25 inverse document frequency
 * over the whole index. A word no document holds weighs the most, so a question about something
 * the knowledge base does not know shows it. A word a hit holds only through one of its
 * alternatives (a synonym, a translation) counts, for {@value #ALTERNATIVE_SHARE} of its weight:
 * "expense report" is answered by "note de frais", a little less surely than by "expense report".
 */
final class MatchStats {

    private static final List<String> TITLE_FIELDS = List.of(DocumentMapper.TITLE_FR, DocumentMapper.TITLE_EN,
            DocumentMapper.ALT_FR, DocumentMapper.ALT_EN);
    private static final List<String> ALL_FIELDS = List.of(DocumentMapper.TITLE_FR, DocumentMapper.TITLE_EN,
            DocumentMapper.ALT_FR, DocumentMapper.ALT_EN, DocumentMapper.BODY_FR, DocumentMapper.BODY_EN,
            DocumentMapper.TAGS_FR, DocumentMapper.TAGS_EN);

    static final double ALTERNATIVE_SHARE = 1.0;

    private MatchStats() {}

    /** One scored document of the ranked list. */
    record Scored(Hit hit, int doc) {}

    static SearchResult of(IndexSearcher searcher, List<QueryWords.Word> words, AlternativeQueries alternatives,
            float bestBoost, List<Scored> scored) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<LeafReaderContext> leaves = reader.leaves();
        double[] idf = new double[words.size()];
        double[] known = new double[words.size()];
        double knownTotal = 0;
        Weight[] inTitle = new Weight[words.size()];
        Weight[] anywhere = new Weight[words.size()];
        Weight[] alternativeInTitle = new Weight[words.size()];
        Weight[] alternativeAnywhere = new Weight[words.size()];
        double total = 0;
        for (int w = 0; w < words.size(); w++) {
            long frequency = frequency(reader, words.get(w));
            idf[w] = idf(reader.numDocs(), frequency, 0);
            total += idf[w];
            known[w] = idf(reader.numDocs(), frequency, 1);
            knownTotal += known[w];
            inTitle[w] = weight(searcher, typed(words.get(w), TITLE_FIELDS));
            anywhere[w] = weight(searcher, typed(words.get(w), ALL_FIELDS));
            alternativeInTitle[w] = weight(searcher, alternative(words.get(w), TITLE_FIELDS, alternatives));
            alternativeAnywhere[w] = weight(searcher, alternative(words.get(w), ALL_FIELDS, alternatives));
        }
        double[][] held = new double[words.size()][];
        double[][] heldInTitle = new double[words.size()][];
        for (int w = 0; w < words.size(); w++) {
            held[w] = share(matching(anywhere[w], leaves, scored), matching(alternativeAnywhere[w], leaves, scored));
            heldInTitle[w] = share(matching(inTitle[w], leaves, scored),
                    matching(alternativeInTitle[w], leaves, scored));
        }
        List<SearchResult.Match> matches = new ArrayList<>(scored.size());
        for (int h = 0; h < scored.size(); h++) {
            int count = 0;
            double title = 0;
            double any = 0;
            double share = 0;
            for (int w = 0; w < words.size(); w++) {
                if (held[w][h] > 0) {
                    count++;
                    any += idf[w] * held[w][h];
                    title += idf[w] * heldInTitle[w][h];
                    share += known[w] * held[w][h];
                }
            }
            matches.add(new SearchResult.Match(scored.get(h).hit().withMatched(knownTotal > 0 ? share / knownTotal : 0),
                    count, title, any));
        }
        return new SearchResult(words.size(), total, total * bestBoost, matches);
    }

    /**
     * The hits alone, each with the share of the question's weight it holds ({@link Hit#matched}), as {@link #of}
     * gives them: without the titles' figures and the question's total, which only confidence reads. Ranking people
     * reads nothing else, over many more candidates than an answer.
     */
    static List<Hit> matched(IndexSearcher searcher, List<QueryWords.Word> words, AlternativeQueries alternatives,
            List<Scored> scored) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<LeafReaderContext> leaves = reader.leaves();
        double[] share = new double[scored.size()];
        double knownTotal = 0;
        for (QueryWords.Word word : words) {
            double known = idf(reader.numDocs(), frequency(reader, word), 1);
            knownTotal += known;
            double[] held = share(matching(weight(searcher, typed(word, ALL_FIELDS)), leaves, scored),
                    matching(weight(searcher, alternative(word, ALL_FIELDS, alternatives)), leaves, scored));
            for (int h = 0; h < scored.size(); h++) {
                share[h] += known * held[h];
            }
        }
        List<Hit> hits = new ArrayList<>(scored.size());
        for (int h = 0; h < scored.size(); h++) {
            hits.add(scored.get(h).hit().withMatched(knownTotal > 0 ? share[h] / knownTotal : 0));
        }
        return hits;
    }

    /** How much of a word each hit holds: all of it typed as asked, {@link #ALTERNATIVE_SHARE} through an alternative. */
    private static double[] share(boolean[] typed, boolean[] alternative) {
        double[] shares = new double[typed.length];
        for (int i = 0; i < typed.length; i++) {
            shares[i] = typed[i] ? 1 : alternative[i] ? ALTERNATIVE_SHARE : 0;
        }
        return shares;
    }

    /** Which of the scored documents the weight matches (none without a weight): one pass per segment, in order. */
    private static boolean[] matching(Weight weight, List<LeafReaderContext> leaves, List<Scored> scored)
            throws IOException {
        boolean[] matched = new boolean[scored.size()];
        if (weight == null) {
            return matched;
        }
        Integer[] order = new Integer[scored.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> scored.get(i).doc()));
        int leafIndex = -1;
        DocIdSetIterator docs = null;
        for (int i : order) {
            int doc = scored.get(i).doc();
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                Scorer scorer = weight.scorer(leaves.get(leaf));
                docs = scorer == null ? null : scorer.iterator();
            }
            int target = doc - leaves.get(leaf).docBase;
            if (docs != null && docs.docID() < target) {
                docs.advance(target);
            }
            matched[i] = docs != null && docs.docID() == target;
        }
        return matched;
    }

    /**
     * BM25's IDF of the word's most frequent form, over every field and both languages, counting at least
     * {@code atLeast} documents. Confidence counts from 0: a word nobody wrote about weighs the most, which is what
     * says the question is about something unknown. What a hit holds of the question ({@link Hit#matched}), by
     * which people are named, counts from 1: a word nobody wrote about weighs as the rarest word, not more, so that
     * what nobody wrote about does not drown what somebody did.
     */
    private static double idf(long documents, long frequency, long atLeast) {
        long counted = Math.min(documents, Math.max(atLeast, frequency));
        return Math.log(1 + (documents - counted + 0.5) / (counted + 0.5));
    }

    /** How many documents hold the word's most frequent form, in any field and either language. */
    private static long frequency(IndexReader reader, QueryWords.Word word) throws IOException {
        long frequency = 0;
        for (String field : ALL_FIELDS) {
            for (String term : terms(word, field)) {
                frequency = Math.max(frequency, reader.docFreq(new Term(field, term)));
            }
        }
        return frequency;
    }

    private static List<Query> typed(QueryWords.Word word, List<String> fields) {
        List<Query> queries = new ArrayList<>();
        for (String field : fields) {
            for (String term : terms(word, field)) {
                queries.add(new TermQuery(new Term(field, term)));
            }
        }
        return queries;
    }

    private static List<Query> alternative(QueryWords.Word word, List<String> fields, AlternativeQueries alternatives) {
        List<Query> queries = new ArrayList<>();
        for (String field : fields) {
            queries.addAll(alternatives.alternativesFor(word, field, field.endsWith("_fr") ? Language.FR : Language.EN));
        }
        return queries;
    }

    /** A weight matching any of the queries; null when there are none. */
    private static Weight weight(IndexSearcher searcher, List<Query> queries) throws IOException {
        if (queries.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.forEach(query -> any.add(query, Occur.SHOULD));
        Query query = searcher.rewrite(any.build());
        return searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    private static List<String> terms(QueryWords.Word word, String field) {
        return field.endsWith("_fr") ? word.french() : word.english();
    }
}
