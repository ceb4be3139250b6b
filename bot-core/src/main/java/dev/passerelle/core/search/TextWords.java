package dev.passerelle.core.search;

import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.Set;

/**
 * The meaningful words of a text as the index reads them, so that a feature can compare two texts the
 * way search matches them: each word with its French and its English terms, stop words of the text's
 * language left out, a word typed twice counted once.
 */
public interface TextWords {

    List<Word> of(String text, Language language);

    /** One meaningful word: its terms through the French and through the English analyzer. */
    record Word(Set<String> french, Set<String> english) {
        public Word {
            french = Set.copyOf(french);
            english = Set.copyOf(english);
        }

        /** Two words are the same when either analyzer reads them alike ("bloque" and "bloquée"). */
        public boolean sameAs(Word other) {
            return french.stream().anyMatch(other.french::contains) || english.stream().anyMatch(other.english::contains);
        }
    }
}
