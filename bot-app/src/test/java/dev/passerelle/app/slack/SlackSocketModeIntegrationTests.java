package dev.passerelle.app.slack;

import static dev.passerelle.app.slack.SlackIds.ts;
import static dev.passerelle.app.slack.TestWorkspace.ALICE;
import static dev.passerelle.app.slack.TestWorkspace.ALICE_DM;
import static dev.passerelle.app.slack.TestWorkspace.APP_TOKEN;
import static dev.passerelle.app.slack.TestWorkspace.BOT_TOKEN;
import static dev.passerelle.app.slack.TestWorkspace.GENERAL;
import static dev.passerelle.app.slack.TestWorkspace.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Passerelle on Slack through Socket Mode: no signing secret, no public URL. The app opens the
 * connection with its app-level token ({@code apps.connections.open}), Slack greets it, and
 * events arrive as envelopes that the app must acknowledge by id before Slack retries them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext // the data directory is deleted after the class: close the knowledge base first
class SlackSocketModeIntegrationTests {

    @TempDir
    static Path dataDir;

    // Closed after the application (JUnit closes @AutoClose fields last), so it never sees Slack vanish.
    @AutoClose
    static final SocketModeEndpoint socketMode = SocketModeEndpoint.open();

    @AutoClose
    static final SlackWebApi slack = SlackWebApi.start();

    static {
        TestWorkspace.install(slack);
        slack.socketModeUrl(socketMode.url());
    }

    @DynamicPropertySource
    static void slackThroughSocketMode(DynamicPropertyRegistry registry) {
        registry.add("passerelle.data-dir", () -> dataDir.toString());
        registry.add("passerelle.slack.signing-secret", () -> "");
        registry.add("passerelle.slack.bot-token", () -> BOT_TOKEN);
        registry.add("passerelle.slack.app-token", () -> APP_TOKEN);
        registry.add("passerelle.slack.api-url", slack::apiUrl);
        registry.add("passerelle.roles.knowledge-managers", () -> KIM);
    }

    @Test
    void opensTheConnectionWithTheAppLevelToken() {
        WebApiCall open = slack.awaitCall("apps.connections.open", WebApiCall::succeeded);

        assertThat(open.status()).isEqualTo(200);
        assertThat(socketMode.connected()).isTrue();
    }

    @Test
    void acknowledgesEventsByEnvelopeIdAndAnswersADirectMessage() {
        String faq = ts();
        events("env-faq", SlackPayload.message(KIM, GENERAL,
                "#faq How do I join the book club? | Add yourself to the list on the kitchen door", faq));
        assertThat(socketMode.awaitAck("env-faq").keySet()).contains("envelope_id");
        slack.awaitCall("reactions.add", call -> faq.equals(call.param("timestamp")));
        Instant asked = Instant.now();

        events("env-question", SlackPayload.message(ALICE, ALICE_DM, "How do I join the book club?", ts()));

        socketMode.awaitAck("env-question");
        WebApiCall answer = slack.awaitCall("chat.postMessage", call -> call.succeeded()
                && ALICE_DM.equals(call.param("channel")) && call.at().isAfter(asked));
        assertThat(answer.param("text")).contains("Add yourself to the list on the kitchen door");
    }

    @Test
    void acknowledgesKbAndAnswersThroughTheResponseUrl() {
        String responseUrl = slack.newResponseUrl();
        SlackPayload command = SlackPayload.of("slash_command_kb").with("channel", ALICE_DM)
                .with("channel_name", "directmessage").with("user", ALICE).with("user_name", "alice")
                .with("text", "help").with("response_url", responseUrl).with("trigger_id", SlackIds.triggerId());

        socketMode.send(SlackPayload.of("socket_mode_slash_commands").with("envelope_id", "env-command")
                .withJson("payload", command.json()).json());

        socketMode.awaitAck("env-command");
        assertThat(slack.awaitResponse(responseUrl).param("text")).contains("/kb ask");
    }

    private static void events(String envelopeId, SlackPayload event) {
        socketMode.send(SlackPayload.of("socket_mode_events_api").with("envelope_id", envelopeId)
                .withJson("payload", event.json()).json());
    }
}
