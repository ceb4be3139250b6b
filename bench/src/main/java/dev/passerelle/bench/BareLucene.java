package dev.passerelle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor a search cannot beat by much: every message of the workspace as one document of a plain Lucene index
 * on disk, {@code StandardAnalyzer}, BM25, the query's terms as {@code SHOULD} clauses, top 10, each hit's stored
 * id read. No languages, no synonyms, no visibility, no confidence: what Passerelle adds costs its ratio to this.
 */
final class BareLucene implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String ID = "id";

    private final Analyzer analyzer = new StandardAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    BareLucene(Path dir) {
        try {
            directory = FSDirectory.open(dir);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(String id, String text) {
        Document doc = new Document();
        doc.add(new StoredField(ID, id));
        doc.add(new TextField(TEXT, text, Field.Store.NO));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits what was added and opens the searcher the queries use. */
    void open() {
        try {
            writer.commit();
            reader = DirectoryReader.open(writer);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the best ten messages, best first. */
    List<String> search(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms(text).forEach(term -> query.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD));
        try {
            StoredFields stored = searcher.storedFields();
            ScoreDoc[] hits = searcher.search(query.build(), 10).scoreDocs;
            String[] ids = new String[hits.length];
            for (int i = 0; i < hits.length; i++) {
                ids[i] = stored.document(hits[i].doc).get(ID);
            }
            return List.of(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> terms(String text) {
        return Bm25Baseline.analysed(analyzer, TEXT, text);
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            writer.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
