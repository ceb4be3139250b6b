package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.knowledge.Evidence;
import dev.passerelle.core.search.ChangeFeed.Subject;
import dev.passerelle.core.knowledge.EvidenceRepository;
import dev.passerelle.core.vocabulary.Language;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Expertise evidence in SQL; each write logs a change for the index. */
public final class JdbcEvidence implements EvidenceRepository {

    private static final String COLUMNS = "SELECT id, person_id, message_id, thread_id, channel_key, restricted, text, "
            + "language, confirmed, created_at FROM evidence ";

    private final Jdbc jdbc;

    public JdbcEvidence(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Evidence recordAnswer(long personId, String messageId, @Nullable String thread, String channelKey,
            boolean restricted, String text, Language language, Instant at) {
        return jdbc.inTransaction(() -> {
            long id = jdbc.insert("INSERT INTO evidence (person_id, message_id, thread_id, channel_key, restricted, text, "
                    + "language, confirmed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?) RETURNING id",
                    personId, messageId, thread, channelKey, restricted, text, language.code(), at);
            jdbc.changed(Subject.EVIDENCE, id, at);
            return find(id).orElseThrow();
        });
    }

    @Override
    public Optional<Evidence> latestAnswer(String channelKey, String thread, long notBy) {
        return jdbc.queryOne(COLUMNS + "WHERE channel_key = ? AND thread_id = ? AND person_id <> ? "
                + "ORDER BY created_at DESC, id DESC LIMIT 1", JdbcEvidence::row, channelKey, thread, notBy);
    }

    @Override
    public Evidence confirm(long evidenceId) {
        return jdbc.inTransaction(() -> {
            jdbc.update("UPDATE evidence SET confirmed = 1 WHERE id = ?", evidenceId);
            jdbc.changed(Subject.EVIDENCE, evidenceId, Instant.now());
            return find(evidenceId).orElseThrow();
        });
    }

    @Override
    public Optional<Evidence> find(long id) {
        return jdbc.queryOne(COLUMNS + "WHERE id = ?", JdbcEvidence::row, id);
    }

    @Override
    public Optional<Evidence> findByMessage(String channelKey, String messageId) {
        return jdbc.queryOne(COLUMNS + "WHERE channel_key = ? AND message_id = ? ORDER BY id LIMIT 1", JdbcEvidence::row,
                channelKey, messageId);
    }

    @Override
    public Evidence updateText(long evidenceId, String text) {
        return jdbc.inTransaction(() -> {
            jdbc.update("UPDATE evidence SET text = ? WHERE id = ?", text, evidenceId);
            jdbc.changed(Subject.EVIDENCE, evidenceId, Instant.now());
            return find(evidenceId).orElseThrow();
        });
    }

    @Override
    public void delete(long evidenceId) {
        jdbc.run(() -> {
            jdbc.update("DELETE FROM evidence WHERE id = ?", evidenceId);
            jdbc.changed(Subject.EVIDENCE, evidenceId, Instant.now());
        });
    }

    @Override
    public List<Evidence> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        return jdbc.query(COLUMNS + "WHERE id IN (" + marks + ")", JdbcEvidence::row, ids.toArray());
    }

    private static Evidence row(ResultSet row) throws SQLException {
        return new Evidence(row.getLong("id"), row.getLong("person_id"), row.getString("message_id"),
                row.getString("thread_id"), row.getString("channel_key"), row.getInt("restricted") == 1,
                row.getString("text"), Language.fromCode(row.getString("language")).orElse(Language.EN),
                row.getInt("confirmed") == 1, Instant.parse(row.getString("created_at")));
    }
}
