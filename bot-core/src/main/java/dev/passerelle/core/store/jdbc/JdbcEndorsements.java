package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.expertise.Endorsements;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Endorsements in SQL. */
public final class JdbcEndorsements implements Endorsements {

    private static final String COLUMNS = "person_id, topic, folded, endorsed_by, made_skill, endorsed_at";

    private final Jdbc jdbc;

    public JdbcEndorsements(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Endorsement> of(long personId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM endorsements WHERE person_id = ? ORDER BY endorsed_at, topic",
                JdbcEndorsements::row, personId);
    }

    @Override
    public boolean add(Endorsement e) {
        return jdbc.update("INSERT INTO endorsements (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (person_id, folded) DO NOTHING", e.personId(), e.topic(), e.folded(), e.endorsedBy(),
                e.madeSkill(), e.at()) > 0;
    }

    @Override
    public Optional<Endorsement> remove(long personId, String folded) {
        return jdbc.inTransaction(() -> {
            Optional<Endorsement> found = jdbc.queryOne("SELECT " + COLUMNS + " FROM endorsements WHERE person_id = ? "
                    + "AND folded = ?", JdbcEndorsements::row, personId, folded);
            found.ifPresent(e -> jdbc.update("DELETE FROM endorsements WHERE person_id = ? AND folded = ?", personId,
                    folded));
            return found;
        });
    }

    private static Endorsement row(ResultSet row) throws SQLException {
        return new Endorsement(row.getLong("person_id"), row.getString("topic"), row.getString("folded"),
                row.getLong("endorsed_by"), row.getInt("made_skill") == 1, Instant.parse(row.getString("endorsed_at")));
    }
}
