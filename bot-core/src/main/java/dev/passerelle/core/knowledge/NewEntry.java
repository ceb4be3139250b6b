package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An entry about to be stored. Rejects what must never be stored. */
public record NewEntry(
        EntryKind kind,
        EntryStatus status,
        String title,
        @Nullable String body,
        Language language,
        long authorId,
        String channelKey,
        boolean restricted,
        @Nullable String source,
        @Nullable String thread,
        List<String> tags,
        Instant at) {

    public NewEntry {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an entry needs a title");
        }
        if (kind == EntryKind.FAQ && (body == null || body.isBlank())) {
            throw new IllegalArgumentException("a FAQ needs an answer");
        }
        title = title.strip();
        body = body == null ? null : body.strip();
        tags = List.copyOf(tags);
    }
}
