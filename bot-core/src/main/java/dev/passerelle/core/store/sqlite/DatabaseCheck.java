package dev.passerelle.core.store.sqlite;

import dev.passerelle.core.vocabulary.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * SQLite's {@code PRAGMA quick_check} on an existing database before Passerelle writes to it: a damaged page
 * otherwise goes unnoticed until a query happens to read it, while every write in between builds on it. The check
 * runs on a read-only connection, so a database it refuses is left exactly as it was found, for the operator to
 * restore or repair.
 */
final class DatabaseCheck {

    /** How many problems the refusal quotes; SQLite stops looking after them. */
    private static final int PROBLEMS_QUOTED = 3;

    private DatabaseCheck() {
    }

    static void require(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        List<String> problems = new ArrayList<>();
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA quick_check(" + PROBLEMS_QUOTED + ")")) {
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("SQLITE_CORRUPT")) {
                return; // not a database at all, or locked: opening it says so, naming the file
            }
            problems.add(e.getMessage());
        }
        if (!problems.equals(List.of("ok"))) {
            throw new StoreException("The knowledge base " + file.toAbsolutePath() + " is damaged (SQLite quick_check: "
                    + String.join("; ", problems).replace('\n', ' ') + "). Passerelle did not start and left the file untouched: "
                    + "restore it from a backup, or recover it with the sqlite3 tool's .recover.", null);
        }
    }
}
