package dev.passerelle.core.knowledge;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One more ask of an open knowledge gap: a message that asked its question again, near-identically, and was folded
 * into it ({@link Capture#question}).
 *
 * @param question the ask's own words, in the asker's language; null for an ask recorded before they were kept
 */
public record GapAsk(long entryId, long personId, String channelKey, String messageId, @Nullable String thread,
        Instant at, @Nullable String question) {

    public GapAsk(long entryId, long personId, String channelKey, String messageId, @Nullable String thread,
            Instant at) {
        this(entryId, personId, channelKey, messageId, thread, at, null);
    }
}
