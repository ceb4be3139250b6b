package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.TextWords;
import dev.passerelle.core.vocabulary.Language;
import java.util.HashSet;
import java.util.List;

/** {@link TextWords} through the index's own analyzers: the words a search of this text would match on. */
public final class AnalyzedWords implements TextWords {

    private final QueryWords words = new QueryWords();

    @Override
    public List<Word> of(String text, Language language) {
        return words.of(text, language).stream()
                .map(word -> new Word(new HashSet<>(word.french()), new HashSet<>(word.english())))
                .toList();
    }
}
