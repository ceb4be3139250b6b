package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invokes Passerelle's manifest does not declare are answered 200 in the shape Teams expects for each, with a
 * sentence in the person's language, never the SDK's empty 501, never the Save form for a command that is not ours,
 * and never recorded.
 */
class ForeignInvokesTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    TeamsHarness teams;

    @BeforeEach
    void start() {
        teams = new TeamsHarness(data);
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void aSearchIsAnsweredWithAMessageSayingWhereToAsk() {
        TeamsHarness.Answer answer = teams.post("invoke-fetch-task.json", invoke("composeExtension/query",
                "{\"commandId\":\"searchQuery\",\"parameters\":[{\"name\":\"searchQuery\",\"value\":\"vpn\"}]}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("composeExtension").path("type").asText()).isEqualTo("message");
        assertThat(answer.body().path("composeExtension").path("text").asText())
                .isEqualTo(Messages.get(Language.EN, "teams.invoke.noSearch"));
        assertNothingRecorded();
    }

    @Test
    void aSearchFromAFrenchClientIsAnsweredInFrench() {
        TeamsHarness.Answer answer = teams.post("invoke-fetch-task.json", invoke("composeExtension/query",
                "{\"commandId\":\"searchQuery\",\"parameters\":[]}").andThen(json -> json.put("locale", "fr-FR")));

        assertThat(answer.body().path("composeExtension").path("text").asText())
                .isEqualTo(Messages.get(Language.FR, "teams.invoke.noSearch"));
    }

    @Test
    void aLinkToUnfurlIsAnsweredWithNoCard() {
        TeamsHarness.Answer answer = teams.post("invoke-fetch-task.json", invoke("composeExtension/queryLink",
                "{\"url\":\"https://example.com/wiki/vpn\"}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("composeExtension").path("type").asText()).isEqualTo("result");
        assertThat(answer.body().path("composeExtension").path("attachments").isEmpty()).isTrue();
    }

    @Test
    void anotherCommandsFetchTaskGetsAMessageNotOurSaveForm() {
        TeamsHarness.Answer answer = teams.post("invoke-fetch-task.json",
                json -> ((ObjectNode) json.path("value")).put("commandId", "createWithPreview"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("task").path("type").asText()).isEqualTo("message");
        assertThat(answer.body().path("task").path("value").asText())
                .isEqualTo(Messages.get(Language.EN, "teams.invoke.notOurs"));
        assertThat(answer.body().findValue("card")).as("a card in the dialog").isNull();
    }

    @Test
    void anotherCommandsSubmitSavesNothing() {
        teams.connector.member("29:alice", "aad-alice", "Alice Martin", "alice@example.com");

        TeamsHarness.Answer answer = teams.post("invoke-submit-action.json",
                json -> ((ObjectNode) json.path("value")).put("commandId", "createWithPreview"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("task").path("value").asText())
                .isEqualTo(Messages.get(Language.EN, "teams.invoke.notOurs"));
        assertThat(teams.passerelle.store().entries().find(1)).isEmpty();
    }

    @Test
    void aBotMessagePreviewBeingSentIsAnsweredWithAMessage() {
        TeamsHarness.Answer answer = teams.post("invoke-submit-action.json",
                json -> ((ObjectNode) json.path("value")).put("botMessagePreviewAction", "send"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("task").path("type").asText()).isEqualTo("message");
        assertThat(teams.passerelle.store().entries().find(1)).isEmpty();
    }

    @Test
    void aDialogOfAnotherCardIsAnsweredWithAMessage() {
        TeamsHarness.Answer answer = teams.post("invoke-fetch-task.json", invoke("task/fetch",
                "{\"data\":{\"msteams\":{\"type\":\"task/fetch\"},\"opened\":\"from another app\"}}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("task").path("type").asText()).isEqualTo("message");
        assertThat(answer.body().path("task").path("value").asText())
                .isEqualTo(Messages.get(Language.EN, "teams.invoke.notOurs"));
    }

    /** The fetch-task fixture turned into another invoke, with this value. */
    private static Consumer<ObjectNode> invoke(String name, String value) {
        return json -> {
            json.put("name", name);
            try {
                json.set("value", JSON.readTree(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private void assertNothingRecorded() {
        assertThat(teams.passerelle.store().entries().find(1)).isEmpty();
        assertThat(teams.connector.sent()).isEmpty();
    }
}
