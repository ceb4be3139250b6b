package dev.passerelle.teams;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The messages the bot saw lately, by id. A Teams reaction names only the message it is on ({@code replyToId}),
 * and the bot cannot read a message back, so the author and text a reaction needs come from here. Bounded by
 * total text, not by count, so long messages cannot grow it without limit.
 */
final class RecentMessages {

    private static final long MAX_CHARACTERS = 4_000_000;
    private static final Duration KEPT = Duration.ofDays(7);

    /**
     * A message as a reaction needs it.
     *
     * @param fromBot true for the bot's own replies: only a check mark on them means something (the answer helped)
     */
    record Seen(Sender author, String text, @Nullable String thread, boolean fromBot) {

        Seen(Sender author, String text, @Nullable String thread) {
            this(author, text, thread, false);
        }
    }

    private final Cache<String, Seen> messages = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS)
            .<String, Seen>weigher((key, seen) -> key.length() + seen.text().length() + 64)
            .expireAfterWrite(KEPT)
            .build();

    void remember(TeamsConversation where, String messageId, Seen seen) {
        messages.put(key(where, messageId), seen);
    }

    Optional<Seen> find(TeamsConversation where, String messageId) {
        return Optional.ofNullable(messages.getIfPresent(key(where, messageId)));
    }

    private static String key(TeamsConversation where, String messageId) {
        return where.channel().key() + "/" + messageId;
    }
}
