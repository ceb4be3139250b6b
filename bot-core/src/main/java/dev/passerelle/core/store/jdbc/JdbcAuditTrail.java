package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.curation.AuditTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The audit log read back, in SQL. */
public final class JdbcAuditTrail implements AuditTrail {

    private final Jdbc jdbc;

    public JdbcAuditTrail(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Line> last(int limit, int skip, @Nullable Long actorId, @Nullable String target) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (actorId != null) {
            where.append(" AND actor_id = ?");
            args.add(actorId);
        }
        if (target != null) {
            where.append(" AND target = ?");
            args.add(target);
        }
        args.add(limit);
        args.add(skip);
        return jdbc.query("SELECT id, at, actor_id, action, target, detail FROM audit_log" + where
                        + " ORDER BY id DESC LIMIT ? OFFSET ?",
                row -> new Line(row.getLong(1), Instant.parse(row.getString(2)), row.getLong(3), row.getString(4),
                        row.getString(5), row.getString(6)), args.toArray());
    }
}
