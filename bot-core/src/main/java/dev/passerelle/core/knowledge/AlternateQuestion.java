package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;

/**
 * Another way of asking an entry's question, in the words of someone it answered.
 *
 * @param folded the text as compared for sameness ({@link AskedWays#fold}): one alternate per folded text and entry
 */
public record AlternateQuestion(String text, String folded, Language language, long personId, Instant at) {

    public AlternateQuestion {
        if (text == null || text.isBlank() || folded == null || folded.isBlank() || language == null || at == null) {
            throw new IllegalArgumentException("an alternate question needs a text, its folded form, a language and a time");
        }
        text = text.strip();
    }

    /** Another way of asking, folded as every alternate is compared. */
    public static AlternateQuestion of(String text, Language language, long personId, Instant at) {
        return new AlternateQuestion(text, AskedWays.fold(text), language, personId, at);
    }
}
