package dev.passerelle.bench;

import dev.passerelle.bench.ExpertSet.Piece;
import dev.passerelle.bench.ExpertSet.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baselines, run in the same harness on the same evidence: plain Lucene (StandardAnalyzer, BM25) over the
 * same documents (an answer with the title of the question it answers, a paper), people scored by the sum of their
 * documents' BM25 scores (CombSUM) or of their reciprocal ranks (Brochier's voting model); and, for Stack Exchange,
 * the people with the most answers in the question's tags. Asking is not evidence for any of them.
 */
final class ExpertBaselines implements AutoCloseable {

    private static final int DOCS = 1000;
    private static final String TEXT = "text";

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final List<Piece> knowledge;

    ExpertBaselines(ExpertSet set) {
        Map<String, String> questions = new HashMap<>();
        set.evidence().stream().filter(p -> p.role() == Role.QUESTION).forEach(q -> questions.put(q.key(), q.title()));
        this.knowledge = set.evidence().stream().filter(p -> p.role() != Role.QUESTION).toList();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Piece piece : knowledge) {
                Document doc = new Document();
                String question = piece.thread() == null ? "" : Objects.requireNonNullElse(questions.get(piece.thread()), "");
                doc.add(new TextField(TEXT, question + "\n" + piece.title() + "\n"
                        + Objects.requireNonNullElse(piece.body(), ""), Field.Store.NO));
                doc.add(new StoredField("person", piece.person()));
                writer.addDocument(doc);
            }
            writer.commit();
            this.reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CombSUM: each person's documents' BM25 scores added up. */
    List<String> bm25Sum(String text, String asker) {
        return vote(text, asker, (rank, score) -> score);
    }

    /** Reciprocal-rank voting: each document gives its author 1 / its rank. */
    List<String> reciprocalRank(String text, String asker) {
        return vote(text, asker, (rank, score) -> 1.0 / rank);
    }

    /** The people with the most answers in any of the question's tags. */
    List<String> mostAnswersInTags(java.util.Set<String> tags, String asker) {
        Map<String, Integer> counts = new HashMap<>();
        for (Piece piece : knowledge) {
            if (!piece.person().equals(asker) && piece.tags().stream().anyMatch(tags::contains)) {
                counts.merge(piece.person(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private List<String> vote(String text, String asker, ToDoubleBiFunction<Integer, Float> votes) {
        Map<String, Double> scores = new LinkedHashMap<>();
        try {
            Query query = query(text);
            int rank = 0;
            for (ScoreDoc hit : searcher.search(query, DOCS).scoreDocs) {
                rank++;
                String person = searcher.storedFields().document(hit.doc).get("person");
                if (!person.equals(asker)) {
                    scores.merge(person, votes.applyAsDouble(rank, hit.score), Double::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .map(Map.Entry::getKey).toList();
    }

    /** What the classic query parser makes of escaped text: one optional clause per analysed word. */
    private Query query(String text) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && clauses < IndexSearcher.getMaxClauseCount()) {
                query.add(new TermQuery(new Term(TEXT, term.toString())), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            tokens.end();
        }
        return query.build();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
