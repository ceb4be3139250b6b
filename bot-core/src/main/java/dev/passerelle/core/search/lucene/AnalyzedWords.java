package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.TextWords;
import dev.passerelle.core.search.lucene.synonyms.Alternative;
import dev.passerelle.core.search.lucene.synonyms.Keys;
import dev.passerelle.core.search.lucene.synonyms.Synonyms;
import dev.passerelle.core.vocabulary.Language;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link TextWords} through the index's own analyzers: the words a search of this text would match on. Each word
 * also carries the terms of its one-word translations and synonyms that are {@link Alternative#confirmed()
 * confirmed} (the glossary's, the built-in vocabulary's, and the dictionaries' translations that both directions
 * agree on), so that "imprimante" and "printer", "étage" and "floor" are one word; the dictionaries' looser senses
 * and the thesauri are left out, since two texts compared this way are merged when they agree.
 */
public final class AnalyzedWords implements TextWords {

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
        Map<Alternative, Long> phrases = alternatives.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(alternative -> alternative, Collectors.counting()));
        return words.of(text, language).stream()
                .map(word -> {
                    Set<String> french = new HashSet<>(word.french());
                    Set<String> english = new HashSet<>(word.english());
                    List<String> keys = Keys.tokens(word.surface());
                    if (keys.size() == 1) {
                        for (Alternative alternative : alternatives.getOrDefault(keys.getFirst(), List.of())) {
                            if (alternative.confirmed()) {
                                boolean ofAPhrase = phrases.getOrDefault(alternative, 0L) > 1;
                                add(french, alternative, Language.FR, ofAPhrase);
                                add(english, alternative, Language.EN, ofAPhrase);
                            }
                        }
                    }
                    return new Word(french, english);
                })
                .toList();
    }

    /**
     * An alternative's terms in {@code language}, when it is said in that language: a one-word alternative's term;
     * a longer one's terms only when it is the alternative of a phrase said ("salle de réunion" gives "salle" and
     * "réunion" the terms of "meeting room"), never for a word alone ("congés" would otherwise be "time").
     */
    private void add(Set<String> terms, Alternative alternative, Language language, boolean ofAPhrase) {
        if (alternative.searchableIn(language)) {
            List<String> analysed = words.analysed(alternative.text(), language);
            if (analysed.size() == 1 || ofAPhrase) {
                terms.addAll(analysed);
            }
        }
    }
}
