package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Echo;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one event led to: the replies to send, the entries it created or changed, when it was refused,
 * why, and the language all of it is in, which adapters use for every label they add (never guessing again).
 *
 * @param language null until the bot stamps it with the asker's language ({@link #in}); never null once it
 *                 leaves the core
 */
public record Outcome(List<Reply> replies, List<Captured> captured, @Nullable String error,
        @Nullable Language language) {
    public Outcome {
        replies = List.copyOf(replies);
        captured = List.copyOf(captured);
        error = Echo.neutraliseNullable(error);
    }

    public Outcome(List<Reply> replies, List<Captured> captured, @Nullable String error) {
        this(replies, captured, error, null);
    }

    /** This outcome in the given language, unless a feature already said which (a command typed in French). */
    public Outcome in(Language spoken) {
        return language != null ? this : new Outcome(replies, captured, error, spoken);
    }

    /** The language to render in: the stamped one. */
    public Language languageOr(Language fallback) {
        return language == null ? fallback : language;
    }

    public static Outcome nothing() {
        return new Outcome(List.of(), List.of(), null);
    }

    /** True when the event led to no reply, no capture and no refusal, in whatever language. */
    public boolean isNothing() {
        return replies.isEmpty() && captured.isEmpty() && error == null;
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
