package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.knowledge.AlternateQuestion;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.GapAsk;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.knowledge.NewEntry;
import dev.passerelle.core.vocabulary.PainStatus;
import dev.passerelle.core.search.ChangeFeed.Subject;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.vocabulary.Language;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Entries in SQL; each write logs a change for the index in the same transaction. Ids come from the
 * {@code entries} id sequence, so a deleted entry's id never names another one.
 */
public final class JdbcEntries implements EntryRepository {

    private static final String COLUMNS = "id, kind, status, pain_status, title, body, language, author_id, "
            + "channel_key, restricted, source_msg, thread_id, votes, helpful, created_at, updated_at";

    private static final String ASK_COLUMNS = "entry_id, person_id, channel_key, message_id, thread_id, asked_at, "
            + "question";

    private final Jdbc jdbc;

    public JdbcEntries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Entry insert(NewEntry entry) {
        return jdbc.inTransaction(() -> {
            Instant at = entry.at();
            long id = jdbc.nextId("entries");
            jdbc.update("INSERT INTO entries (id, kind, status, pain_status, title, body, language, author_id, "
                            + "channel_key, restricted, source_msg, thread_id, votes, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                    id, entry.kind().code(), entry.status().code(),
                    entry.kind() == EntryKind.PAIN_POINT ? PainStatus.OPEN.code() : null,
                    entry.title(), entry.body(), entry.language().code(), entry.authorId(), entry.channelKey(),
                    entry.restricted(), entry.source(), entry.thread(), at, at);
            for (String tag : entry.tags()) {
                jdbc.update("INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING", id, tag);
            }
            jdbc.changed(Subject.ENTRY, id, entry.at());
            return require(id);
        });
    }

