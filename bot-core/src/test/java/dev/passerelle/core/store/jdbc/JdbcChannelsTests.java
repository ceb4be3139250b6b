package dev.passerelle.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.people.ChannelRepository;
import dev.passerelle.core.store.NewEntries;
import dev.passerelle.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcChannelsTests {

    private static final Instant AT = NewEntries.AT;
    private static final ChannelRef GENERAL = new ChannelRef(Platform.SLACK, "T-ACME", "C-GENERAL", ChannelType.PUBLIC);
    private static final ChannelRef BOARD = new ChannelRef(Platform.SLACK, "T-ACME", "G-BOARD", ChannelType.PRIVATE);
    private static final ChannelRef DM = new ChannelRef(Platform.SLACK, "T-ACME", "D-ELODIE", ChannelType.DIRECT);

    @TempDir
    Path dataDir;

    private SqliteStore store;
    private ChannelRepository channels;
    private long elodie;
    private long bruno;

    @BeforeEach
    void openStore() {
        store = SqliteStore.open(dataDir);
        channels = store.channels();
        elodie = store.people().resolve(Platform.SLACK, "T-ACME", Sender.of("U-ELODIE"), AT).id();
        bruno = store.people().resolve(Platform.SLACK, "T-ACME", Sender.of("U-BRUNO"), AT).id();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void listsEveryConversationAPersonIsAMemberOf() {
        channels.recordMember(GENERAL, elodie, AT);
        channels.recordMember(BOARD, elodie, AT);
        channels.recordMember(DM, elodie, AT);
        channels.recordMember(BOARD, bruno, AT);

        assertThat(channels.channelsOf(elodie)).containsExactlyInAnyOrder(GENERAL.key(), BOARD.key(), DM.key());
        assertThat(channels.channelsOf(bruno)).containsExactly(BOARD.key());
    }

    @Test
    void recordsTheSameMembershipOnce() {
        channels.recordMember(BOARD, elodie, AT);
        channels.recordMember(BOARD, elodie, AT.plusSeconds(60));

        assertThat(channels.channelsOf(elodie)).containsExactly(BOARD.key());
    }

    @Test
    void knowsNoConversationOfAStranger() {
        assertThat(channels.channelsOf(999)).isEmpty();
    }

    @Test
    void capturesInAChannelByDefaultSeenOrNot() {
        channels.recordMember(GENERAL, elodie, AT);

        assertThat(channels.captureEnabled(GENERAL.key())).isTrue();
        assertThat(channels.captureEnabled("slack:T-ACME:C-NEVER-SEEN")).isTrue();
    }

    @Test
    void isNotAChangeForTheIndex() {
        channels.recordMember(BOARD, elodie, AT);

        assertThat(store.changes().after(0, 10)).isEmpty();
    }
}
