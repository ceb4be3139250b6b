package dev.passerelle.core.store.jdbc;

import static dev.passerelle.core.store.NewEntries.insight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.store.NewEntries;
import dev.passerelle.core.vocabulary.StoreException;
import dev.passerelle.core.vocabulary.Transactions;
import dev.passerelle.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcTransactionsTests {

    private static final Instant AT = NewEntries.AT;

    @TempDir
    Path dataDir;

    private SqliteStore store;
    private Transactions transactions;
    private long author;

    @BeforeEach
    void openStore() {
        store = SqliteStore.open(dataDir);
        transactions = store.transactions();
        author = store.people().resolve(Platform.LOCAL, "local", Sender.of("U-AUTHOR"), AT).id();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Entry insertTip(String title) {
        return store.entries().insert(insight(title).by(author).build());
    }

    @Nested
    class WhenTheWorkFails {

        @Test
        void leavesNeitherTheRowNorItsChangeBehind() {
            AtomicLong inserted = new AtomicLong();
            IllegalStateException failure = new IllegalStateException("the reply could not be built");

            assertThatThrownBy(() -> transactions.run(() -> {
                inserted.set(insertTip("Le VPN coupe à 18h").id());
                throw failure;
            })).isSameAs(failure);

            assertThat(store.entries().find(inserted.get())).isEmpty();
            assertThat(store.changes().after(0, 10)).isEmpty();
        }

        @Test
        void undoesEarlierWritesWhenALaterStatementFails() {
            AtomicLong inserted = new AtomicLong();

            assertThatThrownBy(() -> transactions.run(() -> {
                inserted.set(insertTip("Le VPN coupe à 18h").id());
                store.entries().insert(insight("Écrit par un inconnu").by(999).build());
            })).isInstanceOf(StoreException.class);

            assertThat(store.entries().find(inserted.get())).isEmpty();
            assertThat(store.changes().after(0, 10)).isEmpty();
        }

        @Test
        void leavesTheStoreUsableAfterwards() {
            assertThatThrownBy(() -> transactions.run(() -> {
                insertTip("Le VPN coupe à 18h");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);

            Entry after = insertTip("La cantine ferme à 14h");

            assertThat(store.entries().find(after.id())).isPresent();
            assertThat(store.changes().after(0, 10)).hasSize(1);
        }

        @Test
        void undoesItsWritesWhenTheWorkThrowsAnError() {
            AtomicLong inserted = new AtomicLong();

            assertThatThrownBy(() -> transactions.run(() -> {
                inserted.set(insertTip("Le VPN coupe à 18h").id());
                throw new StackOverflowError("simulated");
            })).isInstanceOf(StackOverflowError.class);

            assertThat(store.entries().find(inserted.get())).isEmpty();
            assertThat(store.changes().after(0, 10)).isEmpty();
        }
    }

    @Nested
    class WhenNested {

        @Test
        void commitsOnlyWhenTheOutermostTransactionEnds() throws SQLException {
            long[] seenInside = new long[1];

            transactions.run(() -> {
                transactions.run(() -> insertTip("Le VPN coupe à 18h"));
                seenInside[0] = committedEntries();
            });

            assertThat(seenInside[0]).as("entries on disk once the inner transaction returned").isZero();
            assertThat(committedEntries()).isEqualTo(1);
        }

        @Test
        void undoesEveryFinishedInnerTransactionWhenTheOuterWorkFailsAfterThem() {
            Entry tip = insertTip("Le VPN coupe à 18h");
            long changesBefore = store.changes().after(0, 10).size();

            assertThatThrownBy(() -> transactions.run(() -> {
                store.entries().addVote(tip.id(), author, AT);
                store.people().addSkill(author, "VPN", AT);
                throw new IllegalStateException("the audit could not be written");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(store.entries().find(tip.id()).orElseThrow().votes()).isZero();
            assertThat(store.people().skills(author)).isEmpty();
            assertThat(store.changes().after(0, 10)).hasSize((int) changesBefore);
        }

        @Test
        void givesBackWhatTheWorkReturns() {
            Entry entry = transactions.inTransaction(() -> transactions.inTransaction(() -> insertTip("Le VPN coupe")));

            assertThat(store.entries().find(entry.id())).contains(entry);
        }

        /** Counts through a connection of its own, which sees only committed data. */
        private long committedEntries() {
            String url = "jdbc:sqlite:" + dataDir.resolve(SqliteStore.FILE_NAME).toAbsolutePath();
            try (var connection = DriverManager.getConnection(url);
                    var rows = connection.createStatement().executeQuery("SELECT count(*) FROM entries")) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
