package dev.passerelle.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.core.inbox.InboxRepository.Recorded;
import dev.passerelle.core.store.NewEntries;
import dev.passerelle.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import dev.passerelle.core.vocabulary.StoreException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class JdbcInboxTests {

    private static final Instant AT = NewEntries.AT;

    @TempDir
    Path dataDir;

    private SqliteStore store;

    @BeforeEach
    void openStore() {
        store = SqliteStore.open(dataDir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void recognisesARedeliveryByItsKey() {
        assertThat(store.inbox().record("slack:T1:C1:1700.1", "{}", AT)).isPresent();
        assertThat(store.inbox().record("slack:T1:C1:1700.1", "{}", AT.plusSeconds(3))).isEmpty();
        assertThat(store.inbox().record("slack:T1:C1:1700.2", "{}", AT)).isPresent();
        assertThat(store.inbox().record("teams:T1:C1:1700.1", "{}", AT)).isPresent();
    }

    @Test
    void recognisesARedeliveryAfterARestartAppliedOrNot() {
        long applied = store.inbox().record("applied", "{}", AT).orElseThrow();
        store.inbox().record("waiting", "{}", AT);
        store.transactions().run(() -> store.inbox().markApplied(applied, AT));
        store.close();
        store = SqliteStore.open(dataDir);

        assertThat(store.inbox().record("applied", "{}", AT.plusSeconds(60))).isEmpty();
        assertThat(store.inbox().record("waiting", "{}", AT.plusSeconds(60))).isEmpty();
    }

    @Test
    void givesWhatIsNotAppliedOldestFirst() {
        long first = store.inbox().record("first", "{\"n\":1}", AT).orElseThrow();
        long second = store.inbox().record("second", "{\"n\":2}", AT).orElseThrow();
        long third = store.inbox().record("third", "{\"n\":3}", AT).orElseThrow();
        store.transactions().run(() -> store.inbox().markApplied(second, AT));

        assertThat(store.inbox().unapplied(10)).containsExactly(new Recorded(first, "{\"n\":1}"),
                new Recorded(third, "{\"n\":3}"));
    }

    @Test
    void aRecordIsCommittedWhenRecordReturns() throws SQLException {
        store.inbox().record("durable", "{}", AT);

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(SqliteStore.FILE_NAME));
                var rows = other.createStatement().executeQuery("SELECT count(*) FROM inbox WHERE event_key = 'durable'")) {
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void prunesOnlyAppliedEventsOlderThanTheRetention() {
        long oldApplied = store.inbox().record("old-applied", "{}", AT).orElseThrow();
        store.inbox().record("old-waiting", "{}", AT);
        long recentApplied = store.inbox().record("recent-applied", "{}", AT.plus(Duration.ofDays(8))).orElseThrow();
        store.transactions().run(() -> {
            store.inbox().markApplied(oldApplied, AT);
            store.inbox().markApplied(recentApplied, AT.plus(Duration.ofDays(8)));
        });

        int pruned = store.transactions().inTransaction(() -> store.inbox().pruneApplied(AT.plus(Duration.ofDays(7))));

        assertThat(pruned).isEqualTo(1);
        assertThat(store.inbox().record("old-applied", "{}", AT)).as("forgotten").isPresent();
        assertThat(store.inbox().record("old-waiting", "{}", AT)).as("still waiting").isEmpty();
        assertThat(store.inbox().record("recent-applied", "{}", AT)).as("remembered").isEmpty();
    }

    @Test
    void messagesHandledBeforeTheInboxExistedAreStillRecognised() throws SQLException {
        store.close();
        Path older = dataDir.resolve("older");
        SQLiteDataSource source = new SQLiteDataSource();
        older.toFile().mkdirs();
        source.setUrl("jdbc:sqlite:" + older.resolve(SqliteStore.FILE_NAME));
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO processed_events (event_key, processed_at) "
                    + "VALUES ('slack:T1:C1:1700.1', '2026-01-01T00:00:00.000000000Z')");
        }

        store = SqliteStore.open(older);

        assertThat(store.inbox().record("slack:T1:C1:1700.1", "{}", AT)).isEmpty();
        assertThat(store.inbox().unapplied(10)).isEmpty();
    }

    @Test
    @Timeout(60)
    void recordsMadeAtTheSameTimeAreEachCommittedOnceWithASeqOfTheirOwn() throws Exception {
        int keys = 400;
        List<Callable<Optional<Long>>> records = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            String key = "slack:T1:C1:1700." + k;
            // Each twice, as Slack delivers a mention's message and its app_mention at once.
            records.add(() -> store.inbox().record(key, "{}", AT));
            records.add(() -> store.inbox().record(key, "{}", AT));
        }
        List<Optional<Long>> seqs = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(32)) {
            for (Future<Optional<Long>> seq : threads.invokeAll(records)) {
                seqs.add(seq.get());
            }
        }

        List<Long> given = seqs.stream().flatMap(Optional::stream).toList();
        assertThat(given).hasSize(keys).doesNotHaveDuplicates();
        for (int k = 0; k < keys; k++) {
            assertThat(seqs.get(2 * k).isPresent() ^ seqs.get(2 * k + 1).isPresent()).as("key " + k).isTrue();
        }
        assertThat(committedRows()).isEqualTo(keys);
        assertThat(store.inbox().unapplied(1_000)).extracting(Recorded::seq).containsExactlyInAnyOrderElementsOf(given);
    }

    @Test
    @Timeout(60)
    void aRecordThatCannotBeWrittenFailsAloneNotTheRecordsCommittedWithIt() throws Exception {
        List<Callable<Optional<Long>>> records = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            String key = "good-" + k;
            records.add(() -> store.inbox().record(key, "{}", AT));
            if (k == 100) {
                records.add(() -> store.inbox().record("bad", null, AT));
            }
        }
        int failed = 0;
        try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
            for (Future<Optional<Long>> seq : threads.invokeAll(records)) {
                try {
                    seq.get();
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(StoreException.class);
                    failed++;
                }
            }
        }

        assertThat(failed).isEqualTo(1);
        assertThat(committedRows()).isEqualTo(200);
    }

    @Test
    @Timeout(30)
    void aRecordInsideATransactionIsPartOfIt() {
        assertThatThrownBy(() -> store.transactions().run(() -> {
            store.inbox().record("imported", "{}", AT);
            throw new IllegalStateException("the import stops");
        })).hasMessage("the import stops");

        assertThat(store.inbox().record("imported", "{}", AT)).as("rolled back with its transaction").isPresent();
    }

    private int committedRows() throws SQLException {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(SqliteStore.FILE_NAME));
                var rows = other.createStatement().executeQuery("SELECT count(*) FROM inbox")) {
            return rows.getInt(1);
        }
    }
}
