package dev.passerelle.core.understanding;

import org.jspecify.annotations.Nullable;

/**
 * What a message means, read from its text alone. Context (is it in the thread of a stored
 * question? is the author the asker?) is the bot's business, not this type's.
 */
public sealed interface Intent {

    /** A question and its answer, e.g. {@code #faq How do I…? | Go to…}; answer is null when missing. */
    record Faq(String question, @Nullable String answer, boolean tagged) implements Intent {}

    /** A tip or learning worth keeping ({@code #insight}, {@code #astuce}, "Tip:", "TIL"…). */
    record Insight(String text, boolean tagged) implements Intent {}

    /** Something that hurts ({@code #irritant}, "c'est galère", "so frustrating"…). */
    record PainPoint(String text, boolean tagged) implements Intent {}

    /** "Who knows about X?": topic is X, without the who-knows phrasing. */
    record WhoKnows(String topic) implements Intent {}

    /** A question looking for an answer. */
    record Question(String text) implements Intent {}

    /** A short thank-you or approval ("merci", "thanks", "c'est exactement ça", ✅). */
    record Confirmation() implements Intent {}

    /** Anything else: greetings, banter, status updates. Never captured. */
    record Chatter() implements Intent {}
}
