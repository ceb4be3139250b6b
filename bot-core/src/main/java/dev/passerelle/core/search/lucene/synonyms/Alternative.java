package dev.passerelle.core.search.lucene.synonyms;

import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.vocabulary.Language;
import org.jspecify.annotations.Nullable;

/**
 * Another way to say a word or phrase of a question.
 *
 * @param text      as written in its source ("note de frais", "expense report")
 * @param language  the language it is in, so it is searched with that language's analysis; null when unknown
 *                  (a glossary line), searched in both
 * @param source    where it comes from, which sets its weight
 * @param confirmed whether it can be trusted to say the same thing, not merely something close: the company's
 *                  and our own words always, a dictionary's translation when the dictionary the other way round
 *                  gives it back ({@link BilingualEntries})
 */
public record Alternative(String text, @Nullable Language language, SynonymSource source, boolean confirmed) {

    /** An alternative confirmed when it comes from the glossary or the built-in vocabulary. */
    public Alternative(String text, @Nullable Language language, SynonymSource source) {
        this(text, language, source, source == SynonymSource.GLOSSARY || source == SynonymSource.BUILT_IN);
    }

    /**
     * Its weight against the words actually typed (1.0): the company's own words first, then ours, then the
     * dictionaries, whose senses are often not the workplace's.
     */
    public float weight() {
        return switch (source) {
            case GLOSSARY -> 0.9f;
            case BUILT_IN -> 0.8f;
            case FREEDICT -> 0.5f;
            case MYTHES -> 0.4f;
        };
    }

    /** Whether it is searched in the fields analysed in {@code field}'s language. */
    public boolean searchableIn(Language field) {
        return language == null || language == field;
    }
}
