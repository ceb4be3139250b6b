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

    /**
     * "Who knows about X?": topic is X, without the who-knows phrasing nor the team qualifier
     * ("who in Sales knows X?" keeps the team apart); team is null when the message names none.
     */
    record WhoKnows(String topic, @Nullable TeamFilter team) implements Intent {
        public WhoKnows(String topic) {
            this(topic, null);
        }
    }

    /**
     * "Who approves X?", "à qui demander pour X ?": a question whose answer may be written down
     * (question is the whole message) and whose topic (X) also names the people to ask.
     */
    record WhoDoes(String question, String topic) implements Intent {}

    /** A question looking for an answer. */
    record Question(String text) implements Intent {}

    /** A short thank-you or approval ("merci", "thanks", "c'est exactement ça", ✅). */
    record Confirmation() implements Intent {}

    /** A greeting or small talk ("bonjour", "how are you", "ok", "bonne journée"): no knowledge, no gap. */
    record SmallTalk(Kind kind) implements Intent {
        public enum Kind { GREETING, OTHER }
    }

    /** Anything else: banter, status updates. Never captured. */
    record Chatter() implements Intent {}
}
