package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.curation.AuditLog;
import dev.passerelle.core.search.ChangeFeed;
import dev.passerelle.core.inbox.EventLog;
import java.time.Instant;
import java.util.List;

/** The three append-only logs: handled events, the audit trail and the change feed. */
public final class JdbcLogs implements EventLog, AuditLog, ChangeFeed {

    private final Jdbc jdbc;

    public JdbcLogs(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean firstDelivery(String eventKey, Instant at) {
        return jdbc.update("INSERT INTO processed_events (event_key, processed_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                eventKey, at) == 1;
    }

    @Override
    public void record(long actorId, String action, String target, String detail, Instant at) {
        jdbc.update("INSERT INTO audit_log (at, actor_id, action, target, detail) VALUES (?, ?, ?, ?, ?)",
                at, actorId, action, target, detail);
    }

    @Override
    public List<Change> after(long seq, int limit) {
        return jdbc.query("SELECT seq, subject, subject_id FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?",
                row -> new Change(row.getLong(1), Subject.valueOf(row.getString(2)), row.getLong(3)), seq, limit);
    }
}
