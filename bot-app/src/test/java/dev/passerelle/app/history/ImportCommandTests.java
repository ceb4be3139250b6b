package dev.passerelle.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.app.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import slack-export} as a person runs it: its count, its exit code, its one-line refusals. */
class ImportCommandTests {

    @TempDir
    Path temp;

    private Path export() throws Exception {
        Path root = Files.createDirectories(temp.resolve("export/general"));
        Files.writeString(root.resolveSibling("users.json"), """
                [{"id": "U1", "team_id": "T1", "name": "alice", "profile": {"real_name": "Alice", "email": "a@example.com"}},
                 {"id": "U2", "team_id": "T1", "name": "bob", "profile": {"real_name": "Bob"}}]""");
        Files.writeString(root.resolveSibling("channels.json"), """
                [{"id": "C1", "name": "general", "created": 1700000000, "members": ["U1", "U2"]}]""");
        Files.writeString(root.resolve("2024-03-01.json"), """
                [{"type": "message", "user": "U1", "ts": "1709280000.000100",
                  "text": "#faq Where are the price lists? | In the Sales drive"},
                 {"type": "message", "subtype": "file_share", "user": "U2", "ts": "1709280100.000200",
                  "text": "The deck", "files": [{"id": "F1", "shares": {"public": null, "private": {"G1": [null]}}}]},
                 {"type": "message", "subtype": "channel_join", "user": "U2", "ts": "1709280050.000150",
                  "text": "<@U2> has joined"}]""");
        return root.getParent();
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(ImportCommand::run, args);
    }

    @Test
    void importsAnExportThenFindsEverythingKnownTheSecondTime() throws Exception {
        Path export = export();
        Path data = temp.resolve("data");

        CommandRun first = run("slack-export", export.toString(), "--data", data.toString());
        CommandRun second = run("slack-export", export.toString(), "--data", data.toString());

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("3 messages read in 1 conversations: 2 imported, 0 already known, "
                + "1 skipped (not a person's message, or empty), 1 knowledge captured, 0 errors");
        assertThat(first.err()).contains("Importing", "3/3");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("0 imported, 2 already known", "0 knowledge captured, 0 errors");
    }

    @Test
    void refusesWhatIsNotAnExportOnOneLine() throws Exception {
        Path text = Files.writeString(temp.resolve("notes.txt"), "hello");

        CommandRun notAnExport = run("slack-export", text.toString(), "--data", temp.resolve("data").toString());
        CommandRun noUsers = run("slack-export", Files.createDirectories(temp.resolve("empty")).toString());

        assertThat(notAnExport.exit()).isEqualTo(1);
        assertThat(notAnExport.err().strip()).doesNotContain("\n").contains("notes.txt: not a zip file nor a folder");
        assertThat(noUsers.exit()).isEqualTo(1);
        assertThat(noUsers.err().strip()).doesNotContain("\n").contains("users.json is missing");
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void wrongArgumentsAnswerWithTheUsage() {
        CommandRun nothing = run();
        CommandRun noExport = run("slack-export");
        CommandRun unknown = run("slack-export", "x.zip", "stray");

        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains(ImportCommand.USAGE);
        assertThat(noExport.exit()).isEqualTo(2);
        assertThat(noExport.err().strip()).doesNotContain("\n").contains(ImportCommand.USAGE);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).doesNotContain("\n").contains("stray");
    }
}
