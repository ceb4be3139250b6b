package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.SearchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
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
        List<SearchResult.Match> matches = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(s.doc(), leaves));
            int doc = s.doc() - leaf.docBase;
            int count = 0;
            double title = 0;
            double any = 0;
            for (int w = 0; w < words.size(); w++) {
                if (anywhere[w].matches(leaf, doc) != null) {
                    count++;
                    any += idf[w];
                    if (inTitle[w].matches(leaf, doc) != null) {
                        title += idf[w];
                    }
                }
            }
            matches.add(new SearchResult.Match(s.hit(), count, title, any));
        }
        return new SearchResult(words.size(), total, total * bestBoost, matches);
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
