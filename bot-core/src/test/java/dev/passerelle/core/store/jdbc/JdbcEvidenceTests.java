package dev.passerelle.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.knowledge.Evidence;
import dev.passerelle.core.knowledge.EvidenceRepository;
import dev.passerelle.core.store.NewEntries;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.Language;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcEvidenceTests {

    private static final Instant AT = NewEntries.AT;
    private static final String CHANNEL = "slack:T-ACME:C-IT";

    @TempDir
    Path dataDir;

    private SqliteStore store;
    private EvidenceRepository evidence;
    private long asker;
    private long expert;

    @BeforeEach
    void openStore() {
        store = SqliteStore.open(dataDir);
        evidence = store.evidence();
        asker = store.people().resolve(Platform.SLACK, "T-ACME", Sender.of("U-ASKER"), AT).id();
        expert = store.people().resolve(Platform.SLACK, "T-ACME", Sender.of("U-EXPERT"), AT).id();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Evidence answer(long by, String messageId, String text, Instant at) {
        return evidence.recordAnswer(by, messageId, "T1", CHANNEL, false, text, Language.FR, at);
    }

    @Test
    void recordsAnAnswerAsNotYetConfirmed() {
        Evidence given = evidence.recordAnswer(expert, "M2", "T1", CHANNEL, true, "Redémarre le client VPN",
                Language.FR, AT);

        assertThat(given.personId()).isEqualTo(expert);
        assertThat(given.messageId()).isEqualTo("M2");
        assertThat(given.thread()).isEqualTo("T1");
        assertThat(given.restricted()).isTrue();
        assertThat(given.confirmed()).isFalse();
        assertThat(given.createdAt()).isEqualTo(AT);
        assertThat(evidence.find(given.id())).contains(given);
    }

    @Test
    void confirmsAnAnswer() {
        Evidence given = answer(expert, "M2", "Redémarre le client VPN", AT);

        assertThat(evidence.confirm(given.id()).confirmed()).isTrue();
        assertThat(evidence.find(given.id()).orElseThrow().confirmed()).isTrue();
    }

    @Test
    void givesTheLatestAnswerInTheThreadBySomeoneElse() {
        answer(expert, "M2", "Essaie de redémarrer", AT);
        Evidence latest = answer(expert, "M3", "Sinon, réinstalle le client VPN", AT.plusSeconds(60));
        answer(asker, "M4", "Merci, je teste", AT.plusSeconds(120));

        assertThat(evidence.latestAnswer(CHANNEL, "T1", asker)).contains(latest);
        assertThat(evidence.latestAnswer(CHANNEL, "T-OTHER", asker)).isEmpty();
    }

    @Test
    void findsSeveralAnswersAtOnce() {
        Evidence one = answer(expert, "M2", "Essaie de redémarrer", AT);
        Evidence two = answer(expert, "M3", "Sinon, réinstalle", AT);

        assertThat(evidence.findAll(List.of(one.id(), two.id()))).containsExactlyInAnyOrder(one, two);
        assertThat(evidence.findAll(List.of())).isEmpty();
    }

    @Test
    void logsAnEvidenceChangeForEachAnswerAndConfirmation() {
        Evidence given = answer(expert, "M2", "Redémarre le client VPN", AT);
        evidence.confirm(given.id());

        assertThat(store.changes().after(0, 10)).hasSize(2)
                .allSatisfy(change -> assertThat(change.subjectId()).isEqualTo(given.id()));
    }
}
