package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.DocType;
import dev.passerelle.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * What each hit is, read from the index's doc values ({@link DocumentMapper}): its type, id, person, kind, status and
 * last change. Doc values are columns that iterate forward, so the hits are visited in document order, segment by
 * segment, and handed back in the order they were ranked. No stored document is read: that is what a search used
 * to spend most of its time on after ranking.
 */
final class HitValues {

    private HitValues() {}

    /** The ranked documents as hits, in the same order, each with its score. */
    static List<MatchStats.Scored> read(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] order = new Integer[ranked.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> ranked[i].doc));
        MatchStats.Scored[] hits = new MatchStats.Scored[ranked.length];
        Leaf leaf = null;
        for (int i : order) {
            int doc = ranked[i].doc;
            int index = ReaderUtil.subIndex(doc, leaves);
            if (leaf == null || leaf.index != index) {
                leaf = new Leaf(index, leaves.get(index));
            }
            hits[i] = new MatchStats.Scored(leaf.hit(doc - leaf.context.docBase, ranked[i].score), doc);
        }
        return new ArrayList<>(Arrays.asList(hits));
    }

    /** One segment's columns, read forward. */
    private static final class Leaf {
        private final int index;
        private final LeafReaderContext context;
        private final SortedSetDocValues type;
        private final NumericDocValues id;
        private final NumericDocValues person;
        private final SortedSetDocValues kind;
        private final SortedSetDocValues status;
        private final NumericDocValues updated;
        /** A segment holds few distinct codes: each is decoded once. */
        private final Map<String, Map<Long, String>> decoded = new HashMap<>();

        Leaf(int index, LeafReaderContext context) throws IOException {
            this.index = index;
            this.context = context;
            LeafReader reader = context.reader();
            type = DocValues.getSortedSet(reader, DocumentMapper.TYPE);
            id = DocValues.getNumeric(reader, DocumentMapper.ID);
            person = DocValues.getNumeric(reader, DocumentMapper.PERSON);
            kind = DocValues.getSortedSet(reader, DocumentMapper.KIND);
            status = DocValues.getSortedSet(reader, DocumentMapper.STATUS);
            updated = DocValues.getNumeric(reader, DocumentMapper.UPDATED);
        }

        Hit hit(int doc, float score) throws IOException {
            return new Hit(DocType.valueOf(code(DocumentMapper.TYPE, type, doc)), number(id, doc), number(person, doc),
                    IndexCodes.kind(code(DocumentMapper.KIND, kind, doc)),
                    IndexCodes.status(code(DocumentMapper.STATUS, status, doc)), score, number(updated, doc), 0);
        }

        private static long number(NumericDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                throw missing();
            }
            return values.longValue();
        }

        private String code(String field, SortedSetDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                throw missing();
            }
            long ord = values.nextOrd();
            Map<Long, String> codes = decoded.computeIfAbsent(field, f -> new HashMap<>());
            String code = codes.get(ord);
            if (code == null) {
                code = values.lookupOrd(ord).utf8ToString();
                codes.put(ord, code);
            }
            return code;
        }

        private static IllegalStateException missing() {
            // Every document of this schema has every column; the index is derived data.
            return new IllegalStateException("A search index document lacks a column of its schema: delete the index "
                    + "directory and Passerelle rebuilds it from the database.");
        }
    }
}
