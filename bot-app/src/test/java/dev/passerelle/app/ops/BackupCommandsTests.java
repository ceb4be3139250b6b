package dev.passerelle.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.app.CommandRun;
import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} as an operator runs them: one line out, one line on refusal, exit codes. */
class BackupCommandsTests {

    @TempDir
    Path temp;

    private Path data;

    private static Message said(String channel, ChannelType type, String text, boolean addressed) {
        return new Message(new ChannelRef(Platform.LOCAL, "local", channel, type), Sender.of("amelie"), text, null,
                "m-" + System.nanoTime(), Instant.now(), addressed);
    }

    @BeforeEach
    void knowledgeBaseWithTwoFaqs() {
        data = temp.resolve("data");
        try (Passerelle passerelle = Passerelle.open(data, Settings.defaults(), Clock.systemUTC())) {
            passerelle.inbox().submitAndWait(said("rh", ChannelType.PUBLIC,
                    "#faq Comment poser des congés ? | Dans Lucca, onglet Absences", false));
            passerelle.inbox().submitAndWait(said("it", ChannelType.PUBLIC,
                    "#faq How do I reset my VPN token? | Open the IT portal, Security tab", false));
        }
    }

    @Test
    void backsUpThenRestoresIntoAnotherDirectoryThatAnswersInBothLanguages() {
        Path backup = temp.resolve("backups/monday");
        Path restored = temp.resolve("restored");

        CommandRun copied = CommandRun.of(BackupCommands::backup, backup.toString(), "--data", data.toString());
        CommandRun put = CommandRun.of(BackupCommands::restore, backup.toString(), "--data", restored.toString());

        assertThat(copied.exit()).as(copied.err()).isZero();
        assertThat(copied.out().strip()).doesNotContain("\n")
                .contains("Backed up", "passerelle.db", "2 entries, 1 person", "schema 17");
        assertThat(put.exit()).as(put.err()).isZero();
        assertThat(put.out().strip()).doesNotContain("\n").contains("Restored", "2 entries", "search index rebuilt")
                .doesNotContain("previous knowledge base");
        assertThat(put.err()).contains("Rebuilding the search index from 2 entries");
        try (Passerelle reopened = Passerelle.open(restored, Settings.defaults(), Clock.systemUTC())) {
            assertThat(ask(reopened, "comment je pose mes congés")).contains("Lucca");
            assertThat(ask(reopened, "how to reset the vpn token")).contains("IT portal");
        }
    }

    @Test
    void restoringOverAKnowledgeBaseTellsHowAndKeepsTheOldOne() throws Exception {
        Path backup = temp.resolve("backup");
        CommandRun.of(BackupCommands::backup, backup.toString(), "--data", data.toString());

        CommandRun refused = CommandRun.of(BackupCommands::restore, backup.toString(), "--data", data.toString());
        CommandRun replaced = CommandRun.of(BackupCommands::restore, backup.toString(), "--data", data.toString(),
                "--replace");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("already holds a knowledge base; pass --replace");
        assertThat(replaced.exit()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("the previous knowledge base is kept as", "passerelle.db.before-restore-");
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("passerelle.db.before-restore-")))
                    .isNotEmpty();
        }
    }

    @Test
    void wrongArgumentsAndMissingDataAreOneLineEach() {
        CommandRun noTarget = CommandRun.of(BackupCommands::backup);
        CommandRun stray = CommandRun.of(BackupCommands::backup, temp.resolve("b").toString(), "--data",
                data.toString(), "extra");
        CommandRun nothing = CommandRun.of(BackupCommands::backup, temp.resolve("b2").toString(), "--data",
                temp.resolve("none").toString());
        CommandRun noBackup = CommandRun.of(BackupCommands::restore, temp.resolve("missing").toString(), "--data",
                temp.resolve("fresh").toString());
        CommandRun byProperty = CommandRun.of(BackupCommands::backup, temp.resolve("b3").toString(),
                "--passerelle.data-dir=" + data);

        assertThat(noTarget.exit()).isEqualTo(2);
        assertThat(noTarget.err().strip()).doesNotContain("\n").contains("Usage: backup DIR");
        assertThat(stray.exit()).isEqualTo(2);
        assertThat(stray.err().strip()).doesNotContain("\n").contains("Usage: backup DIR");
        assertThat(nothing.exit()).isEqualTo(1);
        assertThat(nothing.err().strip()).doesNotContain("\n").contains("nothing to back up");
        assertThat(noBackup.exit()).isEqualTo(1);
        assertThat(noBackup.err().strip()).doesNotContain("\n").contains("No backup in");
        assertThat(byProperty.exit()).as(byProperty.err()).isZero();
        assertThat(byProperty.out()).contains("2 entries");
    }

    private static String ask(Passerelle passerelle, String question) {
        return passerelle.inbox().submitAndWait(said("dm-bob", ChannelType.DIRECT, question, true)).replies().stream()
                .map(Reply::text).collect(Collectors.joining("\n"));
    }
}
