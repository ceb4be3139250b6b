package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Echo;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import org.jspecify.annotations.Nullable;

/**
 * An entry as shown in a reply.
 *
 * @param source        the id of the message the entry came from (for a thread FAQ, the answer)
 * @param sourceChannel the platform's id of the conversation that message is in
 * @param score         relevance for this query, 0 when the entry is listed rather than searched
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
        double score) {

    public EntryCard {
        title = Echo.neutralise(title);
        body = Echo.neutraliseNullable(body);
    }
}
