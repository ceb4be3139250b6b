package dev.passerelle.core.search;

import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the index keeps of one entry, evidence message or declared skill.
 *
 * @param kind       the entry's kind, {@link DocKind#ANSWER} or {@link DocKind#SKILL}
 * @param status     the entry's status, the answer's role, or {@link DocStatus#DECLARED} for a skill
 * @param tags       the entry's tags, searched as a field of their own
 * @param alternates other ways people asked what the entry answers, searched beside the title
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
        List<String> tags,
        List<String> alternates) {

    public IndexDoc {
        tags = List.copyOf(tags);
        alternates = List.copyOf(alternates);
    }

    /** A document with neither tags nor alternate questions. */
    public IndexDoc(DocType type, long id, long personId, DocKind kind, DocStatus status, String title,
            @Nullable String body, Language language, String channelKey, boolean restricted, Instant updatedAt) {
        this(type, id, personId, kind, status, title, body, language, channelKey, restricted, updatedAt, List.of(),
                List.of());
    }
}
