package dev.passerelle.core.search;

import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the index keeps of one entry, evidence message or declared skill.
 *
 * @param kind   the entry's kind, {@link DocKind#ANSWER} or {@link DocKind#SKILL}
 * @param status     the entry's status, the answer's role, or {@link DocStatus#DECLARED} for a skill
 * @param alternates other ways people asked an entry's question (empty for answers and skills)
 */
public record IndexDoc(
        DocType type,
        long id,
        long personId,
        DocKind kind,
        DocStatus status,
        String title,
        @Nullable String body,
        Language language,
        String channelKey,
        boolean restricted,
        Instant updatedAt,
        List<String> alternates) {

    public IndexDoc {
        alternates = List.copyOf(alternates);
    }
}