    @Override
    public Optional<Entry> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    @Override
    public List<Entry> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        return withTags(jdbc.query("SELECT " + COLUMNS + " FROM entries WHERE id IN (" + marks + ")",
                JdbcEntries::row, ids.toArray()));
    }

    @Override
    public Optional<Entry> findBySource(String channelKey, String messageId, EntryKind kind) {
        Optional<Entry> found = withTags(jdbc.query("SELECT " + COLUMNS + " FROM entries WHERE channel_key = ? "
                + "AND source_msg = ? AND kind = ? ORDER BY id LIMIT 1", JdbcEntries::row, channelKey, messageId,
                kind.code())).stream().findFirst();
        if (found.isPresent() || kind != EntryKind.QUESTION) {
            return found;
        }
        return jdbc.queryOne("SELECT entry_id FROM gap_asks WHERE channel_key = ? AND message_id = ?",
                row -> row.getLong(1), channelKey, messageId).flatMap(this::find);
    }

    @Override
    public List<Entry> list(EntryKind kind, EntryStatus status, int limit) {
        return withTags(jdbc.query("SELECT " + COLUMNS + " FROM entries WHERE kind = ? AND status = ? "
                + "ORDER BY votes DESC, updated_at DESC LIMIT ?", JdbcEntries::row, kind.code(), status.code(), limit));
    }

    @Override
    public Entry updateStatus(long id, EntryStatus status, Instant at) {
        return jdbc.inTransaction(() -> {
            jdbc.update("UPDATE entries SET status = ?, updated_at = ?, verified_at = CASE WHEN ? THEN ? "
                    + "ELSE verified_at END WHERE id = ?", status.code(), at,
                    status == EntryStatus.VERIFIED, at, id);
            jdbc.changed(Subject.ENTRY, id, at);
            return require(id);
        });
    }

    @Override
    public boolean addVote(long entryId, long personId, Instant at) {
        return jdbc.inTransaction(() -> {
            int added = jdbc.update("INSERT INTO votes (entry_id, person_id, voted_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", entryId, personId, at);
            if (added == 0) {
                return false;
            }
            jdbc.update("UPDATE entries SET votes = votes + 1, updated_at = ? WHERE id = ?", at, entryId);
            jdbc.changed(Subject.ENTRY, entryId, at);
            return true;
        });
    }

    @Override
    public boolean removeVote(long entryId, long personId, Instant at) {
        return jdbc.inTransaction(() -> {
            int removed = jdbc.update("DELETE FROM votes WHERE entry_id = ? AND person_id = ?", entryId, personId);
            if (removed == 0) {
                return false;
            }
            jdbc.update("UPDATE entries SET votes = votes - 1, updated_at = ? WHERE id = ? AND votes > 0", at, entryId);
            jdbc.changed(Subject.ENTRY, entryId, at);
            return true;
        });
    }

    @Override
    public List<Entry> findAllBySource(String channelKey, String messageId) {
        return withTags(jdbc.query("SELECT " + COLUMNS + " FROM entries WHERE channel_key = ? AND source_msg = ? ORDER BY id",
                JdbcEntries::row, channelKey, messageId));
    }

    @Override
    public Entry updateText(long id, String title, @Nullable String body, Instant at) {
        return jdbc.inTransaction(() -> {
            jdbc.update("UPDATE entries SET title = ?, body = ?, updated_at = ? WHERE id = ?", title.strip(),
                    body == null ? null : body.strip(), at, id);
            jdbc.changed(Subject.ENTRY, id, at);
            return require(id);
        });
    }

    @Override
    public void delete(long id, Instant at) {
        jdbc.run(() -> {
            jdbc.update("DELETE FROM entry_tags WHERE entry_id = ?", id);
            jdbc.update("DELETE FROM votes WHERE entry_id = ?", id);
            jdbc.update("DELETE FROM feedback WHERE entry_id = ?", id);
            jdbc.update("DELETE FROM alternate_questions WHERE entry_id = ?", id);
            jdbc.update("DELETE FROM answers_shown WHERE entry_id = ?", id);
            jdbc.update("DELETE FROM gap_asks WHERE entry_id = ?", id);
            jdbc.update("DELETE FROM pain_owners WHERE entry_id = ?", id);
            jdbc.update("DELETE FROM entry_merges WHERE entry_id = ? OR into_id = ?", id, id);
            jdbc.update("DELETE FROM entries WHERE id = ?", id);
            jdbc.changed(Subject.ENTRY, id, at);
        });
    }

    @Override
    public boolean feedback(long entryId, long personId, boolean helpful, Instant at) {
        return jdbc.inTransaction(() -> {
            Optional<Boolean> before = jdbc.queryOne("SELECT helpful FROM feedback WHERE entry_id = ? AND person_id = ?",
                    row -> row.getInt(1) == 1, entryId, personId);
            if (before.isPresent() && before.get() == helpful) {
                return false;
            }
            jdbc.update("INSERT INTO feedback (entry_id, person_id, helpful, given_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (entry_id, person_id) DO UPDATE SET helpful = excluded.helpful, given_at = excluded.given_at",
                    entryId, personId, helpful, at);
            jdbc.update("UPDATE entries SET helpful = (SELECT COALESCE(SUM(CASE WHEN helpful = 1 THEN 1 ELSE -1 END), 0) "
                    + "FROM feedback WHERE entry_id = ?) WHERE id = ?", entryId, entryId);
            jdbc.changed(Subject.ENTRY, entryId, at);
            return true;
        });
    }

    @Override
    public List<Entry> byAuthor(long personId, EntryKind kind, EntryStatus status, int limit) {
        return withTags(jdbc.query("SELECT " + COLUMNS + " FROM entries WHERE author_id = ? AND kind = ? AND status = ? "
                + "ORDER BY created_at DESC LIMIT ?", JdbcEntries::row, personId, kind.code(), status.code(), limit));
    }

    @Override
    public List<AlternateQuestion> alternates(long entryId) {
        return jdbc.query("SELECT text, folded, language, person_id, asked_at FROM alternate_questions "
                + "WHERE entry_id = ? ORDER BY id", row -> new AlternateQuestion(row.getString(1), row.getString(2),
                Language.fromCode(row.getString(3)).orElse(Language.EN), row.getLong(4), Instant.parse(row.getString(5))),
                entryId);
    }

    @Override
    public boolean addAlternate(long entryId, AlternateQuestion alternate) {
        return jdbc.inTransaction(() -> {
            int added = jdbc.update("INSERT INTO alternate_questions (entry_id, text, folded, language, person_id, "
                    + "asked_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", entryId, alternate.text(),
                    alternate.folded(), alternate.language().code(), alternate.personId(), alternate.at());
            if (added == 0) {
                return false;
            }
            jdbc.changed(Subject.ENTRY, entryId, alternate.at());
            return true;
        });
    }

    @Override
    public void addAsk(long entryId, long personId, String channelKey, String messageId, @Nullable String thread,
            Instant at) {
        jdbc.update("INSERT INTO gap_asks (channel_key, message_id, entry_id, person_id, thread_id, asked_at) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", channelKey, messageId, entryId, personId, thread, at);
    }

    @Override
    public void addAsk(long entryId, long personId, String channelKey, String messageId, @Nullable String thread,
            Instant at, String question) {
        jdbc.update("INSERT INTO gap_asks (channel_key, message_id, entry_id, person_id, thread_id, asked_at, question) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", channelKey, messageId, entryId, personId,
                thread, at, question);
    }

    @Override
    public Optional<Long> askedBy(String channelKey, String messageId) {
        return jdbc.queryOne("SELECT person_id FROM gap_asks WHERE channel_key = ? AND message_id = ?",
                row -> row.getLong(1), channelKey, messageId);
    }

    @Override
    public Optional<GapAsk> askIn(String channelKey, String messageId) {
        return jdbc.queryOne("SELECT " + ASK_COLUMNS + " FROM gap_asks WHERE channel_key = ? AND message_id = ?",
                JdbcEntries::ask, channelKey, messageId);
    }

    @Override
    public List<GapAsk> asks(long entryId) {
        return jdbc.query("SELECT " + ASK_COLUMNS + " FROM gap_asks WHERE entry_id = ? ORDER BY asked_at, message_id",
                JdbcEntries::ask, entryId);
    }

    @Override
    public void removeAsk(GapAsk ask) {
        jdbc.update("DELETE FROM gap_asks WHERE channel_key = ? AND message_id = ?", ask.channelKey(),
                ask.messageId());
    }

    @Override
    public void handOver(long entryId, GapAsk next, Instant at) {
        jdbc.run(() -> {
            removeAsk(next);
            jdbc.update("UPDATE entries SET author_id = ?, channel_key = ?, source_msg = ?, thread_id = ?, "
                    + "updated_at = ? WHERE id = ?", next.personId(), next.channelKey(), next.messageId(),
                    next.thread(), at, entryId);
            jdbc.changed(Subject.ENTRY, entryId, at);
        });
    }

    private static GapAsk ask(ResultSet row) throws SQLException {
        return new GapAsk(row.getLong("entry_id"), row.getLong("person_id"), row.getString("channel_key"),
                row.getString("message_id"), row.getString("thread_id"), Instant.parse(row.getString("asked_at")),
                row.getString("question"));
    }

    private Entry require(long id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("entry " + id + " vanished"));
    }

    private List<Entry> withTags(List<Entry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        String marks = entries.stream().map(e -> "?").collect(Collectors.joining(","));
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.query("SELECT entry_id, tag FROM entry_tags WHERE entry_id IN (" + marks + ") ORDER BY tag",
                row -> tags.computeIfAbsent(row.getLong(1), k -> new java.util.ArrayList<>()).add(row.getString(2)),
                entries.stream().map(Entry::id).toArray());
        return entries.stream().map(e -> new Entry(e.id(), e.kind(), e.status(), e.painStatus(), e.title(), e.body(),
                e.language(), e.authorId(), e.channelKey(), e.restricted(), e.source(), e.thread(), e.votes(), e.helpful(),
                tags.getOrDefault(e.id(), List.of()), e.createdAt(), e.updatedAt())).toList();
    }

    private static Entry row(ResultSet row) throws SQLException {
        String pain = row.getString("pain_status");
        return new Entry(row.getLong("id"), EntryKind.fromCode(row.getString("kind")),
                EntryStatus.fromCode(row.getString("status")), pain == null ? null : PainStatus.fromCode(pain),
                row.getString("title"), row.getString("body"),
                Language.fromCode(row.getString("language")).orElse(Language.EN), row.getLong("author_id"),
                row.getString("channel_key"), row.getInt("restricted") == 1, row.getString("source_msg"),
                row.getString("thread_id"), row.getInt("votes"), row.getInt("helpful"), List.of(),
                Instant.parse(row.getString("created_at")), Instant.parse(row.getString("updated_at")));
    }

    @Override
    public List<Entry> changedAfter(long change, EntryKind kind) {
        return withTags(jdbc.query("SELECT " + COLUMNS + " FROM entries WHERE kind = ? AND id IN (SELECT subject_id "
                + "FROM change_log WHERE seq > ? AND subject = ?) ORDER BY id", JdbcEntries::row, kind.code(), change,
                Subject.ENTRY.name()));
    }
}
