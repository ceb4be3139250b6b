package dev.passerelle.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.passerelle.core.conversation.PostedReplies;
import dev.passerelle.core.conversation.PostedReply;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages the bot saw lately, by id. A Teams reaction names only the message it is on ({@code replyToId}),
 * and the bot cannot read a message back, so the author and text a reaction needs come from here. People's
 * messages are kept in memory, bounded by total text, not by count, so long messages cannot grow it without limit;
 * the bot's own replies are kept in the core's store, so that a check mark on an answer still counts after a
 * restart.
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

    private static final Logger log = LoggerFactory.getLogger(RecentMessages.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PostedReplies replies;
    private final Cache<String, Seen> messages = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS)
            .<String, Seen>weigher((key, seen) -> key.length() + seen.text().length() + 64)
            .expireAfterWrite(KEPT)
            .build();

    RecentMessages(PostedReplies replies) {
        this.replies = replies;
    }

    void remember(TeamsConversation where, String messageId, Seen seen) {
        messages.put(key(where, messageId), seen);
    }

    /**
     * One of the bot's replies, as Teams named it when it was sent. The reply has left: failing to remember it costs
     * only a later reaction on it, so it is logged, not thrown (which would fail a turn already answered).
     */
    void rememberReply(TeamsConversation where, String messageId, String text, @Nullable String thread) {
        rememberReply(where.channel().key(), messageId, text, thread, null);
    }

    /**
     * One of the bot's replies, with the card it shows when a click on it can redraw it ({@code card} null
     * otherwise).
     */
    void rememberReply(String channelKey, String messageId, String text, @Nullable String thread,
            @Nullable ObjectNode card) {
        try {
            replies.posted(new PostedReply(channelKey, messageId, thread, text, Instant.now(),
                    card == null ? null : card.toString()));
        } catch (RuntimeException e) {
            log.warn("Teams: could not remember reply {} in {}: a reaction or a click on it will not count", messageId,
                    channelKey, e);
        }
    }

    /** The card the bot posted as this message, as it was last shown; empty for a message it does not know. */
    Optional<ObjectNode> card(TeamsConversation where, String messageId) {
        return replies.find(where.channel().key(), messageId, Instant.now().minus(PostedReplies.KEPT))
                .flatMap(reply -> Optional.ofNullable(reply.card()))
                .flatMap(RecentMessages::tree);
    }

    /** The card as a click redrew it: the next click on it starts from there. */
    void redrawn(TeamsConversation where, String messageId, ObjectNode card) {
        try {
            replies.find(where.channel().key(), messageId, Instant.now().minus(PostedReplies.KEPT))
                    .ifPresent(reply -> replies.posted(reply.withCard(card.toString())));
        } catch (RuntimeException e) {
            log.warn("Teams: could not remember the redrawn card {} in {}", messageId, where.channel().key(), e);
        }
    }

    private static Optional<ObjectNode> tree(String json) {
        try {
            return JSON.readTree(json) instanceof ObjectNode card ? Optional.of(card) : Optional.empty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            log.warn("Teams: a stored card is not JSON ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** A person's message seen lately, or one of the bot's replies (then from {@code bot}). */
    Optional<Seen> find(TeamsConversation where, String messageId, Sender bot) {
        Seen seen = messages.getIfPresent(key(where, messageId));
        if (seen != null) {
            return Optional.of(seen);
        }
        return replies.find(where.channel().key(), messageId, Instant.now().minus(PostedReplies.KEPT))
                .map(reply -> new Seen(bot, reply.text(), reply.thread(), true));
    }

    private static String key(TeamsConversation where, String messageId) {
        return where.channel().key() + "/" + messageId;
    }
}
