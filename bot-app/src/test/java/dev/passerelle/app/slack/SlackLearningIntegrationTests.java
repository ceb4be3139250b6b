package dev.passerelle.app.slack;

import static dev.passerelle.app.slack.SlackIds.ts;
import static dev.passerelle.app.slack.SlackPayload.message;
import static dev.passerelle.app.slack.SlackPayload.reaction;
import static dev.passerelle.app.slack.TestWorkspace.ALICE;
import static dev.passerelle.app.slack.TestWorkspace.ALICE_DM;
import static dev.passerelle.app.slack.TestWorkspace.BOT_TOKEN;
import static dev.passerelle.app.slack.TestWorkspace.BOT_USER;
import static dev.passerelle.app.slack.TestWorkspace.GENERAL;
import static dev.passerelle.app.slack.TestWorkspace.SIGNING_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.passerelle.app.ReadOnlyDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Learning how people ask, and an auto-answer channel's manners, on Slack over HTTP: Slack's payloads signed as
 * Slack signs them, posted to the app's real port, its Web API answered by a local server speaking Slack's wire
 * format, what was learned read back from the SQLite file. Behaves as on Teams ({@code TeamsLearningTests}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SlackLearningIntegrationTests {

    static final String HELPDESK = "C7HELP";
    static final Duration QUIET = Duration.ofSeconds(1);

    @TempDir
    static Path dataDir;

    @AutoClose
    static final SlackWebApi slack = SlackWebApi.start();

    static {
        TestWorkspace.install(slack);
        slack.publicChannel(HELPDESK, "helpdesk");
    }

    @DynamicPropertySource
    static void slackOverHttp(DynamicPropertyRegistry registry) {
        registry.add("passerelle.data-dir", () -> dataDir.toString());
        registry.add("passerelle.slack.signing-secret", () -> SIGNING_SECRET);
        registry.add("passerelle.slack.bot-token", () -> BOT_TOKEN);
        registry.add("passerelle.slack.app-token", () -> "");
        registry.add("passerelle.slack.api-url", slack::apiUrl);
        registry.add("passerelle.slack.auto-answer-channels", () -> HELPDESK);
    }

    SignedSlackClient app;

    @BeforeEach
    void connect(@LocalServerPort int port) {
        app = new SignedSlackClient(port);
    }

    @AfterEach
    void disconnect() {
        app.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ok", "👍", "thanks!", "merci", "bonjour à tous"})
    void anAutoAnswerChannelLeavesSmallTalkAloneButAnswersItWhenMentioned(String text) {
        Instant before = Instant.now();
        String quiet = say(ALICE, HELPDESK, text);
        slack.letTheAppWork(QUIET);

        assertThat(slack.calls("chat.postMessage", call -> HELPDESK.equals(call.param("channel"))
                && call.at().isAfter(before))).as(text).isEmpty();
        assertThat(stored("SELECT count(*) FROM inbox WHERE event_key LIKE ?", "%" + quiet)).containsExactly(1L);

        Instant mentioned = Instant.now();
        say(ALICE, HELPDESK, "<@" + BOT_USER + "> " + text);
        assertThat(answerIn(HELPDESK, mentioned).said()).isNotBlank();
    }

    @Test
    void anAutoAnswerChannelAnswersAQuestionAndSaysWhomToAskWhenNobodyKnows() {
        say(ALICE, GENERAL, "#faq How do I reset my Wi-Fi badge password? | At the badge kiosk, floor 1");

        Instant asked = Instant.now();
        say(ALICE, HELPDESK, "how do I reset my Wi-Fi badge password?");
        assertThat(answerIn(HELPDESK, asked).said()).contains("Here is what I found:");

        Instant unknown = Instant.now();
        say(ALICE, HELPDESK, "où est l’agenda du séminaire 2031 ?");
        assertThat(answerIn(HELPDESK, unknown).said()).contains("Je n’ai pas encore de réponse sûre");
    }

    @Test
    void aThumbsUpOnTheBotsAnswerTeachesItHowTheAskerAsked() {
        say(ALICE, ALICE_DM, "#faq How do I export the CRM contacts? | Settings, then Export");
        Instant asked = Instant.now();
        say(ALICE, ALICE_DM, "how to export the CRM contacts?");
        WebApiCall answer = answerIn(ALICE_DM, asked);
        String answerTs = ts();
        slack.message(ALICE_DM, answerTs, BOT_USER, answer.param("text"), null);

        Instant reacted = Instant.now();
        assertThat(app.event(reaction(ALICE, "+1", ALICE_DM, answerTs, BOT_USER)).status()).isEqualTo(200);

        assertThat(toldIn(ALICE_DM, reacted).said()).contains("Glad it helped!");
        await().atMost(SlackWebApi.PATIENCE).until(() -> alternates().contains("how to export the CRM contacts?"));
    }

    @Test
    void aCheckMarkOnSeveralSuggestionsTeachesNoneAndAsksWhichOneHelped() {
        say(ALICE, ALICE_DM, "#faq How do I submit an expense report? | In Expensya, one report a month");
        say(ALICE, ALICE_DM, "#faq What is the expense limit for a client dinner? | 60 euros a head");
        Instant asked = Instant.now();
        say(ALICE, ALICE_DM, "expenses?");
        WebApiCall suggestions = answerIn(ALICE_DM, asked);
        assertThat(suggestions.said()).contains("Not sure, but these may help:");
        String suggestionsTs = ts();
        slack.message(ALICE_DM, suggestionsTs, BOT_USER, suggestions.param("text"), null);

        Instant reacted = Instant.now();
        app.event(reaction(ALICE, "white_check_mark", ALICE_DM, suggestionsTs, BOT_USER));

        assertThat(toldIn(ALICE_DM, reacted).said()).contains("Which suggestion was it?");
        slack.letTheAppWork(QUIET);
        assertThat(alternates()).doesNotContain("expenses?");
    }

    /** What the app told the person alone (Slack's ephemeral messages). */
    private WebApiCall toldIn(String channel, Instant since) {
        return slack.awaitCall("chat.postEphemeral", call -> call.succeeded()
                && channel.equals(call.param("channel")) && call.at().isAfter(since));
    }

    private List<String> alternates() {
        return new ReadOnlyDatabase(dataDir.resolve("passerelle.db"))
                .query("SELECT text FROM alternate_questions ORDER BY id", row -> row.getString(1));
    }

    private List<Long> stored(String sql, Object... args) {
        return new ReadOnlyDatabase(dataDir.resolve("passerelle.db")).query(sql, row -> row.getLong(1), args);
    }

    private String say(String user, String channel, String text) {
        String ts = ts();
        assertThat(app.event(message(user, channel, text, ts)).status()).isEqualTo(200);
        return ts;
    }

    private WebApiCall answerIn(String channel, Instant since) {
        return slack.awaitCall("chat.postMessage", call -> call.succeeded() && channel.equals(call.param("channel"))
                && call.at().isAfter(since));
    }
}
