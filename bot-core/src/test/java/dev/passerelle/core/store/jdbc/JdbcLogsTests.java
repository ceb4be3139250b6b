package dev.passerelle.core.store.jdbc;

import static dev.passerelle.core.store.NewEntries.insight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.search.ChangeFeed.Change;
import dev.passerelle.core.search.ChangeFeed.Subject;
import dev.passerelle.core.store.NewEntries;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.Language;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcLogsTests {

    private static final Instant AT = NewEntries.AT;

    @TempDir
    Path dataDir;

    private SqliteStore store;
    private long author;

    @BeforeEach
    void openStore() {
        store = SqliteStore.open(dataDir);
        author = store.people().resolve(Platform.LOCAL, "local", Sender.of("U-AUTHOR"), AT).id();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Nested
    class Audit {

        @Test
        void keepsWhoDidWhatAndWhen() throws SQLException {
            store.audit().record(author, "verify", "entry:7", "draft -> verified", AT);

            String url = "jdbc:sqlite:" + dataDir.resolve(SqliteStore.FILE_NAME).toAbsolutePath();
            try (var connection = DriverManager.getConnection(url);
                    var rows = connection.createStatement()
                            .executeQuery("SELECT at, actor_id, action, target, detail FROM audit_log")) {
                assertThat(rows.next()).isTrue();
                assertThat(java.time.Instant.parse(rows.getString("at"))).isEqualTo(AT);
                assertThat(rows.getLong("actor_id")).isEqualTo(author);
                assertThat(rows.getString("action")).isEqualTo("verify");
                assertThat(rows.getString("target")).isEqualTo("entry:7");
                assertThat(rows.getString("detail")).isEqualTo("draft -> verified");
                assertThat(rows.next()).isFalse();
            }
        }

        @Test
        void isNotAChangeForTheIndex() {
            store.audit().record(author, "verify", "entry:7", "draft -> verified", AT);

            assertThat(store.changes().after(0, 10)).isEmpty();
        }
    }

    @Nested
    class TheChangeFeed {

        @Test
        void listsEveryWriteTheIndexSeesInTheOrderItHappened() {
            Entry entry = store.entries().insert(insight("Le VPN coupe à 18h").by(author).build());
            store.people().addSkill(author, "VPN", AT);
            long skill = store.people().skills(author).getFirst().id();
            long answer = store.evidence().recordAnswer(author, "M2", "T1", NewEntries.PUBLIC_CHANNEL, false,
                    "Redémarre le client VPN", Language.FR, AT).id();
            store.entries().updateStatus(entry.id(), EntryStatus.VERIFIED, AT);
            store.evidence().confirm(answer);

            List<Change> changes = store.changes().after(0, 100);

            assertThat(changes).extracting(Change::subject, Change::subjectId).containsExactly(
                    tuple(Subject.ENTRY, entry.id()),
                    tuple(Subject.SKILL, skill),
                    tuple(Subject.EVIDENCE, answer),
                    tuple(Subject.ENTRY, entry.id()),
                    tuple(Subject.EVIDENCE, answer));
            assertThat(changes).extracting(Change::seq).isSorted().doesNotHaveDuplicates();
        }

        @Test
        void givesOnlyTheChangesAfterASequenceNumberUpToTheLimit() {
            for (int i = 1; i <= 5; i++) {
                store.entries().insert(insight("Astuce numéro " + i).by(author).build());
            }
            List<Change> all = store.changes().after(0, 100);

            assertThat(store.changes().after(all.get(1).seq(), 2)).containsExactly(all.get(2), all.get(3));
            assertThat(store.changes().after(all.getLast().seq(), 100)).isEmpty();
        }

        @Test
        void isNotWrittenByReads() {
            Entry entry = store.entries().insert(insight("Le VPN coupe à 18h").by(author).build());

            store.entries().find(entry.id());
            store.entries().list(entry.kind(), entry.status(), 10);
            store.people().lookup(Platform.LOCAL, "U-AUTHOR");

            assertThat(store.changes().after(0, 100)).hasSize(1);
        }
    }
}
