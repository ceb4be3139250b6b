package dev.passerelle.core.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.knowledge.AlternateQuestion;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.store.NewEntries;
import dev.passerelle.core.vocabulary.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTests {

    private static final Instant AT = NewEntries.AT;

    @TempDir
    Path temp;

    @Nested
    class OpeningANewDataDirectory {

        @Test
        void createsTheDirectoryAndTheDatabaseFileInIt() {
            Path dataDir = temp.resolve("not/yet/there");

            try (var store = SqliteStore.open(dataDir)) {
                assertThat(dataDir.resolve(SqliteStore.FILE_NAME)).isRegularFile();
            }
        }

        @Test
        void putsTheDatabaseInWriteAheadLogMode() throws SQLException {
            try (var store = SqliteStore.open(temp)) {
                assertThat(column(temp, "PRAGMA journal_mode")).containsExactly("wal");
            }
        }

        @Test
        void appliesEveryMigration() throws SQLException {
            try (var store = SqliteStore.open(temp)) {
                assertThat(column(temp, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank"))
                        .containsExactly("1", "2", "3", "4", "5", "6", "11");
            }
        }

        @Test
        void startsEmpty() {
            try (var store = SqliteStore.open(temp)) {
                assertThat(store.changes().after(0, 10)).isEmpty();
                assertThat(store.entries().find(1)).isEmpty();
            }
        }
    }

    @Nested
    class ReopeningAnExistingStore {

        @Test
        void keepsWhatWasWritten() {
            long entryId;
            try (var store = SqliteStore.open(temp)) {
                long author = store.people().resolve(Platform.LOCAL, "local", Sender.of("U1"), AT).id();
                entryId = store.entries().insert(NewEntries.insight("Le wiki RH a déménagé").by(author).build()).id();
            }

            try (var reopened = SqliteStore.open(temp)) {
                assertThat(reopened.entries().find(entryId)).map(Entry::title).contains("Le wiki RH a déménagé");
                assertThat(reopened.changes().after(0, 10)).hasSize(1);
            }
        }

        @Test
        void doesNotMigrateTwice() throws SQLException {
            SqliteStore.open(temp).close();

            try (var reopened = SqliteStore.open(temp)) {
                assertThat(column(temp, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank"))
                        .containsExactly("1", "2", "3", "4", "5", "6", "11");
            }
        }
    }

    /** A knowledge base written before entry ids had a sequence of their own. */
    @Nested
    class UpgradingADatabaseThatAlreadyHasEntries {

        private static final String TIME = "2025-03-03T09:00:00.000000000Z";

        @BeforeEach
        void createAtTheFirstVersionWithEntries() throws SQLException {
            Flyway.configure().dataSource(url(temp), null, null).locations("classpath:db/migration").target("1")
                    .load().migrate();
            execute(temp, "INSERT INTO people (id, display_name, created_at, updated_at) VALUES (1, 'Ana', '" + TIME
                    + "', '" + TIME + "')");
            for (long id : new long[] {3, 7}) {
                execute(temp, "INSERT INTO entries (id, kind, status, title, language, author_id, channel_key, "
                        + "restricted, created_at, updated_at) VALUES (" + id + ", 'insight', 'draft', 'Astuce " + id
                        + "', 'fr', 1, '" + NewEntries.PUBLIC_CHANNEL + "', 0, '" + TIME + "', '" + TIME + "')");
                logEntryChange(id);
            }
        }

        @Test
        void continuesAfterTheHighestEntryId() {
            try (var store = SqliteStore.open(temp)) {
                Entry next = store.entries().insert(NewEntries.insight("Le wiki RH a déménagé").by(1).build());

                assertThat(next.id()).isEqualTo(8);
                assertThat(store.entries().find(7)).map(Entry::title).contains("Astuce 7");
            }
        }

        @Test
        void continuesAfterAnEntryDeletedBeforeTheUpgrade() throws SQLException {
            logEntryChange(9);
            logEntryChange(9);

            try (var store = SqliteStore.open(temp)) {
                assertThat(store.entries().insert(NewEntries.insight("Le wiki RH a déménagé").by(1).build()).id())
                        .isEqualTo(10);
            }
        }

        /** As every write did: the change log keeps naming an entry once it is deleted. */
        private void logEntryChange(long id) throws SQLException {
            execute(temp, "INSERT INTO change_log (subject, subject_id, changed_at) VALUES ('ENTRY', " + id + ", '"
                    + TIME + "')");
        }
    }

    /** A data directory written before alternate questions: the entries keep their ids and gain none yet. */
    @Nested
    class UpgradingADatabaseAtTheInboxVersion {

        private static final String TIME = "2026-06-01T09:00:00.000000000Z";

        @BeforeEach
        void createAtTheThirdVersionWithAFaq() throws SQLException {
            Flyway.configure().dataSource(url(temp), null, null).locations("classpath:db/migration").target("3")
                    .load().migrate();
            execute(temp, "INSERT INTO people (id, display_name, created_at, updated_at) VALUES (1, 'Ana', '" + TIME
                    + "', '" + TIME + "')");
            execute(temp, "INSERT INTO entries (id, kind, status, title, body, language, author_id, channel_key, "
                    + "restricted, created_at, updated_at) VALUES (5, 'faq', 'verified', 'How do I reset my password?', "
                    + "'Use the self-service portal', 'en', 1, '" + NewEntries.PUBLIC_CHANNEL + "', 0, '" + TIME
                    + "', '" + TIME + "')");
            execute(temp, "UPDATE id_sequences SET last_id = 5 WHERE name = 'entries'");
        }

        @Test
        void addsAlternateQuestionsToExistingEntries() throws SQLException {
            try (var store = SqliteStore.open(temp)) {
                assertThat(store.entries().alternates(5)).isEmpty();
                boolean added = store.entries().addAlternate(5, new AlternateQuestion("forgot my password",
                        "forgot my password", Language.EN, 1, AT));

                assertThat(added).isTrue();
                assertThat(store.entries().alternates(5)).extracting(AlternateQuestion::text)
                        .containsExactly("forgot my password");
                assertThat(store.entries().find(5)).map(Entry::title).contains("How do I reset my password?");
            }
            assertThat(column(temp, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank"))
                    .containsExactly("1", "2", "3", "4", "5", "6", "11");
        }
    }

    @Nested
    class WhenTheDataDirectoryIsUnusable {

        @Test
        void namesTheDirectoryThatCannotBeCreated() throws Exception {
            Path blocker = Files.writeString(temp.resolve("blocker"), "a file where a directory should be");
            Path dataDir = blocker.resolve("data");

            assertThatThrownBy(() -> SqliteStore.open(dataDir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(dataDir.toAbsolutePath().toString());
        }

        @Test
        void namesTheFileThatIsNotADatabase() throws Exception {
            Path file = Files.writeString(temp.resolve(SqliteStore.FILE_NAME), "not a database, just some text ".repeat(64));

            assertThatThrownBy(() -> SqliteStore.open(temp))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString());
        }
    }

    @Nested
    class WhenTheDatabaseIsDamaged {

        @Test
        void refusesADatabaseWithACorruptPageAndLeavesTheFileUntouched() throws Exception {
            try (var store = SqliteStore.open(temp)) {
                long author = store.people().resolve(Platform.LOCAL, "local", Sender.of("U1"), AT).id();
                for (int i = 0; i < 50; i++) {
                    store.entries().insert(NewEntries.insight("Le VPN coupe à 18h, note " + i).by(author).build());
                }
            }
            Path file = temp.resolve(SqliteStore.FILE_NAME);
            int page = Integer.parseInt(column(temp, "SELECT rootpage FROM sqlite_master WHERE name = 'entries'").getFirst());
            int pageSize = Integer.parseInt(column(temp, "PRAGMA page_size").getFirst());
            byte[] bytes = Files.readAllBytes(file);
            Arrays.fill(bytes, (page - 1) * pageSize, page * pageSize, (byte) 0xA5);
            Files.write(file, bytes);

            assertThatThrownBy(() -> SqliteStore.open(temp))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("The knowledge base " + file.toAbsolutePath() + " is damaged")
                    .hasMessageContaining("quick_check");
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        }
    }

    private static String url(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve(SqliteStore.FILE_NAME).toAbsolutePath();
    }

    private static void execute(Path dataDir, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(dataDir));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** Reads through a connection of its own, so the answer is what is on disk, not the store's view. */
    private static List<String> column(Path dataDir, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(dataDir));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
