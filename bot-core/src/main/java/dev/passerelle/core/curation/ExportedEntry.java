package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.PainStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry as an export holds it: what it says, who wrote it (by name and team, as people read it), how it was
 * received and when it was checked, and where it came from ({@code channelKey}, {@code restricted}), which is read
 * to check visibility and never written to the file.
 *
 * @param author     the author's display name
 * @param team       the author's team, if they gave one
 * @param verifiedAt when a knowledge manager last verified it, if ever
 * @param alternates other ways its question was asked, oldest first
 */
public record ExportedEntry(
        long id,
        EntryKind kind,
        EntryStatus status,
        @Nullable PainStatus painStatus,
        String title,
        @Nullable String body,
        List<String> tags,
        Language language,
        String author,
        @Nullable String team,
        int votes,
        int helpful,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant verifiedAt,
        List<String> alternates,
        String channelKey,
        boolean restricted) {

    public ExportedEntry {
        tags = List.copyOf(tags);
        alternates = List.copyOf(alternates);
    }
}
