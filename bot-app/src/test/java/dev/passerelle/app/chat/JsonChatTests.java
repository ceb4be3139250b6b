package dev.passerelle.app.chat;

import static dev.passerelle.app.chat.ChatLines.dm;
import static dev.passerelle.app.chat.ChatLines.error;
import static dev.passerelle.app.chat.ChatLines.sources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code LocalChat.runJson} in this JVM, for the corners of the line contract that are cheaper to
 * pin here than through a process ({@link ChatJsonIntegrationTests} covers the real thing).
 */
class JsonChatTests {

    @TempDir
    Path dataDir;

    private Passerelle passerelle;
    private LocalChat chat;

    @BeforeEach
    void openAnEmptyKnowledgeBase() {
        passerelle = Passerelle.open(dataDir, Settings.defaults(), Clock.systemUTC());
        chat = new LocalChat(passerelle.inbox());
    }

    @AfterEach
    void close() {
        passerelle.close();
    }

    @Test
    void whatTheBotTellsSomeoneElseIsAReplySayingToWhomAndWhere() throws Exception {
        var lines = new JsonLines(tools.jackson.databind.json.JsonMapper.builder().build(), () -> "n1");
        var toBob = new dev.passerelle.core.conversation.Notice(
                dev.passerelle.core.conversation.Recipient.person(dev.passerelle.core.vocabulary.Platform.LOCAL,
                        "local", "bob"), dev.passerelle.core.vocabulary.Language.FR,
                dev.passerelle.core.people.Recipients.direct("Votre question a une réponse"));
        var toSlack = new dev.passerelle.core.conversation.Notice(
                dev.passerelle.core.conversation.Recipient.person(dev.passerelle.core.vocabulary.Platform.SLACK,
                        "T1", "U1"), dev.passerelle.core.vocabulary.Language.EN,
                dev.passerelle.core.people.Recipients.direct("Not for the local chat"));
        var outcome = dev.passerelle.core.conversation.Outcome.told("Done").telling(List.of(toBob, toSlack));

        JsonNode line = new tools.jackson.databind.json.JsonMapper().readTree(lines.write("in-1", outcome));

        assertThat(line.get("replies")).hasSize(2);
        assertThat(line.get("replies").get(0).has("to")).isFalse();
        JsonNode told = line.get("replies").get(1);
        assertThat(told.get("to").asString()).isEqualTo("bob");
        assertThat(told.get("channel").asString()).isEqualTo("dm-bob");
        assertThat(told.get("language").asString()).isEqualTo("fr");
        assertThat(told.get("text").asString()).isEqualTo("Votre question a une réponse");
    }

    @Test
    void answersLinesThatAreNotObjectsWithAnErrorLineEach() {
        List<JsonNode> out = talk("", "null", "[1, 2]", "\"text\"", dm("after", "zoe", "/kb help"));

        assertThat(out).hasSize(5);
        out.subList(0, 4).forEach(line -> assertThat(error(line)).isEqualTo("each line must be one JSON object"));
        assertThat(error(out.get(4))).isNull();
    }

    @Test
    void answersFieldsOfTheWrongTypeWithAnErrorNamingTheField() {
        List<JsonNode> out = talk("{\"id\": \"n\", \"user\": \"zoe\", \"text\": 42}",
                "{\"id\": \"u\", \"user\": [\"zoe\"], \"text\": \"hello\"}");

        assertThat(error(out.get(0))).isEqualTo("field 'text' must be a string");
        assertThat(error(out.get(1))).isEqualTo("field 'user' must be a string");
        assertThat(out).extracting(line -> line.get("in").stringValue()).containsExactly("n", "u");
    }

    @Test
    void treatsARetriedDeliveryOfTheSameIdAsAlreadyHandled() {
        String faq = ChatLines.object("m1", "bob", "#faq Where is the VPN guide? | Intranet > IT > VPN.");
        List<JsonNode> out = talk(faq, faq);

        assertThat(ChatLines.captured(out.get(0))).hasSize(1);
        assertThat(ChatLines.replies(out.get(1))).isEmpty();
        assertThat(ChatLines.captured(out.get(1))).isEmpty();
    }

    @Test
    void answersABlankUserWithAnErrorLineAndGoesOn() {
        List<JsonNode> out = talk("{\"id\": \"blank\", \"user\": \"  \", \"text\": \"hello\"}",
                dm("after", "zoe", "/kb help"));

        assertThat(out).hasSize(2);
        assertThat(error(out.get(0))).contains("user");
        assertThat(error(out.get(1))).isNull();
    }

    @Test
    void answersAnIdOfTheWrongTypeWithAnErrorLineAndGoesOn() {
        List<JsonNode> out = talk("{\"id\": true, \"user\": \"zoe\", \"text\": \"hello\"}",
                "{\"id\": {\"x\": 1}, \"user\": \"zoe\", \"text\": \"hello\"}", dm("after", "zoe", "/kb help"));

        assertThat(out).hasSize(3);
        assertThat(error(out.get(0))).isEqualTo("field 'id' must be a string");
        assertThat(error(out.get(1))).isEqualTo("field 'id' must be a string");
        assertThat(error(out.get(2))).isNull();
    }

