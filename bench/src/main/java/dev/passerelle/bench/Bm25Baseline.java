package dev.passerelle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The plain baseline every Passerelle figure stands beside: Lucene's BM25 (default k1 1.2, b 0.75) with
 * {@code StandardAnalyzer} (no stemming, no stop words, no language), the question's terms as one
 * {@code BooleanQuery} of {@code SHOULD} term clauses over the question and answer fields (no query parser, so no
 * syntax to escape), in memory. No gate: it always shows its best match when any word matches.
 */
final class Bm25Baseline implements AutoCloseable {

    /** Which fields the question is matched against. */
    enum Fields {
        QUESTION_AND_ANSWER(List.of("question", "answer")),
        QUESTION(List.of("question"));

        final List<String> names;

        Fields(List<String> names) {
            this.names = names;
        }
    }

    private static final String KEY = "key";

    private final Analyzer analyzer = new StandardAnalyzer();
    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Fields fields;

    Bm25Baseline(List<KnowledgeBase.Faq> faqs, Fields fields) {
        this.fields = fields;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (KnowledgeBase.Faq faq : faqs) {
                Document doc = new Document();
                doc.add(new StoredField(KEY, faq.key()));
                doc.add(new TextField("question", faq.question(), Field.Store.NO));
                doc.add(new TextField("answer", faq.answer() == null ? "" : faq.answer(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
    }

    Bm25Baseline(List<KnowledgeBase.Faq> faqs) {
        this(faqs, Fields.QUESTION_AND_ANSWER);
    }

    /** The keys of the best {@code k} FAQs, best first; empty when no word of the question is in any of them. */
    List<String> search(String question, int k) {
        Set<String> terms = terms(question);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String field : fields.names) {
            for (String term : terms) {
                query.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
            }
        }
        try {
            List<String> keys = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query.build(), k).scoreDocs) {
                keys.add(stored.document(hit.doc).get(KEY));
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> terms(String text) {
        Set<String> terms = analysed(analyzer, "question", text);
        // More clauses than Lucene allows would fail the search: a question is never that long, an answer may be.
        return terms.size() > 500 ? new LinkedHashSet<>(List.copyOf(terms).subList(0, 500)) : terms;
    }

    /** The distinct terms {@code analyzer} makes of {@code text} on {@code field}, in order. */
    static Set<String> analysed(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
