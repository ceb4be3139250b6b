package dev.passerelle.core.search.lucene.synonyms;

import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;

/** One source of alternatives, looked up by {@link Keys#of key}. */
public interface Lexicon extends AutoCloseable {

    SynonymSource source();

    /**
     * The alternatives of the phrase with this key, best first, for a question in {@code asker}'s language; empty
     * when the source does not know it.
     */
    List<Alternative> alternatives(String key, Language asker);

    /** Called once before the lookups of one question: a source read from a file that changes re-reads it here. */
    default void refresh() {
    }

    /** Releases the files it holds open, if any. */
    @Override
    default void close() {
    }
}
