package dev.passerelle.app.teams;

import static org.awaitility.Awaitility.await;

import dev.passerelle.app.ReadOnlyDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The app's {@code passerelle.db}, read as it is on disk through a read-only connection of its own: what was
 * really stored, not what the app says it stored. Teams entries are found by the number the bot announced
 * ("Saved as FAQ #12"), people by their Teams user id.
 */
final class StoredTeamsKnowledge {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Path database;

    StoredTeamsKnowledge(Path dataDir) {
        this.database = dataDir.resolve("passerelle.db");
    }

    /** An entry with its author's name and Teams user id. */
    record StoredEntry(long id, String kind, String status, String title, @Nullable String body, String channelKey,
            boolean restricted, @Nullable String source, int votes, int helpful, @Nullable String verifiedAt,
            String authorName, @Nullable String authorUserId) {}

    /** A person as the roster described them. */
    record StoredPerson(String name, @Nullable String email) {}

    Optional<StoredEntry> entry(long id) {
        return query("SELECT e.id, e.kind, e.status, e.title, e.body, e.channel_key, e.restricted, e.source_msg,"
                + " e.votes, e.helpful, e.verified_at, p.display_name, i.user_id FROM entries e"
                + " JOIN people p ON p.id = e.author_id"
                + " LEFT JOIN identities i ON i.person_id = e.author_id AND i.platform = 'teams'"
                + " WHERE e.id = ?", row -> new StoredEntry(row.getLong(1), row.getString(2), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getInt(7) == 1, row.getString(8),
                row.getInt(9), row.getInt(10), row.getString(11), row.getString(12), row.getString(13)), id)
                .stream().findFirst();
    }

    /** The entries taken from this message of this conversation (a channel key such as {@code teams:<tenant>:<id>}). */
    List<Long> fromMessage(String channelKey, String messageId) {
        return query("SELECT id FROM entries WHERE channel_key = ? AND source_msg = ? ORDER BY id",
                row -> row.getLong(1), channelKey, messageId);
    }

    /** Waits for the entry to be stored as {@code matching} says. */
    StoredEntry awaitEntry(long id, Predicate<StoredEntry> matching) {
        return await("entry #" + id).atMost(PATIENCE).pollInterval(Duration.ofMillis(25))
                .until(() -> entry(id).filter(matching), Optional::isPresent).orElseThrow();
    }

    StoredEntry awaitEntry(long id) {
        return awaitEntry(id, entry -> true);
    }

    List<String> tags(long entryId) {
        return query("SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY tag", row -> row.getString(1), entryId);
    }

    /** The feedback this Teams user gave on this entry: true for helpful; empty when none. */
    Optional<Boolean> feedback(long entryId, String teamsUserId) {
        return query("SELECT f.helpful FROM feedback f JOIN identities i ON i.person_id = f.person_id"
                + " WHERE f.entry_id = ? AND i.platform = 'teams' AND i.user_id = ?", row -> row.getInt(1) == 1,
                entryId, teamsUserId).stream().findFirst();
    }

    /** The Teams user ids of everyone who backed this pain point, in the order they did. */
    List<String> voters(long entryId) {
        return query("SELECT i.user_id FROM votes v JOIN identities i ON i.person_id = v.person_id"
                + " AND i.platform = 'teams' WHERE v.entry_id = ? ORDER BY v.voted_at, i.user_id",
                row -> row.getString(1), entryId);
    }

    /** Where a pain point stands: open, acknowledged or resolved. */
    Optional<String> painStatus(long entryId) {
        return query("SELECT pain_status FROM entries WHERE id = ?", row -> row.getString(1), entryId).stream()
                .findFirst();
    }

    /** What the audit log says this Teams user did to this entry. */
    List<String> audit(long entryId, String teamsUserId) {
        return query("SELECT a.action || ' ' || a.detail FROM audit_log a JOIN identities i ON i.person_id = a.actor_id"
                + " AND i.platform = 'teams' WHERE a.target = ? AND i.user_id = ? ORDER BY a.id",
                row -> row.getString(1), "entry:" + entryId, teamsUserId);
    }

    Optional<StoredPerson> person(String teamsUserId) {
        return query("SELECT p.display_name, p.email FROM people p JOIN identities i ON i.person_id = p.id"
                + " WHERE i.platform = 'teams' AND i.user_id = ?", row -> new StoredPerson(row.getString(1),
                row.getString(2)), teamsUserId).stream().findFirst();
    }

    /** Rows in a table of the knowledge base (a name from this class, never from input). */
    long count(String table) {
        return query("SELECT COUNT(*) FROM " + table, row -> row.getLong(1)).getFirst();
    }

    /** Whether any recorded event, entry or evidence names this Teams activity id. */
    boolean mentionsActivity(String activityId) {
        return query("SELECT (SELECT COUNT(*) FROM inbox WHERE event_key LIKE ?)"
                + " + (SELECT COUNT(*) FROM entries WHERE source_msg = ?)"
                + " + (SELECT COUNT(*) FROM evidence WHERE message_id = ?)", row -> row.getLong(1),
                "%" + activityId + "%", activityId, activityId).getFirst() > 0;
    }

    boolean exists() {
        return Files.isRegularFile(database);
    }

    private <T> List<T> query(String sql, ReadOnlyDatabase.Row<T> mapper, Object... args) {
        return new ReadOnlyDatabase(database).query(sql, mapper, args);
    }
}
