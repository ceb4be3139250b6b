package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.inbox.InboxRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The inbox table. A record is committed on its own, before the platform is acknowledged. */
public final class JdbcInbox implements InboxRepository {

    private final Jdbc jdbc;

    public JdbcInbox(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> record(String key, String payload, Instant at) {
        return jdbc.inTransaction(() -> jdbc.queryOne("INSERT INTO inbox (event_key, payload, received_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (event_key) DO NOTHING RETURNING seq", row -> row.getLong(1), key, payload, at));
    }

    @Override
    public List<Recorded> unapplied(int limit) {
        return jdbc.query("SELECT seq, payload FROM inbox WHERE applied_at IS NULL ORDER BY seq LIMIT ?",
                row -> new Recorded(row.getLong(1), row.getString(2)), limit);
    }

    @Override
    public void markApplied(long seq, Instant at) {
        jdbc.update("UPDATE inbox SET applied_at = ? WHERE seq = ?", at, seq);
    }

    @Override
    public int pruneApplied(Instant before) {
        return jdbc.update("DELETE FROM inbox WHERE applied_at IS NOT NULL AND received_at < ?", before);
    }
}