    @Test
    void neutralisesMassMentionsInRefusalsToo() {
        List<JsonNode> out = talk(dm("unknown", "zoe", "/kb @channel"), dm("show", "zoe", "/kb show <!here>"),
                ChatLines.object("type", "zoe", "hello", "channel_type", "@everyone"));

        out.forEach(line -> assertThat(error(line)).isNotNull().doesNotContain("@channel", "<!here>", "@everyone"));
    }

    @Test
    void findsEntriesOfAChannelThatBecamePrivateForItsMembers() {
        List<JsonNode> out = talk(ChatLines.object("p1", "alice", "hello everyone, ops is open", "channel", "ops"),
                ChatLines.object("p2", "alice", "#faq Where is the on-call rota? | In the Ops wiki, page Rota.",
                        "channel", "ops", "channel_type", "group"),
                dm("p3", "alice", "where is the on-call rota?"));

        assertThat(sources(out.get(2))).containsExactly("p2");
    }

    @Test
    void aDirectMessageWithoutAChannelStaysBetweenThePersonAndTheBot() {
        List<JsonNode> out = talk(
                "{\"id\": \"a1\", \"user\": \"alice\", \"text\": \"#insight My home alarm code is 4471\", "
                        + "\"channel_type\": \"im\"}",
                "{\"id\": \"b1\", \"user\": \"bob\", \"text\": \"@passerelle what is the home alarm code?\"}",
                "{\"id\": \"b2\", \"user\": \"bob\", \"text\": \"what is the home alarm code?\", "
                        + "\"channel_type\": \"im\"}",
                "{\"id\": \"a2\", \"user\": \"alice\", \"text\": \"what is my home alarm code?\", "
                        + "\"channel_type\": \"im\"}");

        assertThat(out.get(0).path("captured")).hasSize(1);
        assertThat(out.get(1).toString()).doesNotContain("4471");
        assertThat(out.get(2).toString()).doesNotContain("4471");
        assertThat(out.get(3).toString()).as("Alice still finds her own note").contains("4471");
    }

    @Test
    void aCommandTypedInFrenchEvenMisspeltIsAnsweredInFrench() {
        List<JsonNode> out = talk(dm("f1", "zoe", "/kb montre 12"), dm("f2", "zoe", "/kb valdier 12"));

        assertThat(out.get(0).path("error").asString()).isEqualTo("Aucune fiche #12 visible pour vous.");
        assertThat(out.get(1).path("error").asString()).startsWith("Commande inconnue « valdier »")
                .contains("/kb valider");
    }

    @Test
    void everyDirectMessageGetsAReplyAndSmallTalkNotesNoGap() {
        List<JsonNode> out = talk(dm("d1", "zoe", "VPN"), dm("d2", "zoe", "How to make font strikethrough on github."),
                dm("d3", "zoe", "bonjour"), dm("d4", "zoe", "thanks!"));

        assertThat(out).allSatisfy(line -> assertThat(ChatLines.replies(line)).isNotEmpty());
        assertThat(ChatLines.captured(out.get(0))).as("a gap").hasSize(1);
        assertThat(ChatLines.text(out.get(2))).startsWith("Bonjour !");
        assertThat(ChatLines.captured(out.get(2))).isEmpty();
        assertThat(ChatLines.captured(out.get(3))).isEmpty();
    }

    @Test
    void onlyALineFeedEndsALineSoACarriageReturnInsideATextKeepsEveryAnswerInStep() {
        String split = "{\"id\": \"cr\", \"user\": \"zoe\", \"text\": \"first part\rsecond part\"}";
        String windows = dm("crlf", "zoe", "/kb help") + "\r";
        String bareCrs = "{\"id\": \"crs\", \"user\": \"zoe\", \"text\": \"\r\r\r/kb help\"}";

        String out = rawTalk(split, windows, bareCrs, dm("last", "zoe", "/kb help"));

        assertThat(out).endsWith("\n").doesNotContain("\r");
        List<JsonNode> lines = List.of(out.split("\n")).stream().map(ChatProcess.JSON::readTree).toList();
        assertThat(lines).extracting(line -> line.get("in").stringValue()).containsExactly("cr", "crlf", "crs", "last");
        assertThat(error(lines.get(1))).isNull();
        assertThat(error(lines.get(3))).isNull();
    }

    private List<JsonNode> talk(String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chat.runJson(new ByteArrayInputStream(String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).lines().map(ChatProcess.JSON::readTree).toList();
    }

    /** What the chat printed, as it printed it: nothing split or trimmed. */
    private String rawTalk(String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chat.runJson(new ByteArrayInputStream(String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
