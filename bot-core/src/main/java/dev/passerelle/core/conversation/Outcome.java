package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Echo;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one inbound message led to: the replies to send, the entries it created or changed,
 * and, when the message was refused, why (in the sender's language).
 */
public record Outcome(List<Reply> replies, List<Captured> captured, @Nullable String error) {
    public Outcome {
        replies = List.copyOf(replies);
        captured = List.copyOf(captured);
        error = Echo.neutraliseNullable(error);
    }

    public static Outcome nothing() {
        return new Outcome(List.of(), List.of(), null);
    }

    /** A private word to the person, nothing captured. */
    public static Outcome told(String text) {
        return new Outcome(List.of(Reply.ephemeral(text)), List.of(), null);
    }

    public static Outcome refused(String why) {
        return new Outcome(List.of(Reply.ephemeral(why)), List.of(), why);
    }

    /** An entry this message created or changed (a +1 names the pain point it went to). */
    public record Captured(long id, EntryKind kind, EntryStatus status) {}
}
