package dev.passerelle.teams;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The core's inbox table, read as it is on disk through a read-only connection of its own: what was really
 * recorded, committed, whatever the bot says.
 */
final class StoredInbox {

    private final Path database;

    StoredInbox(Path dataDir) {
        this.database = dataDir.resolve("passerelle.db");
    }

    /** An event recorded under this key, and whether it was applied. */
    record Recorded(String key, boolean applied) {}

    Optional<Recorded> find(String key) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + database.toAbsolutePath());
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT event_key, applied_at IS NOT NULL FROM inbox WHERE event_key = ?")) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Recorded(row.getString(1), row.getBoolean(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the inbox of " + database, e);
        }
    }
}
