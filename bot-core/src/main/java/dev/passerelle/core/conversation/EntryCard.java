package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Echo;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An entry as shown in a reply.
 *
 * @param source        the id of the message the entry came from (for a thread FAQ, the answer)
 * @param sourceChannel the platform's id of the conversation that message is in
 * @param score         relevance for this query, 0 when the entry is listed rather than searched
 * @param buttons       what can be done with this entry from the reply, rendered beside it
 * @param confident     true when the entry is given as the answer, false for a suggestion or a listing
 * @param stale         when its verification expired and since when it was not checked; null while it holds
 */
public record EntryCard(
        long id,
        EntryKind kind,
        EntryStatus status,
        String title,
        @Nullable String body,
        @Nullable String source,
        @Nullable String sourceChannel,
        int votes,
        double score,
        List<Block.Button> buttons,
        boolean confident,
        @Nullable Stale stale) {

    /**
     * A verified entry no one checked again in time: it still answers, and says so.
     *
     * @param checkedAt when it was last verified
     * @param since     when that verification expired
     * @param line      "Last checked 4 months ago", in the reply's language
     */
    public record Stale(Instant checkedAt, Instant since, String line) {
        public Stale {
            line = Echo.neutralise(line);
        }
    }

    public EntryCard {
        title = Echo.neutralise(title);
        body = Echo.neutraliseNullable(body);
        buttons = List.copyOf(buttons);
        for (Block.Button button : buttons) {
            if (button.entryId() != id) {
                throw new IllegalArgumentException("a button beside entry #" + id + " acts on #" + button.entryId());
            }
        }
    }

    public EntryCard(long id, EntryKind kind, EntryStatus status, String title, @Nullable String body,
            @Nullable String source, @Nullable String sourceChannel, int votes, double score,
            List<Block.Button> buttons, boolean confident) {
        this(id, kind, status, title, body, source, sourceChannel, votes, score, buttons, confident, null);
    }

    public EntryCard(long id, EntryKind kind, EntryStatus status, String title, @Nullable String body,
            @Nullable String source, @Nullable String sourceChannel, int votes, double score,
            List<Block.Button> buttons) {
        this(id, kind, status, title, body, source, sourceChannel, votes, score, buttons, false);
    }

    public EntryCard(long id, EntryKind kind, EntryStatus status, String title, @Nullable String body,
            @Nullable String source, @Nullable String sourceChannel, int votes, double score) {
        this(id, kind, status, title, body, source, sourceChannel, votes, score, List.of(), false);
    }

    /** An entry id as people, commands and buttons write it, {@code 12} or {@code #12}; empty for anything else. */
    public static Optional<Long> idOf(@Nullable String written) {
        if (written == null) {
            return Optional.empty();
        }
        String digits = written.strip().replaceFirst("^#", "");
        return digits.matches("\\d{1,12}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    /** The same card with these buttons beside it. */
    public EntryCard withButtons(List<Block.Button> added) {
        return new EntryCard(id, kind, status, title, body, source, sourceChannel, votes, score, added, confident,
                stale);
    }

    /** The same card, given as the answer (true) or as a suggestion (false). */
    public EntryCard withConfident(boolean given) {
        return new EntryCard(id, kind, status, title, body, source, sourceChannel, votes, score, buttons, given,
                stale);
    }

    /** The same card, saying since when it was not checked. */
    public EntryCard withStale(@Nullable Stale expired) {
        return new EntryCard(id, kind, status, title, body, source, sourceChannel, votes, score, buttons, confident,
                expired);
    }
}
