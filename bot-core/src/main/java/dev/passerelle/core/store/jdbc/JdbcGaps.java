package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.knowledge.GapClosure;
import dev.passerelle.core.knowledge.GapRepository;
import dev.passerelle.core.knowledge.GapRoute;
import dev.passerelle.core.vocabulary.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Gap closures and routes in SQL. */
public final class JdbcGaps implements GapRepository {

    private static final String ROUTE_COLUMNS = "id, gap_id, expert_id, routed_by, platform, status, routed_at";

    private final Jdbc jdbc;

    public JdbcGaps(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean close(GapClosure closure) {
        return jdbc.update("INSERT INTO gap_closures (gap_id, entry_id, closed_by, how, closed_at) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", closure.gapId(), closure.entryId(), closure.closedBy(), closure.how().code(),
                closure.at()) == 1;
    }

    @Override
    public Optional<GapClosure> closure(long gapId) {
        return jdbc.queryOne("SELECT gap_id, entry_id, closed_by, how, closed_at FROM gap_closures WHERE gap_id = ?",
                row -> new GapClosure(row.getLong(1), row.getLong(2), row.getLong(3),
                        GapClosure.How.fromCode(row.getString(4)), Instant.parse(row.getString(5))), gapId);
    }

    @Override
    public List<Long> askers(long gapId) {
        return jdbc.query("SELECT person_id FROM votes WHERE entry_id = ? ORDER BY voted_at, person_id",
                row -> row.getLong(1), gapId);
    }

    @Override
    public GapRoute route(long gapId, long expertId, long routedBy, Platform platform, Instant at) {
        long id = jdbc.insert("INSERT INTO gap_routes (gap_id, expert_id, routed_by, platform, status, routed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id", gapId, expertId, routedBy, platform.name(),
                GapRoute.Status.WAITING.code(), at);
        return new GapRoute(id, gapId, expertId, routedBy, platform, GapRoute.Status.WAITING, at);
    }

    @Override
    public List<GapRoute> waitingFor(long expertId) {
        return jdbc.query("SELECT " + ROUTE_COLUMNS + " FROM gap_routes WHERE status = ? AND expert_id = ? "
                + "ORDER BY routed_at, id", JdbcGaps::route, GapRoute.Status.WAITING.code(), expertId);
    }

    @Override
    public List<GapRoute> routes(long gapId) {
        return jdbc.query("SELECT " + ROUTE_COLUMNS + " FROM gap_routes WHERE gap_id = ? ORDER BY routed_at, id",
                JdbcGaps::route, gapId);
    }

    @Override
    public List<GapRoute> waitingSince(Instant routedBefore) {
        return jdbc.query("SELECT " + ROUTE_COLUMNS + " FROM gap_routes WHERE status = ? AND routed_at <= ? "
                + "ORDER BY routed_at, id", JdbcGaps::route, GapRoute.Status.WAITING.code(), routedBefore);
    }

    @Override
    public boolean settle(long routeId, GapRoute.Status status, Instant at) {
        return jdbc.update("UPDATE gap_routes SET status = ?, settled_at = ? WHERE id = ? AND status = ?",
                status.code(), at, routeId, GapRoute.Status.WAITING.code()) == 1;
    }

    private static GapRoute route(ResultSet row) throws SQLException {
        return new GapRoute(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                Platform.valueOf(row.getString(5)), GapRoute.Status.fromCode(row.getString(6)),
                Instant.parse(row.getString(7)));
    }
}
