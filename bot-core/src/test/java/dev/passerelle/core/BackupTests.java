package dev.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.store.Backup;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup taken while Passerelle writes, and a restore that answers from it after rebuilding the index. */
class BackupTests {

    private static final ChannelRef SALES = new ChannelRef(Platform.LOCAL, "local", "sales", ChannelType.PUBLIC);

    @TempDir
    Path temp;

    private static Message faq(int i) {
        return new Message(SALES, Sender.of("bob"), "#faq How do I open locker " + i + "? | Use the key marked k" + i,
                null, "faq-" + i, Instant.parse("2026-03-02T09:00:00Z").plusSeconds(i), false);
    }

    private static String ask(Passerelle passerelle, String question) {
        Outcome outcome = passerelle.inbox().submitAndWait(new Message(
                new ChannelRef(Platform.LOCAL, "local", "dm-alice", ChannelType.DIRECT), Sender.of("alice"), question,
                null, "ask-" + System.nanoTime(), Instant.now(), true));
        return outcome.replies().stream().map(Reply::text).collect(Collectors.joining("\n"));
    }

    @Test
    void aBackupTakenWhileCapturingIsWholeAndARestoreAnswersFromIt() throws Exception {
        Path data = temp.resolve("data");
        Path backup = temp.resolve("backup");
        AtomicInteger written = new AtomicInteger();
        Backup.Copy copy;
        try (Passerelle passerelle = Passerelle.open(data, Settings.defaults(), Clock.systemUTC())) {
            passerelle.inbox().submitAndWait(faq(0));
            written.incrementAndGet();
            AtomicBoolean copied = new AtomicBoolean();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                for (int i = 1; !copied.get() || i < 40; i++) {
                    passerelle.inbox().submitAndWait(faq(i));
                    written.incrementAndGet();
                }
            });
            while (written.get() < 20) {
                Thread.sleep(5);
            }
            copy = Passerelle.backup(data, backup);
            copied.set(true);
            writing.join();
        }

        assertThat(copy.file()).isEqualTo(backup.resolve(SqliteStore.FILE_NAME));
        // One entry a FAQ: the copy is the database at one instant, after the first 20 and before the last.
        assertThat(written.get()).isGreaterThanOrEqualTo(40);
        assertThat(copy.entries()).isBetween(20L, written.get() - 1L);
        assertThat(Files.list(backup).map(p -> p.getFileName().toString()).toList())
                .doesNotContain(SqliteStore.FILE_NAME + ".partial");

        Path restored = temp.resolve("restored");
        Backup.Restored done = Passerelle.restore(backup, restored, false, Clock.systemUTC());
        assertThat(done.copy().entries()).isEqualTo(copy.entries());
        assertThat(done.previous()).isEmpty();
        try (Passerelle reopened = Passerelle.open(restored, Settings.defaults(), Clock.systemUTC())) {
            assertThat(count(restored.resolve(SqliteStore.FILE_NAME), "entries")).isEqualTo(copy.entries());
            assertThat(reopened.index().lastApplied()).isPositive();
            assertThat(ask(reopened, "how do i open locker 0")).contains("key marked k0");
        }
    }

    @Test
    void aRestoreOverAKnowledgeBaseNeedsReplaceAndKeepsTheOneItReplaces() throws Exception {
        Path data = temp.resolve("data");
        Path other = temp.resolve("other");
        try (Passerelle first = Passerelle.open(data, Settings.defaults(), Clock.systemUTC());
                Passerelle second = Passerelle.open(other, Settings.defaults(), Clock.systemUTC())) {
            first.inbox().submitAndWait(faq(1));
            second.inbox().submitAndWait(faq(2));
        }
        Passerelle.backup(data, temp.resolve("backup"));

        assertThatThrownBy(() -> Passerelle.restore(temp.resolve("backup"), other, false, Clock.systemUTC()))
                .isInstanceOf(StoreException.class).hasMessageContaining("already holds a knowledge base; pass --replace");
        try (Passerelle untouched = Passerelle.open(other, Settings.defaults(), Clock.systemUTC())) {
            assertThat(ask(untouched, "How do I open locker 2?")).contains("key marked k2");
        }

        Backup.Restored done = Passerelle.restore(temp.resolve("backup"), other, true, Clock.systemUTC());

        assertThat(done.previous()).isPresent();
        assertThat(count(done.previous().orElseThrow(), "entries")).isPositive();
        try (Passerelle reopened = Passerelle.open(other, Settings.defaults(), Clock.systemUTC())) {
            assertThat(ask(reopened, "How do I open locker 1?")).contains("key marked k1");
            assertThat(ask(reopened, "How do I open locker 2?")).doesNotContain("key marked k2");
        }
    }

    @Test
    void aRestoreIsRefusedWhilePasserelleRunsOnTheDirectory() throws Exception {
        Path data = temp.resolve("data");
        try (Passerelle running = Passerelle.open(data, Settings.defaults(), Clock.systemUTC())) {
            running.inbox().submitAndWait(faq(1));
            Passerelle.backup(data, temp.resolve("backup"));

            assertThatThrownBy(() -> Passerelle.restore(temp.resolve("backup"), data, true, Clock.systemUTC()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("another Passerelle is using it");
            assertThat(ask(running, "How do I open locker 1?")).contains("key marked k1");
        }
    }

    @Test
    void refusesToOverwriteABackupOrToRestoreWhatIsNotOne() throws Exception {
        Path data = temp.resolve("data");
        try (Passerelle passerelle = Passerelle.open(data, Settings.defaults(), Clock.systemUTC())) {
            passerelle.inbox().submitAndWait(faq(1));
        }
        Passerelle.backup(data, temp.resolve("backup"));
        Path notADatabase = Files.createDirectories(temp.resolve("junk"));
        Files.writeString(notADatabase.resolve(SqliteStore.FILE_NAME), "hello");

        assertThatThrownBy(() -> Passerelle.backup(data, temp.resolve("backup")))
                .isInstanceOf(StoreException.class).hasMessageContaining("already holds a backup");
        assertThatThrownBy(() -> Passerelle.backup(temp.resolve("nothing"), temp.resolve("b2")))
                .isInstanceOf(StoreException.class).hasMessageContaining("nothing to back up");
        assertThatThrownBy(() -> Passerelle.restore(notADatabase, temp.resolve("fresh"), false, Clock.systemUTC()))
                .isInstanceOf(StoreException.class).hasMessageContaining("is not a Passerelle knowledge base");
        assertThatThrownBy(() -> Passerelle.restore(temp.resolve("none"), temp.resolve("fresh"), false,
                Clock.systemUTC())).isInstanceOf(StoreException.class).hasMessageContaining("No backup in");
        assertThat(temp.resolve("fresh").resolve(SqliteStore.FILE_NAME)).doesNotExist();
    }

    @Test
    void refusesABackupWrittenByANewerVersion() throws Exception {
        Path data = temp.resolve("data");
        try (Passerelle passerelle = Passerelle.open(data, Settings.defaults(), Clock.systemUTC())) {
            passerelle.inbox().submitAndWait(faq(1));
        }
        Passerelle.backup(data, temp.resolve("backup"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("backup/passerelle.db"));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                    + "script, checksum, installed_by, execution_time, success) VALUES (999, '999', 'later', 'SQL', "
                    + "'V999__later.sql', 0, 'x', 0, 1)");
        }

        assertThatThrownBy(() -> Passerelle.restore(temp.resolve("backup"), temp.resolve("fresh"), false,
                Clock.systemUTC())).isInstanceOf(StoreException.class).hasMessageContaining("newer Passerelle (schema 999)");
        assertThat(temp.resolve("fresh").resolve(SqliteStore.FILE_NAME)).doesNotExist();
    }

    private static long count(Path file, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
