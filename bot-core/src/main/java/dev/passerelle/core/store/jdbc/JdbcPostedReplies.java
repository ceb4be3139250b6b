package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.conversation.PostedReplies;
import dev.passerelle.core.conversation.PostedReply;
import java.time.Instant;
import java.util.Optional;

/** The bot's posted replies, in SQL. Not indexed: nothing is logged in the change log. */
public final class JdbcPostedReplies implements PostedReplies {

    private final Jdbc jdbc;

    public JdbcPostedReplies(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void posted(PostedReply reply) {
        jdbc.run(() -> {
            jdbc.update("DELETE FROM bot_replies WHERE posted_at < ?", reply.at().minus(KEPT));
            jdbc.update("INSERT INTO bot_replies (channel_key, message_id, thread_id, text, posted_at, card) "
                    + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel_key, message_id) DO UPDATE SET "
                    + "thread_id = excluded.thread_id, text = excluded.text, posted_at = excluded.posted_at, "
                    + "card = excluded.card",
                    reply.channelKey(), reply.messageId(), reply.thread(), reply.text(), reply.at(), reply.card());
        });
    }

    @Override
    public Optional<PostedReply> find(String channelKey, String messageId, Instant postedSince) {
        return jdbc.queryOne("SELECT channel_key, message_id, thread_id, text, posted_at, card FROM bot_replies "
                        + "WHERE channel_key = ? AND message_id = ? AND posted_at >= ?",
                row -> new PostedReply(row.getString("channel_key"), row.getString("message_id"),
                        row.getString("thread_id"), row.getString("text"), Instant.parse(row.getString("posted_at")),
                        row.getString("card")),
                channelKey, messageId, postedSince);
    }
}
