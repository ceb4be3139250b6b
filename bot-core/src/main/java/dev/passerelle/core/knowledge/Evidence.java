package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message that shows someone knows something: today, an answer given in the thread of a
 * question. {@code confirmed} once the asker said it solved their problem.
 */
public record Evidence(
        long id,
        long personId,
        String messageId,
        @Nullable String thread,
        String channelKey,
        boolean restricted,
        String text,
        Language language,
        boolean confirmed,
        Instant createdAt) {}
