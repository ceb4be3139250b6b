package dev.passerelle.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.core.vocabulary.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCacheTests {

    @TempDir
    Path dir;

    private Connection connection;
    private Jdbc jdbc;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("cache.db"));
        jdbc = new Jdbc(connection, "cache.db");
        jdbc.update("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
    }

    @AfterEach
    void close() throws SQLException {
        if (!connection.isClosed()) {
            jdbc.close();
        }
    }

    @Test
    void theSameSqlRunsAgainOnTheStatementPreparedTheFirstTime() throws SQLException {
        StatementCache cache = new StatementCache(connection, 4);
        PreparedStatement first = cache.take("SELECT text FROM notes WHERE id = ?");
        cache.giveBack("SELECT text FROM notes WHERE id = ?", first);

        PreparedStatement second = cache.take("SELECT text FROM notes WHERE id = ?");

        assertThat(second).isSameAs(first);
        assertThat(second.isClosed()).isFalse();
    }

    @Test
    void aStatementInUseIsNotHandedToAnotherQueryOfTheSameSql() throws SQLException {
        StatementCache cache = new StatementCache(connection, 4);
        PreparedStatement reading = cache.take("SELECT text FROM notes");

        PreparedStatement nested = cache.take("SELECT text FROM notes");

        assertThat(nested).isNotSameAs(reading);
        cache.giveBack("SELECT text FROM notes", nested);
        cache.giveBack("SELECT text FROM notes", reading);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(nested.isClosed()).isTrue();
    }

    @Test
    void theLeastRecentlyUsedAreClosedBeyondTheCapacity() throws SQLException {
        StatementCache cache = new StatementCache(connection, 2);
        PreparedStatement one = cache.take("SELECT 1");
        cache.giveBack("SELECT 1", one);
        PreparedStatement two = cache.take("SELECT 2");
        cache.giveBack("SELECT 2", two);
        cache.giveBack("SELECT 1", cache.take("SELECT 1"));
        PreparedStatement three = cache.take("SELECT 3");
        cache.giveBack("SELECT 3", three);

        assertThat(cache.size()).isEqualTo(2);
        assertThat(two.isClosed()).isTrue();
        assertThat(one.isClosed()).isFalse();
        assertThat(three.isClosed()).isFalse();
    }

    @Test
    void aQueryReadingRowsCanRunTheSameQueryForEachRow() {
        jdbc.update("INSERT INTO notes (id, text) VALUES (?, ?)", 1, "one");
        jdbc.update("INSERT INTO notes (id, text) VALUES (?, ?)", 2, "two");
        String byId = "SELECT text FROM notes WHERE id >= ? ORDER BY id";

        List<String> pairs = jdbc.query(byId, row -> row.getString(1) + "+"
                + String.join(",", jdbc.query(byId, inner -> inner.getString(1), 2)), 1);

        assertThat(pairs).containsExactly("one+two", "two+two");
    }

    @Test
    void parametersOfTheLastRunAreNotLeftBoundForTheNext() {
        jdbc.update("INSERT INTO notes (id, text) VALUES (?, ?)", 1, "one");
        jdbc.update("INSERT INTO notes (id, text) VALUES (?, ?)", 2, "two");

        assertThat(jdbc.queryOne("SELECT text FROM notes WHERE id = ?", row -> row.getString(1), 2)).contains("two");
        assertThat(jdbc.queryOne("SELECT text FROM notes WHERE id = ?", row -> row.getString(1), 1)).contains("one");
        assertThat(jdbc.query("SELECT text FROM notes ORDER BY id", row -> row.getString(1)))
                .containsExactly("one", "two");
    }

    @Test
    void aFailedStatementIsNotKeptAndTheNextRunOfItsSqlWorks() {
        jdbc.update("INSERT INTO notes (id, text) VALUES (?, ?)", 1, "one");
        String insert = "INSERT INTO notes (id, text) VALUES (?, ?)";

        assertThatThrownBy(() -> jdbc.update(insert, 1, "again")).isInstanceOf(StoreException.class);
        jdbc.update(insert, 2, "two");

        assertThat(jdbc.query("SELECT text FROM notes ORDER BY id", row -> row.getString(1)))
                .containsExactly("one", "two");
    }

    @Test
    void closingTheStoreClosesEveryKeptStatementWithTheConnection() throws SQLException {
        StatementCache cache = new StatementCache(connection, 4);
        PreparedStatement kept = cache.take("SELECT 1");
        cache.giveBack("SELECT 1", kept);

        cache.close();
        jdbc.close();

        assertThat(kept.isClosed()).isTrue();
        assertThat(connection.isClosed()).isTrue();
    }
}
