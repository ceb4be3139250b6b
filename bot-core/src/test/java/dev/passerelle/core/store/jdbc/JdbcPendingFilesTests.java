package dev.passerelle.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.PendingFile;
import dev.passerelle.core.conversation.PendingFiles;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files waiting for their answer, kept in the SQLite file across restarts until answered or a day old. */
class JdbcPendingFilesTests {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    /** Every byte value, so that nothing is read back as text or a number. */
    static final byte[] BYTES = bytes();

    @TempDir
    Path dataDir;

    static byte[] bytes() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    static PendingFile file(String id, Instant at) {
        return new PendingFile(id, Platform.TEAMS, "tenant-1", "a:1personal", "29:marie", Language.FR,
                new Block.File("passerelle-all.csv", "text/csv", BYTES), at);
    }

    @Test
    void aFileIsFoundWithItsExactBytesAfterARestart() {
        try (SqliteStore store = SqliteStore.open(dataDir)) {
            store.pendingFiles().keep(file("consent-1", AT));
        }
        try (SqliteStore store = SqliteStore.open(dataDir)) {
            PendingFile found = store.pendingFiles().find("consent-1", AT.minus(PendingFiles.KEPT)).orElseThrow();

            assertThat(found.file().bytes()).isEqualTo(BYTES);
            assertThat(found.file().name()).isEqualTo("passerelle-all.csv");
            assertThat(found.file().mediaType()).isEqualTo("text/csv");
            assertThat(found).extracting(PendingFile::platform, PendingFile::workspace, PendingFile::conversation,
                    PendingFile::user, PendingFile::language, PendingFile::created)
                    .containsExactly(Platform.TEAMS, "tenant-1", "a:1personal", "29:marie", Language.FR, AT);
            assertThat(store.pendingFiles().find("consent-2", Instant.EPOCH)).isEmpty();
        }
    }

    @Test
    void aDroppedFileIsGoneAndDroppingItAgainSaysSo() {
        try (SqliteStore store = SqliteStore.open(dataDir)) {
            store.pendingFiles().keep(file("consent-1", AT));

            assertThat(store.pendingFiles().drop("consent-1")).isTrue();
            assertThat(store.pendingFiles().drop("consent-1")).isFalse();
            assertThat(store.pendingFiles().find("consent-1", Instant.EPOCH)).isEmpty();
        }
    }

    @Test
    void aFileOfferedTooLongAgoIsNotFoundEvenBeforeItExpires() {
        try (SqliteStore store = SqliteStore.open(dataDir)) {
            store.pendingFiles().keep(file("consent-1", AT));

            assertThat(store.pendingFiles().find("consent-1", AT.plusSeconds(1))).isEmpty();
        }
    }

    @Test
    void theRoutineForgetsOnlyFilesOlderThanADayAndRunningItTwiceChangesNothing() throws Exception {
        Instant now = AT.plus(PendingFiles.KEPT).plus(Duration.ofMinutes(1));
        try (Passerelle passerelle = Passerelle.open(dataDir, Settings.defaults(), Clock.systemUTC())) {
            passerelle.pendingFiles().keep(file("a-day-old", AT));
            passerelle.pendingFiles().keep(file("an-hour-old", now.minus(Duration.ofHours(1))));
            Clock clock = Clock.fixed(now, ZoneOffset.UTC);

            passerelle.inbox().run(passerelle.pendingFilesExpiry(clock)).get(30, TimeUnit.SECONDS);
            passerelle.inbox().run(passerelle.pendingFilesExpiry(clock)).get(30, TimeUnit.SECONDS);

            assertThat(passerelle.pendingFiles().find("a-day-old", Instant.EPOCH)).isEmpty();
            assertThat(passerelle.pendingFiles().find("an-hour-old", Instant.EPOCH)).isPresent();
        }
    }
}
