package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.knowledge.AlternateQuestion;
import dev.passerelle.core.knowledge.ReviewRepository;
import dev.passerelle.core.search.ChangeFeed.Subject;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The review queue, tags and merges in SQL; visibility is part of the query, so counts and pages agree. */
public final class JdbcReview implements ReviewRepository {

    private final Jdbc jdbc;

    public JdbcReview(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int count(Collection<EntryKind> kinds, EntryStatus status, Audience audience) {
        List<Object> args = new ArrayList<>();
        String where = where(kinds, status, audience, args);
        return jdbc.queryOne("SELECT COUNT(*) FROM entries WHERE " + where, row -> row.getInt(1), args.toArray())
                .orElse(0);
    }

    @Override
    public List<Long> page(Collection<EntryKind> kinds, EntryStatus status, Audience audience, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(kinds, status, audience, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT id FROM entries WHERE " + where + " ORDER BY created_at, id LIMIT ? OFFSET ?",
                row -> row.getLong(1), args.toArray());
    }

    /** Kinds and status, and only public entries or those of the audience's own conversations. */
    private static String where(Collection<EntryKind> kinds, EntryStatus status, Audience audience, List<Object> args) {
        kinds.forEach(kind -> args.add(kind.code()));
        args.add(status.code());
        String seen = "restricted = 0";
        if (!audience.channels().isEmpty()) {
            args.addAll(audience.channels());
            seen = "(restricted = 0 OR channel_key IN (" + marks(audience.channels().size()) + "))";
        }
        return "kind IN (" + marks(kinds.size()) + ") AND status = ? AND " + seen;
    }

    @Override
    public List<String> addTags(long entryId, Collection<String> tags, Instant at) {
        return jdbc.inTransaction(() -> {
            List<String> added = tags.stream().filter(tag -> jdbc.update(
                    "INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?) ON CONFLICT DO NOTHING", entryId, tag) > 0)
                    .toList();
            touched(entryId, added, at);
            return added;
        });
    }

    @Override
    public List<String> removeTags(long entryId, Collection<String> tags, Instant at) {
        return jdbc.inTransaction(() -> {
            List<String> removed = tags.stream().filter(tag -> jdbc.update(
                    "DELETE FROM entry_tags WHERE entry_id = ? AND tag = ?", entryId, tag) > 0).toList();
            touched(entryId, removed, at);
            return removed;
        });
    }

    private void touched(long entryId, List<String> changed, Instant at) {
        if (!changed.isEmpty()) {
            jdbc.update("UPDATE entries SET updated_at = ? WHERE id = ?", at, entryId);
            jdbc.changed(Subject.ENTRY, entryId, at);
        }
    }

    @Override
    public Optional<Long> mergedInto(long entryId) {
        return jdbc.queryOne("SELECT into_id FROM entry_merges WHERE entry_id = ?", row -> row.getLong(1), entryId);
    }

    @Override
    public Merge merge(long from, long into, List<AlternateQuestion> words, long actorId, Instant at) {
        return jdbc.inTransaction(() -> {
            int votes = jdbc.update("INSERT INTO votes (entry_id, person_id, voted_at) SELECT ?, person_id, voted_at "
                    + "FROM votes WHERE entry_id = ? ON CONFLICT DO NOTHING", into, from);
            jdbc.update("DELETE FROM votes WHERE entry_id = ?", from);
            int tags = jdbc.update("INSERT INTO entry_tags (entry_id, tag) SELECT ?, tag FROM entry_tags "
                    + "WHERE entry_id = ? ON CONFLICT DO NOTHING", into, from);
            int feedback = jdbc.update("INSERT INTO feedback (entry_id, person_id, helpful, given_at) "
                    + "SELECT ?, person_id, helpful, given_at FROM feedback WHERE entry_id = ? ON CONFLICT DO NOTHING",
                    into, from);
            jdbc.update("DELETE FROM feedback WHERE entry_id = ?", from);
            int asks = jdbc.update("UPDATE gap_asks SET entry_id = ? WHERE entry_id = ?", into, from);
            int alternates = 0;
            for (AlternateQuestion word : words) {
                alternates += jdbc.update("INSERT INTO alternate_questions (entry_id, text, folded, language, "
                        + "person_id, asked_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", into, word.text(),
                        word.folded(), word.language().code(), word.personId(), word.at());
            }
            if (!words.isEmpty()) {
                jdbc.update("DELETE FROM alternate_questions WHERE entry_id = ?", from);
            }
            // Counts follow their rows: a person who backed both is counted once.
            jdbc.update("UPDATE entries SET votes = (SELECT COUNT(*) FROM votes WHERE entry_id = ?), "
                    + "helpful = (SELECT COALESCE(SUM(CASE WHEN helpful = 1 THEN 1 ELSE -1 END), 0) FROM feedback "
                    + "WHERE entry_id = ?), updated_at = ? WHERE id = ?", into, into, at, into);
            jdbc.update("UPDATE entries SET status = ?, votes = 0, helpful = 0, updated_at = ? WHERE id = ?",
                    EntryStatus.ARCHIVED.code(), at, from);
            jdbc.update("INSERT INTO entry_merges (entry_id, into_id, merged_by, merged_at) VALUES (?, ?, ?, ?)",
                    from, into, actorId, at);
            jdbc.update("UPDATE entry_merges SET into_id = ? WHERE into_id = ?", into, from);
            jdbc.changed(Subject.ENTRY, from, at);
            jdbc.changed(Subject.ENTRY, into, at);
            reindexThreadEvidence(from, at);
            return new Merge(votes, tags, alternates, asks, feedback);
        });
    }

    /** The answers given in the merged entry's thread now support the target (see StoreIndexSource). */
    private void reindexThreadEvidence(long from, Instant at) {
        jdbc.query("SELECT v.id FROM evidence v JOIN entries e ON v.channel_key = e.channel_key "
                + "AND v.thread_id = e.source_msg WHERE e.id = ?", row -> row.getLong(1), from)
                .forEach(id -> jdbc.changed(Subject.EVIDENCE, id, at));
    }

    private static String marks(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(","));
    }
}
