package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.curation.AuditLog;
import dev.passerelle.core.search.ChangeFeed;
import java.time.Instant;
import java.util.List;

/** The two append-only logs: the audit trail and the change feed. */
public final class JdbcLogs implements AuditLog, ChangeFeed {

    private final Jdbc jdbc;

    public JdbcLogs(Jdbc jdbc) {
        this.jdbc = jdbc;
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
