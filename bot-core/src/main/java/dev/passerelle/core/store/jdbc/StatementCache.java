package dev.passerelle.core.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prepared statements of one connection, kept by their SQL for the next use: SQLite's driver prepares (parses and
 * plans) a statement anew for every {@code prepareStatement}, which cost as much as the write itself. A statement
 * is taken out while in use and given back after, so a query run while another of the same SQL is still being read
 * gets a statement of its own; the least recently used are closed beyond {@code capacity}, and all of them with
 * the connection. Not thread-safe: {@link Jdbc} calls it under its lock.
 */
final class StatementCache implements AutoCloseable {

    private final Connection connection;
    private final int capacity;
    private final LinkedHashMap<String, PreparedStatement> idle;

    StatementCache(Connection connection, int capacity) {
        this.connection = connection;
        this.capacity = capacity;
        this.idle = new LinkedHashMap<>(capacity * 2, 0.75f, true);
    }

    /** A statement for {@code sql}, with no parameters bound: a kept one, or a newly prepared one. */
    PreparedStatement take(String sql) throws SQLException {
        PreparedStatement kept = idle.remove(sql);
        if (kept != null) {
            return kept;
        }
        return connection.prepareStatement(sql);
    }

    /** Keeps a statement that ran without failing for the next use of its SQL. */
    void giveBack(String sql, PreparedStatement statement) throws SQLException {
        statement.clearParameters();
        PreparedStatement other = idle.put(sql, statement);
        if (other != null && other != statement) {
            other.close();
        }
        if (idle.size() > capacity) {
            var eldest = idle.entrySet().iterator();
            Map.Entry<String, PreparedStatement> oldest = eldest.next();
            eldest.remove();
            oldest.getValue().close();
        }
    }

    /** Closes a statement that failed: its state after an error is not worth trusting. */
    void discard(@Nullable PreparedStatement statement) {
        if (statement == null) {
            return;
        }
        try {
            statement.close();
        } catch (SQLException ignored) {
            // The failure that led here is the one reported.
        }
    }

    int size() {
        return idle.size();
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : idle.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        idle.clear();
        if (first != null) {
            throw first;
        }
    }
}
