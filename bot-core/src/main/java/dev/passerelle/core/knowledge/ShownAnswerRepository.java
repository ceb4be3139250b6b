package dev.passerelle.core.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the bot showed whom in reply to which question; rows older than {@code forgetBefore} are dropped. */
public interface ShownAnswerRepository {

    /** Records one reply's entries (or, when it showed none, one row without an entry). */
    void record(List<ShownAnswer> shown, Instant forgetBefore);

    /** The latest time this entry was shown to this person in this conversation, since then. */
    Optional<ShownAnswer> lastShown(long personId, String channelKey, long entryId, Instant since);

    /**
     * The latest reply to this person in this conversation and thread, since then: its entries in the order shown
     * (one row without an entry when it showed none); empty when there was none.
     */
    List<ShownAnswer> lastReply(long personId, String channelKey, @Nullable String thread, Instant since);
}
