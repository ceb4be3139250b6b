package dev.passerelle.core.knowledge;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One more ask of an open knowledge gap: a message that asked its question again, near-identically, and was folded
 * into it ({@link Capture#question}).
 */
public record GapAsk(long entryId, long personId, String channelKey, String messageId, @Nullable String thread,
        Instant at) {}
