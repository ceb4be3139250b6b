package dev.passerelle.core.understanding;

import dev.passerelle.core.understanding.Lexicon.Section;
import org.jspecify.annotations.Nullable;

/**
 * Finds an answer someone gives to their own question: "Trouvé : il faut passer par le portail",
 * "Je me réponds : …", "nevermind, solved: …", "en fait il faut …", "actually you need to …". An
 * opener counts only when a ':' ',' '-' '!' or '.' closes it and an answer of a few words follows;
 * an aside ("en fait", "actually") only before a solution lead ("il faut", "you need to"), which
 * stays in the answer. "Trouvé, merci Paul !" thanks someone else: no answer of its own.
 */
final class SelfAnswerRule {

    private static final int MINIMUM_ANSWER_WORDS = 3;
    private static final String CLOSERS = ":,-–—!.";

    private final Lexicon lexicon;
    private final ConfirmationRule confirmation;

    SelfAnswerRule(Lexicon lexicon, ConfirmationRule confirmation) {
        this.lexicon = lexicon;
        this.confirmation = confirmation;
    }

    /** The answer without its opener, or null when the message does not open like a self-answer. */
    @Nullable String answerIn(FoldedText folded) {
        int from = skipPreambles(folded, 0);
        // "finalement" opens an aside as well as a preamble: try the message whole too.
        for (int start : from == 0 ? new int[] {0} : new int[] {from, 0}) {
            String answer = afterOpener(folded, start);
            if (answer == null) {
                answer = afterAside(folded, start);
            }
            if (answer != null) {
                return substantial(answer) ? answer : null;
            }
        }
        return null;
    }

    private int skipPreambles(FoldedText folded, int from) {
        for (String preamble : lexicon.phrases(Section.SELF_ANSWER_PREAMBLES)) {
            if (folded.matchesAt(preamble, from)) {
                return skipping(folded.text(), from + preamble.length(), CLOSERS);
            }
        }
        return from;
    }

    private @Nullable String afterOpener(FoldedText folded, int from) {
        String text = folded.text();
        for (String opener : lexicon.phrases(Section.SELF_ANSWER_OPENERS)) {
            if (!folded.matchesAt(opener, from)) {
                continue;
            }
            // Read in the original: folding turns dashes into spaces.
            String after = folded.original(from + opener.length(), text.length()).stripLeading();
            if (!after.isEmpty() && CLOSERS.indexOf(after.charAt(0)) >= 0) {
                return after.substring(1).strip();
            }
        }
        return null;
    }

    private @Nullable String afterAside(FoldedText folded, int from) {
        String text = folded.text();
        for (String aside : lexicon.phrases(Section.SELF_ANSWER_ASIDES)) {
            if (!folded.matchesAt(aside, from)) {
                continue;
            }
            int lead = skipping(text, from + aside.length(), ",");
            if (lexicon.phrases(Section.SELF_ANSWER_LEADS).stream().anyMatch(p -> folded.matchesAt(p, lead))) {
                String answer = folded.original(lead, text.length()).strip();
                return answer.isEmpty() ? null : Character.toUpperCase(answer.charAt(0)) + answer.substring(1);
            }
        }
        return null;
    }

    /** Where the text goes on after {@code at}, past spaces and the given punctuation. */
    private static int skipping(String text, int at, String punctuation) {
        while (at < text.length() && (text.charAt(at) == ' ' || punctuation.indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        return at;
    }

    private boolean substantial(String answer) {
        if (answer.split("\\s+").length < MINIMUM_ANSWER_WORDS) {
            return false;
        }
        return !confirmation.confirms(answer, FoldedText.of(answer)) || answer.split("\\s+").length > 6;
    }
}
