package dev.passerelle.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.conversation.PostedReplies;
import dev.passerelle.core.conversation.PostedReply;
import dev.passerelle.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot's posted replies, kept in the SQLite file across restarts, for as long as a reaction may come. */
class JdbcPostedRepliesTests {

    static final String CHAT = "teams:tenant-1:a:1personal";
    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void aReplyIsFoundByItsConversationAndIdAfterARestart() {
        try (SqliteStore store = SqliteStore.open(dataDir)) {
            store.postedReplies().posted(new PostedReply(CHAT, "sent-1", null, "Here is what I found: #1", AT));
        }
        try (SqliteStore store = SqliteStore.open(dataDir)) {
            assertThat(store.postedReplies().find(CHAT, "sent-1", AT.minusSeconds(1)))
                    .contains(new PostedReply(CHAT, "sent-1", null, "Here is what I found: #1", AT));
            assertThat(store.postedReplies().find("teams:tenant-1:other", "sent-1", AT.minusSeconds(1))).isEmpty();
        }
    }

    @Test
    void repliesOlderThanAReactionMayComeAreForgotten() {
        try (SqliteStore store = SqliteStore.open(dataDir)) {
            PostedReplies replies = store.postedReplies();
            replies.posted(new PostedReply(CHAT, "old", "root", "an old answer", AT));
            Instant later = AT.plus(PostedReplies.KEPT).plus(Duration.ofMinutes(1));

            replies.posted(new PostedReply(CHAT, "new", "root", "a new answer", later));

            assertThat(replies.find(CHAT, "old", Instant.EPOCH)).isEmpty();
            assertThat(replies.find(CHAT, "new", later.minus(PostedReplies.KEPT))).isPresent();
        }
    }

    @Test
    void aLongReplyKeepsItsBeginning() {
        PostedReply reply = new PostedReply(CHAT, "long", null, "#12 " + "x".repeat(10_000), AT);

        assertThat(reply.text()).hasSize(PostedReply.LONGEST_TEXT).startsWith("#12 ");
    }
}
