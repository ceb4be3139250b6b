package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.search.TextWords;
import dev.passerelle.core.search.lucene.synonyms.Alternative;
import dev.passerelle.core.search.lucene.synonyms.Keys;
import dev.passerelle.core.search.lucene.synonyms.Synonyms;
import dev.passerelle.core.vocabulary.Language;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link TextWords} through the index's own analyzers: the words a search of this text would match on. Each word
 * also carries the terms of its one-word translations and synonyms from the trusted sources (the glossary and the
 * built-in vocabulary), so that "imprimante" and "printer" are one word; the dictionaries' looser senses are left
 * out, since two texts compared this way are merged when they agree.
 */
public final class AnalyzedWords implements TextWords {

    private static final Set<SynonymSource> TRUSTED = Set.of(SynonymSource.GLOSSARY, SynonymSource.BUILT_IN);

    private final QueryWords words = new QueryWords();
    private final Synonyms synonyms;

    public AnalyzedWords(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    public AnalyzedWords() {
        this(Synonyms.none());
    }

    @Override
    public List<Word> of(String text, Language language) {
        Map<String, List<Alternative>> alternatives = synonyms.expand(text, language);
        return words.of(text, language).stream()
                .map(word -> {
                    Set<String> french = new HashSet<>(word.french());
                    Set<String> english = new HashSet<>(word.english());
                    List<String> keys = Keys.tokens(word.surface());
                    if (keys.size() == 1) {
                        for (Alternative alternative : alternatives.getOrDefault(keys.getFirst(), List.of())) {
                            if (TRUSTED.contains(alternative.source())) {
                                add(french, alternative, Language.FR);
                                add(english, alternative, Language.EN);
                            }
                        }
                    }
                    return new Word(french, english);
                })
                .toList();
    }

    /** A one-word alternative's terms in {@code language}, when it is said in that language. */
    private void add(Set<String> terms, Alternative alternative, Language language) {
        if (alternative.searchableIn(language)) {
            List<String> analysed = words.analysed(alternative.text(), language);
            if (analysed.size() == 1) {
                terms.add(analysed.getFirst());
            }
        }
    }
}
