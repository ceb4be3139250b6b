package dev.passerelle.app.slack;

import static org.awaitility.Awaitility.await;

import dev.passerelle.app.ReadOnlyDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The app's {@code passerelle.db}, read as it is on disk through a read-only connection of its
 * own: what was really stored, not what the app says it stored. Entries are found by the Slack
 * message they came from, which is how the tests know them.
 */
final class StoredKnowledge {

    private final Path database;

    StoredKnowledge(Path dataDir) {
        this.database = dataDir.resolve("passerelle.db");
    }

    /** An entry with its author's Slack user id. */
    record StoredEntry(long id, String kind, String status, String title, @Nullable String body, String channelKey,
            boolean restricted, String source, @Nullable String thread, int helpful, String author) {}

    private static final String ENTRY = "SELECT e.id, e.kind, e.status, e.title, e.body, e.channel_key, e.restricted,"
            + " e.source_msg, e.thread_id, e.helpful, i.user_id FROM entries e"
            + " LEFT JOIN identities i ON i.person_id = e.author_id AND i.platform = 'slack'";

    List<StoredEntry> fromMessage(String channel, String ts) {
        return query(ENTRY + " WHERE e.channel_key = ? AND e.source_msg = ? ORDER BY e.id", StoredKnowledge::entry,
                key(channel), ts);
    }

    private static StoredEntry entry(java.sql.ResultSet row) throws java.sql.SQLException {
        return new StoredEntry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getInt(7) == 1, row.getString(8), row.getString(9), row.getInt(10),
                row.getString(11));
    }

    /** The entry with this id, wherever it came from. */
    Optional<StoredEntry> entry(long id) {
        return query(ENTRY + " WHERE e.id = ?", StoredKnowledge::entry, id).stream().findFirst();
    }

    /** Waits for the app to store an entry from this message that matches. */
    StoredEntry awaitEntry(String channel, String ts, Predicate<StoredEntry> matching) {
        return await("an entry from message " + ts + " in " + channel).atMost(SlackWebApi.PATIENCE)
                .pollInterval(Duration.ofMillis(25))
                .until(() -> fromMessage(channel, ts).stream().filter(matching).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    StoredEntry awaitEntry(String channel, String ts) {
        return awaitEntry(channel, ts, entry -> true);
    }

    void awaitNoEntry(String channel, String ts) {
        await("no entry left from message " + ts + " in " + channel).atMost(SlackWebApi.PATIENCE)
                .pollInterval(Duration.ofMillis(25))
                .until(() -> fromMessage(channel, ts).isEmpty());
    }

    /** The status of the entry with this id (null when there is none). */
    @Nullable String status(long entryId) {
        return query("SELECT status FROM entries WHERE id = ?", row -> row.getString(1), entryId).stream().findFirst()
                .orElse(null);
    }

    List<String> tags(long entryId) {
        return query("SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY tag", row -> row.getString(1), entryId);
    }

    /** The feedback this person gave on this entry: true for helpful; empty when none. */
    Optional<Boolean> feedback(long entryId, String userId) {
        return query("SELECT f.helpful FROM feedback f JOIN identities i ON i.person_id = f.person_id"
                + " WHERE f.entry_id = ? AND i.platform = 'slack' AND i.user_id = ?", row -> row.getInt(1) == 1,
                entryId, userId).stream().findFirst();
    }

    /** How many +1s this entry has. */
    int votes(long entryId) {
        return query("SELECT votes FROM entries WHERE id = ?", row -> row.getInt(1), entryId).getFirst();
    }

    /** Where a pain point stands: open, acknowledged or resolved. */
    @Nullable String painStatus(long entryId) {
        return query("SELECT pain_status FROM entries WHERE id = ?", row -> row.getString(1), entryId).stream()
                .findFirst().orElse(null);
    }

    /** The texts on record as this person's expertise (what they answered, wrote, shared). */
    List<String> evidenceOf(String userId) {
        return query("SELECT v.text FROM evidence v JOIN identities i ON i.person_id = v.person_id"
                + " WHERE i.platform = 'slack' AND i.user_id = ? ORDER BY v.id", row -> row.getString(1), userId);
    }

    static String key(String channel) {
        return TestWorkspace.channelKey(channel);
    }

    private <T> List<T> query(String sql, ReadOnlyDatabase.Row<T> mapper, Object... args) {
        return new ReadOnlyDatabase(database).query(sql, mapper, args);
    }
}
