package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.search.ChangeFeed.Subject;
import dev.passerelle.core.vocabulary.StoreException;
import dev.passerelle.core.vocabulary.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Portable JDBC plumbing over one connection: parameter binding, row mapping, nested
 * transactions (the outermost one commits), and the change log append that every write shares.
 * One connection behind a lock suits an embedded database, whose writers serialise anyway.
 */
public final class Jdbc implements Transactions {

    /**
     * Times are stored as text of one fixed width, so that text order is time order (ISO-8601
     * without trailing-zero trimming, which {@link Instant#toString()} does).
     */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Distinct statements kept prepared: every SQL text the repositories write, with room for IN-list lengths. */
    private static final int STATEMENTS = 256;

    private final Connection connection;
    private final String where;
    /**
     * Fair, so that the platform threads recording events (each a short insert, before their acknowledgement)
     * take their turn between two events the worker applies, instead of the worker taking the lock again and
     * again while they wait.
     */
    private final ReentrantLock lock = new ReentrantLock(true);

    /** The statements prepared on {@link #connection}, kept for the next use of the same SQL. */
    private final StatementCache statements;

    public Jdbc(Connection connection, String where) {
        this.connection = connection;
        this.where = where;
        this.statements = new StatementCache(connection, STATEMENTS);
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        boolean outermost = lock.getHoldCount() == 1;
        try {
            if (outermost) {
                connection.setAutoCommit(false);
            }
            T result = work.get();
            if (outermost) {
                connection.commit();
            }
            return result;
        } catch (SQLException e) {
            rollbackQuietly(outermost);
            throw failure(e);
        } catch (RuntimeException | Error e) {
            // Errors too: restoring auto-commit below would otherwise commit half the work.
            rollbackQuietly(outermost);
            throw e;
        } finally {
            try {
                if (outermost) {
                    restoreAutoCommit();
                }
            } finally {
                // A closed connection fails here too: the lock must still go, or every later caller waits forever.
                lock.unlock();
            }
        }
    }

    @Override
    public boolean othersWaiting() {
        return lock.hasQueuedThreads();
    }

    /** Whether this thread is inside a transaction (or a statement) of this connection: what it runs joins it. */
    public boolean heldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        return locked(() -> {
            PreparedStatement statement = null;
            try {
                statement = prepare(sql, args);
                List<T> result = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        result.add(mapper.map(rows));
                    }
                }
                statements.giveBack(sql, statement);
                return result;
            } catch (SQLException e) {
                statements.discard(statement);
                throw failure(e);
            } catch (RuntimeException e) {
                // A row mapper's failure: the statement may be mid-result; it is not used again.
                statements.discard(statement);
                throw e;
            }
        });
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... args) {
        return query(sql, mapper, args).stream().findFirst();
    }

    public int update(String sql, Object... args) {
        return locked(() -> {
            PreparedStatement statement = null;
            try {
                statement = prepare(sql, args);
                int count = statement.executeUpdate();
                statements.giveBack(sql, statement);
                return count;
            } catch (SQLException e) {
                statements.discard(statement);
                throw failure(e);
            }
        });
    }

    /** Runs an INSERT … RETURNING id and gives the new id. */
    public long insert(String sql, Object... args) {
        return queryOne(sql, row -> row.getLong(1), args)
                .orElseThrow(() -> new StoreException("The database returned no id for a new row in " + where, null));
    }

    /**
     * Takes the next id of {@code sequence} (a row of {@code id_sequences}). Unlike a row id, it is never
     * given again, even once the row that had it is deleted. Call inside the write's transaction, so that a
     * write that fails gives its id back.
     */
    public long nextId(String sequence) {
        return queryOne("UPDATE id_sequences SET last_id = last_id + 1 WHERE name = ? RETURNING last_id",
                row -> row.getLong(1), sequence)
                .orElseThrow(() -> new StoreException("The knowledge base in " + where + " has lost its id sequence '"
                        + sequence + "' (table id_sequences): restore the database from a backup.", null));
    }

    /** Tells the derived views that this thing changed. Call inside the write's transaction. */
    public void changed(Subject subject, long id, Instant at) {
        update("INSERT INTO change_log (subject, subject_id, changed_at) VALUES (?, ?, ?)", subject.name(), id, at);
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement statement = statements.take(sql);
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            statement.setObject(i + 1, switch (arg) {
                case Boolean b -> b ? 1 : 0;
                case Instant instant -> TIME.format(instant);
                case null, default -> arg;
            });
        }
        return statement;
    }

    private void rollbackQuietly(boolean outermost) {
        if (!outermost) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting.
        }
    }

    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    StoreException failure(SQLException e) {
        return new StoreException("The knowledge base in " + where
                + " could not be read or written (is the disk full, or the file used by another process?): "
                + e.getMessage(), e);
    }

    public void close() {
        try {
            try {
                statements.close();
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
