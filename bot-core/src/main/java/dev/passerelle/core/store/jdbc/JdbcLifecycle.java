package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.knowledge.lifecycle.LifecycleRepository;
import dev.passerelle.core.search.ChangeFeed.Subject;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Platform;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lifecycle's reads and writes in portable SQL. An entry's last check is its {@code verified_at}, or its
 * creation for one written verified; its verifier is the last "verify" or "reverify" line of the audit log.
 */
public final class JdbcLifecycle implements LifecycleRepository {

    private static final String CHECKED = "COALESCE(verified_at, created_at)";

    private final Jdbc jdbc;

    public JdbcLifecycle(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Checked> checkedBefore(EntryKind kind, Instant before) {
        return jdbc.query("SELECT id, kind, " + CHECKED + " FROM entries WHERE status = 'verified' AND kind = ? AND "
                        + CHECKED + " < ? ORDER BY " + CHECKED + ", id",
                row -> new Checked(row.getLong(1), EntryKind.fromCode(row.getString(2)), Instant.parse(row.getString(3))),
                kind.code(), before);
    }

    @Override
    public Map<Long, Instant> checkedAt(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> checked = new LinkedHashMap<>();
        jdbc.query("SELECT id, " + CHECKED + " FROM entries WHERE status = 'verified' AND id IN (" + marks(entryIds)
                + ")", row -> checked.put(row.getLong(1), Instant.parse(row.getString(2))), entryIds.toArray());
        return checked;
    }

    @Override
    public void reverify(long entryId, Instant at) {
        jdbc.inTransaction(() -> {
            jdbc.update("UPDATE entries SET verified_at = ?, updated_at = ? WHERE id = ?", at, at, entryId);
            jdbc.changed(Subject.ENTRY, entryId, at);
            return null;
        });
    }

    @Override
    public Optional<Long> lastVerifier(long entryId) {
        return jdbc.queryOne("SELECT actor_id FROM audit_log WHERE action IN ('verify', 'reverify') AND target = ? "
                + "ORDER BY id DESC LIMIT 1", row -> row.getLong(1), "entry:" + entryId);
    }

    @Override
    public boolean remindedOf(long entryId, Instant checkedAt) {
        return jdbc.queryOne("SELECT 1 FROM verification_reminders WHERE entry_id = ? AND checked_at = ?",
                row -> true, entryId, checkedAt).isPresent();
    }

    @Override
    public boolean reminded(long entryId, Instant checkedAt, Long personId, Instant at) {
        return jdbc.update("INSERT INTO verification_reminders (entry_id, checked_at, person_id, sent_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", entryId, checkedAt, personId, at) == 1;
    }

    @Override
    public boolean digestPosted(String period, String channelKey, Instant at) {
        return jdbc.update("INSERT INTO digests (period, channel_key, posted_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", period, channelKey, at) == 1;
    }

    @Override
    public List<Long> verifiedSince(EntryKind kind, Instant since, int limit) {
        return jdbc.query("SELECT id FROM entries WHERE status = 'verified' AND kind = ? AND verified_at >= ? "
                + "ORDER BY verified_at DESC, id DESC LIMIT ?", row -> row.getLong(1), kind.code(), since, limit);
    }

    @Override
    public List<Long> openPainPoints(int limit) {
        return jdbc.query("SELECT id FROM entries WHERE kind = 'pain_point' AND status <> 'archived' "
                + "AND COALESCE(pain_status, 'open') <> 'resolved' ORDER BY votes DESC, id LIMIT ?",
                row -> row.getLong(1), limit);
    }

    @Override
    public Map<Long, Integer> votesSince(Collection<Long> entryIds, Instant since) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> votes = new LinkedHashMap<>();
        Object[] args = java.util.stream.Stream.concat(entryIds.stream(), java.util.stream.Stream.of(since)).toArray();
        jdbc.query("SELECT entry_id, COUNT(*) FROM votes WHERE entry_id IN (" + marks(entryIds) + ") AND voted_at >= ? "
                + "GROUP BY entry_id", row -> votes.put(row.getLong(1), row.getInt(2)), args);
        return votes;
    }

    @Override
    public Map<Long, Integer> openGaps(int limit) {
        Map<Long, Integer> gaps = new LinkedHashMap<>();
        jdbc.query("SELECT e.id, 1 + (SELECT COUNT(*) FROM gap_asks a WHERE a.entry_id = e.id) AS asked FROM entries e "
                        + "WHERE e.kind = 'question' AND e.status = 'open' ORDER BY asked DESC, e.id LIMIT ?",
                row -> gaps.put(row.getLong(1), row.getInt(2)), limit);
        return gaps;
    }

    @Override
    public Map<Long, Long> writtenSince(Instant since) {
        Map<Long, Long> written = new LinkedHashMap<>();
        jdbc.query("SELECT id, author_id FROM entries WHERE kind <> 'question' AND status <> 'archived' "
                + "AND created_at >= ? ORDER BY id", row -> written.put(row.getLong(1), row.getLong(2)), since);
        return written;
    }

    @Override
    public Optional<KnownChannel> channel(Platform platform, String channelId) {
        return jdbc.queryOne("SELECT channel_key, workspace FROM channels WHERE platform = ? AND channel_id = ? "
                + "ORDER BY created_at LIMIT 1", row -> new KnownChannel(row.getString(1), row.getString(2)),
                platform.code(), channelId);
    }

    private static String marks(Collection<?> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(", "));
    }
}
