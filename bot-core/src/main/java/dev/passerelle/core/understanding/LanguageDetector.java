package dev.passerelle.core.understanding;

import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.understanding.Lexicon.Section;
import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells French from English in a chat message by counting the small words and marks only one of
 * them uses (French "le", "qui", elisions such as l' or qu', "est-ce que" and accents; English
 * "the", "is", "how", "who"…). The language with more cues wins, so franglais leans to its
 * majority; a message with no cue or a tie ("ok", "CRM ?") gets the fallback.
 */
public final class LanguageDetector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    private final Language fallback;

    /** @param fallback the language assumed when a message gives no cue, usually the workspace's */
    public LanguageDetector(Language fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** The language of the message, or the fallback when its cues are absent or tied. */
    public Language detect(String text) {
        FoldedText folded = FoldedText.of(text);
        int french = cues(Language.FR, folded) + accentedWords(text);
        int english = cues(Language.EN, folded);
        if (french == english) {
            return fallback;
        }
        return french > english ? Language.FR : Language.EN;
    }

    private static int cues(Language language, FoldedText folded) {
        int count = 0;
        for (String cue : Lexicon.of(language).phrases(Section.LANGUAGE_CUES)) {
            count += folded.count(cue);
        }
        return count;
    }

    /** English chat almost never carries accents; French can hardly go a sentence without one. */
    private static int accentedWords(String text) {
        int count = 0;
        Matcher word = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (word.find()) {
            String nfc = word.group();
            if (!Normalizer.normalize(nfc, Normalizer.Form.NFD).equals(nfc) || nfc.indexOf('œ') >= 0) {
                count++;
            }
        }
        return count;
    }
}
