package dev.passerelle.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Passerelle registered as a Teams bot, sent invokes its manifest does not declare through its real
 * {@code /api/messages}, each with a token the SDK validates in full against the Bot Framework's keys (served on
 * loopback): each is answered 200 with a message Teams shows, not the SDK's empty 501, another command never gets the
 * Save form, and nothing is stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext // the data directory is deleted after the class: close the knowledge base first
class TeamsInvokesIntegrationTests {

    static final String APP_ID = TeamsAuthIntegrationTests.APP_ID;
    static final String SERVICE_URL = "http://127.0.0.1:9/teams/";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final BotFrameworkTokens TOKENS = new BotFrameworkTokens();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void registeredBot(DynamicPropertyRegistry registry) {
        registry.add("passerelle.data-dir", () -> dataDir.toString());
        registry.add("passerelle.teams.app-id", () -> APP_ID);
        registry.add("passerelle.teams.app-password", () -> "secret");
        registry.add("passerelle.teams.tenant-id", () -> TeamsAuthIntegrationTests.TENANT_ID);
        registry.add("passerelle.slack.signing-secret", () -> "");
        registry.add("passerelle.slack.bot-token", () -> "");
        registry.add("passerelle.slack.app-token", () -> "");
    }

    @AfterAll
    static void stopTokens() {
        TOKENS.close();
    }

    @LocalServerPort
    int port;

    final StoredTeamsKnowledge knowledge = new StoredTeamsKnowledge(dataDir);
    HttpClient http;

    @BeforeEach
    void connect() {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void disconnect() {
        http.close();
    }

    @Test
    void opensTheSaveFormForItsOwnCommandWithAValidToken() throws Exception {
        HttpResponse<String> response = post(invoke -> { });

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("task").path("type").asString()).isEqualTo("continue");
    }

    @Test
    void refusesTheSameInvokeWithATokenForAnotherBot() throws Exception {
        HttpRequest.Builder request = request(fetchTask(invoke -> { }))
                .header("Authorization", TOKENS.authorization("another-bot", SERVICE_URL));

        assertThat(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void answersASearchWithAMessageSayingWhereToAsk() throws Exception {
        JsonNode answer = answered(renamed("composeExtension/query",
                "{\"commandId\":\"searchQuery\",\"parameters\":[{\"name\":\"searchQuery\",\"value\":\"vpn\"}]}"));

        assertThat(answer.path("composeExtension").path("type").asString()).isEqualTo("message");
        assertThat(answer.path("composeExtension").path("text").asString())
                .isEqualTo(Messages.get(Language.EN, "teams.invoke.noSearch"));
        assertNothingStored();
    }

    @Test
    void answersALinkToUnfurlWithNoCard() throws Exception {
        JsonNode answer = answered(renamed("composeExtension/queryLink", "{\"url\":\"https://example.com/wiki\"}"));

        assertThat(answer.path("composeExtension").path("type").asString()).isEqualTo("result");
        assertThat(answer.path("composeExtension").path("attachments").isEmpty()).isTrue();
    }

    @Test
    void answersAnotherCommandsFetchTaskWithAMessageNotTheSaveForm() throws Exception {
        JsonNode answer = answered(invoke -> ((ObjectNode) invoke.path("value")).put("commandId", "createWithPreview"));

        assertThat(answer.path("task").path("type").asString()).isEqualTo("message");
        assertThat(answer.path("task").path("value").asString())
                .isEqualTo(Messages.get(Language.EN, "teams.invoke.notOurs"));
        assertThat(answer.findValue("card")).isNull();
    }

    @Test
    void answersADialogFetchWithAMessage() throws Exception {
        JsonNode answer = answered(renamed("task/fetch", "{\"data\":{\"msteams\":{\"type\":\"task/fetch\"}}}"));

        assertThat(answer.path("task").path("type").asString()).isEqualTo("message");
    }

    @Test
    void answersABotMessagePreviewWithAMessageAndSavesNothing() throws Exception {
        JsonNode answer = answered(invoke -> {
            invoke.put("name", "composeExtension/submitAction");
            ((ObjectNode) invoke.path("value")).put("botMessagePreviewAction", "send");
        });

        assertThat(answer.path("task").path("type").asString()).isEqualTo("message");
        assertNothingStored();
    }

    private JsonNode answered(Consumer<ObjectNode> change) throws IOException, InterruptedException {
        HttpResponse<String> response = post(change);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Consumer<ObjectNode> renamed(String name, String value) {
        return invoke -> {
            invoke.put("name", name);
            invoke.set("value", JSON.readTree(value));
        };
    }

    private HttpResponse<String> post(Consumer<ObjectNode> change) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(fetchTask(change))
                .header("Authorization", TOKENS.authorization(APP_ID, SERVICE_URL));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] fetchTask(Consumer<ObjectNode> change) {
        ObjectNode invoke = (ObjectNode) JSON.readTree(TeamsPayloads.bytes(TeamsPayloads.FETCH_TASK));
        change.accept(invoke);
        return JSON.writeValueAsBytes(invoke);
    }

    private HttpRequest.Builder request(byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private void assertNothingStored() {
        assertThat(TeamsAuthIntegrationTests.KNOWLEDGE).allSatisfy(table ->
                assertThat(knowledge.count(table)).as(table).isZero());
    }
}
