package dev.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory the process cannot write to is refused as such, never mistaken for a damaged index. */
class DataDirectoryFaultsTests {

    @TempDir
    Path data;

    @BeforeEach
    void knowledgeBaseWithOneFaq() {
        try (Passerelle passerelle = Passerelle.open(data, Settings.defaults(), Clock.systemUTC())) {
            passerelle.inbox().submitAndWait(new Message(Platform.LOCAL, "local", "dm-amelie", ChannelType.DIRECT,
                    Sender.of("amelie"), "#faq Comment poser des congés ? | Dans Lucca, onglet Absences", null, "m1",
                    Instant.parse("2026-03-02T09:00:00Z"), false));
        }
    }

    @Test
    void refusesAReadOnlyDataDirectoryNamingItAsNotWritable() throws Exception {
        try (var readOnly = ReadOnlyDirectory.of(data)) {
            assertThatThrownBy(() -> Passerelle.open(data, Settings.defaults(), Clock.systemUTC()).close())
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("the data directory " + data.toAbsolutePath() + " is not writable")
                    .message().doesNotContain("delete that directory");
        }
    }

    @Test
    void refusesAReadOnlyIndexDirectoryRatherThanCallingItCorrupt() throws Exception {
        Path index = data.resolve(Passerelle.INDEX_DIR);
        try (var readOnly = ReadOnlyDirectory.of(index)) {
            assertThatThrownBy(() -> Passerelle.open(data, Settings.defaults(), Clock.systemUTC()).close())
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("the data directory " + index.toAbsolutePath() + " is not writable")
                    .message().doesNotContain("delete that directory");
        }
        try (Passerelle reopened = Passerelle.open(data, Settings.defaults(), Clock.systemUTC())) {
            assertThat(reopened.index().lastApplied()).isPositive();
        }
    }
}
