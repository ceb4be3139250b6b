package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.SearchResult;
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
 * the knowledge base does not know shows it.
 */
final class MatchStats {

    private static final List<String> TITLE_FIELDS = List.of(DocumentMapper.TITLE_FR, DocumentMapper.TITLE_EN,
            DocumentMapper.ALT_FR, DocumentMapper.ALT_EN);
    private static final List<String> ALL_FIELDS = List.of(DocumentMapper.TITLE_FR, DocumentMapper.TITLE_EN,
            DocumentMapper.ALT_FR, DocumentMapper.ALT_EN, DocumentMapper.BODY_FR, DocumentMapper.BODY_EN,
            DocumentMapper.TAGS_FR, DocumentMapper.TAGS_EN);

    private MatchStats() {}

    /** One scored document of the ranked list. */
    record Scored(Hit hit, int doc) {}

    static SearchResult of(IndexSearcher searcher, List<QueryWords.Word> words, float bestBoost, List<Scored> scored)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        List<LeafReaderContext> leaves = reader.leaves();
        double[] idf = new double[words.size()];
        Weight[] inTitle = new Weight[words.size()];
        Weight[] anywhere = new Weight[words.size()];
        double total = 0;
        for (int w = 0; w < words.size(); w++) {
            idf[w] = idf(reader, words.get(w));
            total += idf[w];
            inTitle[w] = weight(searcher, words.get(w), TITLE_FIELDS);
            anywhere[w] = weight(searcher, words.get(w), ALL_FIELDS);
        }
        boolean[][] held = new boolean[words.size()][];
        boolean[][] heldInTitle = new boolean[words.size()][];
        for (int w = 0; w < words.size(); w++) {
            held[w] = matching(anywhere[w], leaves, scored);
            heldInTitle[w] = matching(inTitle[w], leaves, scored);
        }
        List<SearchResult.Match> matches = new ArrayList<>(scored.size());
        for (int h = 0; h < scored.size(); h++) {
            int count = 0;
            double title = 0;
            double any = 0;
            for (int w = 0; w < words.size(); w++) {
                if (held[w][h]) {
                    count++;
                    any += idf[w];
                    title += heldInTitle[w][h] ? idf[w] : 0;
                }
            }
            matches.add(new SearchResult.Match(scored.get(h).hit().withMatched(total > 0 ? any / total : 0), count, title,
                    any));
        }
        return new SearchResult(words.size(), total, total * bestBoost, matches);
    }

    /** Which of the scored documents the weight matches: one pass per segment, documents in order. */
    private static boolean[] matching(Weight weight, List<LeafReaderContext> leaves, List<Scored> scored)
            throws IOException {
        boolean[] matched = new boolean[scored.size()];
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

    /** BM25's IDF of the word's most frequent form, over every field and both languages. */
    private static double idf(IndexReader reader, QueryWords.Word word) throws IOException {
        long documents = reader.numDocs();
        long frequency = 0;
        for (String field : ALL_FIELDS) {
            for (String term : terms(word, field)) {
                frequency = Math.max(frequency, reader.docFreq(new Term(field, term)));
            }
        }
        return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
    }

    private static Weight weight(IndexSearcher searcher, QueryWords.Word word, List<String> fields)
            throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : fields) {
            for (String term : terms(word, field)) {
                any.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
            }
        }
        Query query = searcher.rewrite(any.build());
        return searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    private static List<String> terms(QueryWords.Word word, String field) {
        return field.endsWith("_fr") ? word.french() : word.english();
    }
}
