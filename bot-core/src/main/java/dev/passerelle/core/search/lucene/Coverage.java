package dev.passerelle.core.search.lucene;

import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * How much of a query a document holds: each meaningful word weighs its inverse document frequency (BM25's), so
 * matching "congés" says more than matching "jour". A score alone cannot tell this: a short document matching one
 * common word can score as high as a long one matching the rare word that matters.
 */
final class Coverage {

    private static final List<String> FIELDS = List.of(DocumentMapper.TITLE_FR, DocumentMapper.BODY_FR,
            DocumentMapper.TITLE_EN, DocumentMapper.BODY_EN);

    private final List<LeafReaderContext> leaves;
    private final List<Weight> clauses = new ArrayList<>();
    private final double[] idf;
    private final double total;

    Coverage(IndexSearcher searcher, List<QueryWords.Word> words, Language language) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        this.leaves = reader.leaves();
        this.idf = new double[words.size()];
        double sum = 0;
        // As BM25 counts: every document written, deleted or not, since document frequencies count them too.
        int documents = Math.max(1, reader.maxDoc());
        for (int i = 0; i < words.size(); i++) {
            QueryWords.Word word = words.get(i);
            Query clause = searcher.rewrite(QueryBuilder.clause(word, language));
            clauses.add(searcher.createWeight(clause, ScoreMode.COMPLETE_NO_SCORES, 1));
            idf[i] = idf(reader, word, documents);
            sum += idf[i];
        }
        this.total = sum;
    }

    /**
     * The share of the query's weight that each document (top-level doc ids, in any order) matches, 0 to 1. Each
     * word's matches are walked once per segment, in doc order.
     */
    double[] of(int[] docs) throws IOException {
        double[] shares = new double[docs.length];
        if (total <= 0 || docs.length == 0) {
            return shares;
        }
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> docs[i]));
        for (int w = 0; w < clauses.size(); w++) {
            int leafIndex = -1;
            DocIdSetIterator matches = null;
            for (int i : order) {
                int doc = docs[i];
                int leaf = ReaderUtil.subIndex(doc, leaves);
                LeafReaderContext context = leaves.get(leaf);
                if (leaf != leafIndex) {
                    leafIndex = leaf;
                    Scorer scorer = clauses.get(w).scorer(context);
                    matches = scorer == null ? null : scorer.iterator();
                }
                if (matches == null) {
                    continue;
                }
                int target = doc - context.docBase;
                int at = matches.docID() < target ? matches.advance(target) : matches.docID();
                if (at == target) {
                    shares[i] += idf[w];
                }
            }
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= total;
        }
        return shares;
    }

    /** A word's weight is that of its most frequent term in any field: a word is as common as its commonest form. */
    private static double idf(IndexReader reader, QueryWords.Word word, int documents) throws IOException {
        int frequency = 0;
        for (String field : FIELDS) {
            List<String> terms = field.endsWith("_fr") ? word.french() : word.english();
            for (String term : terms) {
                frequency = Math.max(frequency, reader.docFreq(new Term(field, term)));
            }
        }
        // A word no document holds yet weighs as one that a single document holds: as telling as the rarest word,
        // not more, so that what nobody wrote about does not drown what somebody did.
        frequency = Math.max(1, Math.min(frequency, documents));
        return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
    }
}
