package dev.passerelle.core.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The bot's own messages, by the platform's id, for a platform whose reactions name only the message they are on
 * and which cannot read the bot's message back (Teams): kept in the store, so that a check mark on an answer posted
 * before a restart still says it helped. Kept {@link #KEPT}, as long as a confirmation may come.
 */
public interface PostedReplies {

    Duration KEPT = Duration.ofDays(7);

    /** Remembers one reply the bot posted; forgets those posted before {@code reply.at() - KEPT}. */
    void posted(PostedReply reply);

    Optional<PostedReply> find(String channelKey, String messageId, Instant postedSince);
}
