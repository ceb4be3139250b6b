package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.PendingFile;
import dev.passerelle.core.conversation.PendingFiles;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Files waiting for their answer, in SQL. Not indexed: nothing is logged in the change log. */
public final class JdbcPendingFiles implements PendingFiles {

    private static final String COLUMNS = "id, platform, workspace, conversation, user_id, language, name, media_type, "
            + "content, created_at";

    private final Jdbc jdbc;

    public JdbcPendingFiles(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(PendingFile pending) {
        Block.File file = pending.file();
        jdbc.update("INSERT INTO pending_files (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", pending.id(),
                pending.platform().code(), pending.workspace(), pending.conversation(), pending.user(),
                pending.language().code(), file.name(), file.mediaType(), file.bytes(), pending.created());
    }

    @Override
    public Optional<PendingFile> find(String id, Instant offeredSince) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM pending_files WHERE id = ? AND created_at >= ?",
                JdbcPendingFiles::pending, id, offeredSince);
    }

    @Override
    public boolean drop(String id) {
        return jdbc.update("DELETE FROM pending_files WHERE id = ?", id) > 0;
    }

    @Override
    public int expire(Instant offeredBefore) {
        return jdbc.update("DELETE FROM pending_files WHERE created_at < ?", offeredBefore);
    }

    private static PendingFile pending(ResultSet row) throws SQLException {
        return new PendingFile(row.getString("id"),
                Platform.valueOf(row.getString("platform").toUpperCase(Locale.ROOT)), row.getString("workspace"),
                row.getString("conversation"), row.getString("user_id"),
                Language.fromCode(row.getString("language")).orElse(Language.EN),
                new Block.File(row.getString("name"), row.getString("media_type"), row.getBytes("content")),
                Instant.parse(row.getString("created_at")));
    }
}
