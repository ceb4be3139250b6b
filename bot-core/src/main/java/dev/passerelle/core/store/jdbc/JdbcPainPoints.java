package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.knowledge.PainPointRepository;
import dev.passerelle.core.search.ChangeFeed.Subject;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.PainStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The pain-point register in SQL: statuses on {@code entries}, backers in {@code votes}, owners in {@code pain_owners}. */
public final class JdbcPainPoints implements PainPointRepository {

    private final Jdbc jdbc;

    public JdbcPainPoints(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> withStatus(PainStatus status) {
        return jdbc.query("SELECT id FROM entries WHERE kind = ? AND pain_status = ? AND status <> ? ORDER BY id",
                row -> row.getLong(1), EntryKind.PAIN_POINT.code(), status.code(), EntryStatus.ARCHIVED.code());
    }

    @Override
    public List<Backing> backings(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        String marks = entryIds.stream().map(id -> "?").collect(Collectors.joining(","));
        return jdbc.query("SELECT v.entry_id, v.person_id, p.team, v.voted_at FROM votes v "
                        + "JOIN people p ON p.id = v.person_id WHERE v.entry_id IN (" + marks + ") "
                        + "ORDER BY v.entry_id, v.voted_at",
                row -> new Backing(row.getLong(1), row.getLong(2), row.getString(3), Instant.parse(row.getString(4))),
                entryIds.toArray());
    }

    @Override
    public void setStatus(long entryId, PainStatus status, Instant at) {
        jdbc.run(() -> {
            jdbc.update("UPDATE entries SET pain_status = ?, updated_at = ? WHERE id = ?", status.code(), at, entryId);
            jdbc.changed(Subject.ENTRY, entryId, at);
        });
    }

    @Override
    public Optional<Long> owner(long entryId) {
        return jdbc.queryOne("SELECT person_id FROM pain_owners WHERE entry_id = ?", row -> row.getLong(1), entryId);
    }

    @Override
    public void setOwner(long entryId, long personId, Instant at) {
        jdbc.update("INSERT INTO pain_owners (entry_id, person_id, assigned_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (entry_id) DO UPDATE SET person_id = excluded.person_id, "
                + "assigned_at = excluded.assigned_at", entryId, personId, at);
    }
}
