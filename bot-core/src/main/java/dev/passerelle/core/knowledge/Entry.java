package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.PainStatus;
import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A piece of knowledge as stored: what it says, where it came from, who may see it.
 *
 * @param title      the question of a FAQ, or the text of an insight, pain point or question
 * @param body       the answer of a FAQ; null for other kinds
 * @param channelKey the conversation it was captured in
 * @param restricted true when it came from a private channel or a DM
 * @param source     the id of the message it came from (for a thread FAQ, the answer)
 * @param helpful    "helpful" minus "not helpful" feedback
 */
public record Entry(
        long id,
        EntryKind kind,
        EntryStatus status,
        @Nullable PainStatus painStatus,
        String title,
        @Nullable String body,
        Language language,
        long authorId,
        String channelKey,
        boolean restricted,
        @Nullable String source,
        @Nullable String thread,
        int votes,
        int helpful,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt) {

    public Entry {
        tags = List.copyOf(tags);
    }

    /** The text a reader sees first: the question, then the answer when there is one. */
    public String fullText() {
        return body == null ? title : title + "\n" + body;
    }
}
