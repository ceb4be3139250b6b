package dev.passerelle.core.search;

import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the index keeps of one entry, evidence message or declared skill.
 *
 * @param kind   the entry kind code ({@code faq}, {@code insight}…), {@code answer} or {@code skill}
 * @param status the entry status code; {@code confirmed} for a confirmed answer
 */
public record IndexDoc(
        DocType type,
        long id,
        long personId,
        String kind,
        String status,
        String title,
        @Nullable String body,
        Language language,
        String channelKey,
        boolean restricted,
        Instant updatedAt) {}
