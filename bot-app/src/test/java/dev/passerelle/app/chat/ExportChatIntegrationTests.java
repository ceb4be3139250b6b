package dev.passerelle.app.chat;

import static dev.passerelle.app.chat.ChatLines.dm;
import static dev.passerelle.app.chat.ChatLines.error;
import static dev.passerelle.app.chat.ChatLines.replies;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code export} end to end through {@code chat --json --export-dir}: the file is written, its path is in the reply's
 * {@code "file"} field and text, and it holds what the caller may see, never a private channel's entry.
 */
class ExportChatIntegrationTests {

    static final String PRIVATE_ANSWER = "The freeze lasts until March";

    @TempDir
    static Path dataDir;
    @TempDir
    static Path exportDir;

    static final Map<String, JsonNode> answers = new LinkedHashMap<>();

    @BeforeAll
    static void exportTheKnowledgeBase() {
        try (ChatProcess chat = ChatProcess.start(dataDir, "--passerelle.roles.knowledge-managers=kim",
                "--export-dir=" + exportDir)) {
            send(chat, ChatLines.object("s1", "bob", "#faq Where are the price lists? | In the Sales drive",
                    "channel", "sales"));
            send(chat, ChatLines.object("s2", "bob", "#insight =HYPERLINK(\"http://evil.example\") is no formula here",
                    "channel", "sales"));
            send(chat, ChatLines.object("s3", "carol", "#faq How long is the budget freeze? | " + PRIVATE_ANSWER,
                    "channel", "board", "channel_type", "group"));
            send(chat, dm("kim-csv", "kim", "/kb export csv"));
            send(chat, dm("kim-md-fr", "kim", "/kb exporte md faq"));
            send(chat, dm("carol-json", "carol", "/kb export json"));
            send(chat, dm("empty", "kim", "/kb export csv question"));
            send(chat, dm("bad", "kim", "/kb export pdf"));
            chat.finish();
        }
    }

    static void send(ChatProcess chat, String line) {
        answers.put(ChatLines.idOf(line), chat.send(line));
    }

    static JsonNode reply(String id) {
        assertThat(replies(answers.get(id))).as("replies to %s", id).hasSize(1);
        return replies(answers.get(id)).getFirst();
    }

    static String file(String id) throws IOException {
        Path path = Path.of(reply(id).get("file").asString());
        assertThat(path).startsWith(exportDir).isRegularFile();
        return Files.readString(path, StandardCharsets.UTF_8);
    }

    @Test
    void theFileIsWrittenAndTheReplySaysWhere() throws IOException {
        JsonNode reply = reply("kim-csv");

        assertThat(reply.get("file").asString()).matches(".*passerelle-all-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(reply.get("text").asString()).startsWith("Here is the export passerelle-all-")
                .endsWith("Saved in " + reply.get("file").asString());
        assertThat(file("kim-csv")).startsWith("id,kind,status,").contains("Where are the price lists?")
                .contains("'=HYPERLINK(");
    }

    @Test
    void aPrivateChannelsEntryIsNotInTheExportOfSomeoneOutsideIt() throws IOException {
        assertThat(file("kim-csv")).doesNotContain(PRIVATE_ANSWER).doesNotContain("budget freeze");
        assertThat(file("kim-md-fr")).doesNotContain("budget freeze");
    }

    @Test
    void aMemberOfThePrivateChannelGetsItsEntryInTheirDirectConversation() throws IOException {
        assertThat(file("carol-json")).contains(PRIVATE_ANSWER).contains("\"author\":\"carol\"");
    }

    @Test
    void markdownInFrenchIsGroupedByKind() throws IOException {
        assertThat(file("kim-md-fr")).startsWith("# Base de connaissances\n").contains("## FAQ\n");
        assertThat(reply("kim-md-fr").get("text").asString()).contains("Enregistré dans ");
    }

    @Test
    void anEmptyExportAndBadArgumentsAnswerInOneLineWithoutAFile() {
        assertThat(reply("empty").get("text").asString())
                .isEqualTo("Nothing to export: no Open questions that you can see here.");
        assertThat(reply("empty").has("file")).isFalse();
        assertThat(error(answers.get("bad"))).isEqualTo("Usage: /kb export json|csv|md [faq|insight|pain|question]");
    }
}
