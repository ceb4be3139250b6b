package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.IndexDoc;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;

/**
 * The index's schema. Every text goes into a French and an English field, so a question in one
 * language still finds knowledge written in the other (with a lower weight) and mixed
 * "franglais" messages match either way.
 */
final class DocumentMapper {

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    static final String PERSON = "person";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String SCOPE = "scope";
    static final String UPDATED = "updated";
    static final String TITLE_FR = "title_fr";
    static final String TITLE_EN = "title_en";
    static final String BODY_FR = "body_fr";
    static final String BODY_EN = "body_en";
    static final String TAGS_FR = "tags_fr";
    static final String TAGS_EN = "tags_en";
    static final String ALT_FR = "alt_fr";
    static final String ALT_EN = "alt_en";
    /**
     * The version of the fields above. An index written under another version is rebuilt from the change log on
     * open, so a new field reaches every document, not only those changed since the upgrade. Version 3 keeps what a
     * hit is made of (type, id, person, kind, status, last change) in doc values rather than stored fields: a search
     * reads a few numbers per hit, column by column, instead of decompressing a stored document for each.
     */
    static final String SCHEMA = "3";
    /** The scope of public knowledge; restricted knowledge's scope is its channel key. */
    static final String PUBLIC = "public";

    static Analyzer analyzer() {
        Analyzer french = new FrenchTextAnalyzer();
        Analyzer english = new EnglishTextAnalyzer();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                TITLE_FR, french, BODY_FR, french, TAGS_FR, french, ALT_FR, french,
                TITLE_EN, english, BODY_EN, english, TAGS_EN, english, ALT_EN, english));
    }

    static Term key(String subject, long id) {
        return new Term(KEY, subject + ":" + id);
    }

    Document toDocument(IndexDoc doc) {
        Document d = new Document();
        d.add(new StringField(KEY, doc.type().name() + ":" + doc.id(), Field.Store.NO));
        d.add(new KeywordField(TYPE, doc.type().name(), Field.Store.NO));
        d.add(new NumericDocValuesField(ID, doc.id()));
        d.add(new NumericDocValuesField(PERSON, doc.personId()));
        d.add(new KeywordField(KIND, IndexCodes.code(doc.kind()), Field.Store.NO));
        d.add(new KeywordField(STATUS, IndexCodes.code(doc.status()), Field.Store.NO));
        d.add(new StringField(SCOPE, doc.restricted() ? doc.channelKey() : PUBLIC, Field.Store.NO));
        d.add(new NumericDocValuesField(UPDATED, doc.updatedAt().toEpochMilli()));
        d.add(new TextField(TITLE_FR, doc.title(), Field.Store.NO));
        d.add(new TextField(TITLE_EN, doc.title(), Field.Store.NO));
        if (doc.body() != null) {
            d.add(new TextField(BODY_FR, doc.body(), Field.Store.NO));
            d.add(new TextField(BODY_EN, doc.body(), Field.Store.NO));
        }
        for (String tag : doc.tags()) {
            d.add(new TextField(TAGS_FR, tag, Field.Store.NO));
            d.add(new TextField(TAGS_EN, tag, Field.Store.NO));
        }
        for (String alternate : doc.alternates()) {
            d.add(new TextField(ALT_FR, alternate, Field.Store.NO));
            d.add(new TextField(ALT_EN, alternate, Field.Store.NO));
        }
        return d;
    }
}
