package dev.passerelle.core.understanding;

import dev.passerelle.core.understanding.Intent.SmallTalk;
import dev.passerelle.core.understanding.Lexicon.Section;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Tells greetings and small talk ("bonjour", "hi there", "ça va ?", "ok", "bonne journée", 👋) from
 * anything that asks or says more: the message must be made of nothing but such phrases, the
 * names a greeting may carry ("bonjour à tous", "hello Passerelle"), punctuation and emoji.
 * "Bonjour, où est le wiki RH ?" is a question, not small talk.
 */
final class SmallTalkRule {

    private final Lexicon lexicon;
    private final List<String> phrases;

    SmallTalkRule(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.phrases = Stream.of(Section.SMALL_TALK_GREETINGS, Section.SMALL_TALK_OTHER, Section.SMALL_TALK_ADDRESSEES)
                .flatMap(section -> lexicon.phrases(section).stream())
                .distinct().sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** The kind of small talk, or null when the message is more than that. */
    SmallTalk.@Nullable Kind kindOf(FoldedText folded) {
        if (!madeOfSmallTalk(folded)) {
            return null;
        }
        boolean greets = lexicon.phrases(Section.SMALL_TALK_GREETINGS).stream().anyMatch(folded::contains);
        return greets ? SmallTalk.Kind.GREETING : SmallTalk.Kind.OTHER;
    }

    private boolean madeOfSmallTalk(FoldedText folded) {
        String text = folded.text();
        int at = 0;
        boolean said = false;
        while (at < text.length()) {
            int codePoint = text.codePointAt(at);
            if (!Character.isLetterOrDigit(codePoint) && !isPhraseStart(folded, at)) {
                at += Character.charCount(codePoint); // spaces, punctuation, emoji between phrases
                continue;
            }
            int from = at;
            at = phrases.stream().filter(phrase -> folded.matchesAt(phrase, from)).findFirst()
                    .map(phrase -> from + phrase.length()).orElse(from);
            if (at == from) {
                return false;
            }
            said = true;
        }
        return said || isOnlyEmoji(text);
    }

    /** Some phrases are emoji or start with '@' or '+': "👋", "@passerelle", "+1". */
    private boolean isPhraseStart(FoldedText folded, int at) {
        return phrases.stream().filter(phrase -> !Character.isLetterOrDigit(phrase.codePointAt(0)))
                .anyMatch(phrase -> folded.matchesAt(phrase, at));
    }

    /** A message of emoji alone ("🎉", "😄😄") is small talk too; bare punctuation ("?", "...") is not. */
    private static boolean isOnlyEmoji(String text) {
        return !text.isBlank() && text.codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL)
                && text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
