package dev.passerelle.app.slack;

import static dev.passerelle.app.slack.SlackIds.eventId;
import static dev.passerelle.app.slack.SlackIds.ts;
import static dev.passerelle.app.slack.SlackPayload.message;
import static dev.passerelle.app.slack.TestWorkspace.ALICE;
import static dev.passerelle.app.slack.TestWorkspace.ALICE_DM;
import static dev.passerelle.app.slack.TestWorkspace.BOT_TOKEN;
import static dev.passerelle.app.slack.TestWorkspace.GENERAL;
import static dev.passerelle.app.slack.TestWorkspace.SIGNING_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.app.slack.SignedSlackClient.Answer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code /slack/events} against what Slack never sends and what an attacker does: bodies without a
 * signature, too big, stamped in the future, or signed but beyond what the SDK reads. Posted to the
 * app's real port; the log read back line by line, since what it must not hold (bodies, message
 * text, stack traces) is the point.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RecordedLogs.class)
class SlackEdgeIntegrationTests {

    /** A word no request carries by chance: wherever it shows in the log, a body or a text did. */
    static final String SECRET_WORD = "Zanzibarquetta";

    @TempDir
    static Path dataDir;

    @AutoClose
    static final SlackWebApi slack = SlackWebApi.start();

    static {
        TestWorkspace.install(slack);
    }

    @DynamicPropertySource
    static void slackOverHttp(DynamicPropertyRegistry registry) {
        registry.add("passerelle.data-dir", () -> dataDir.toString());
        registry.add("passerelle.slack.signing-secret", () -> SIGNING_SECRET);
        registry.add("passerelle.slack.bot-token", () -> BOT_TOKEN);
        registry.add("passerelle.slack.app-token", () -> "");
        registry.add("passerelle.slack.api-url", slack::apiUrl);
    }

    @Autowired
    SlackConfiguration.SlackApp slackApp;

    SignedSlackClient app;
    StoredKnowledge knowledge;
    int mark;

    @BeforeEach
    void connect(@LocalServerPort int port) {
        app = new SignedSlackClient(port);
        knowledge = new StoredKnowledge(dataDir);
        mark = RecordedLogs.mark();
    }

    @AfterEach
    void disconnect() {
        app.close();
    }

    @Nested
    class BeforeTheSignature {

        @Test
        void refusesABodyOfBracketsWithoutHeadersWith401AndOneShortLine() {
            Answer answer = app.postRaw(brackets(200_000), Map.of());

            assertThat(answer.status()).isEqualTo(401);
            assertThat(slackLines()).hasSize(1).allSatisfy(line -> assertThat(line).hasSizeLessThan(300));
            assertThat(RecordedLogs.since(mark)).noneMatch(line -> line.contains("[[[["));
        }

        @Test
        void refusesABodyBiggerThanSlackSendsWith413WithoutLoggingIt() {
            Answer answer = app.postRaw(brackets(1 << 20), Map.of("Content-Type", "application/json"));

            assertThat(answer.status()).isEqualTo(413);
            assertThat(slackLines()).hasSize(1);
            assertThat(RecordedLogs.since(mark)).noneMatch(line -> line.contains("[[[["));
        }

        @Test
        void refusesAnUnsignedArrayAndAnUnsignedInteractionWith401AndNoStackTrace() {
            Answer array = app.postRaw(bytes("[1,2,3]"), Map.of("Content-Type", "application/json"));
            Answer interaction = app.postRaw(bytes("payload={\"type\":\"block_actions\"}"),
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));

            assertThat(array.status()).isEqualTo(401);
            assertThat(interaction.status()).isEqualTo(401);
            assertThat(slackLines()).hasSize(2);
            assertNoStackTraceSinceMark();
        }

        @Test
        void refusesATimestampAnHourAheadThoughItsSignatureIsRight() {
            String ts = ts();
            String body = faq(ts);

            Answer answer = signedAt(String.valueOf(Instant.now().plus(Duration.ofHours(1)).getEpochSecond()), body);

            assertThat(answer.status()).isEqualTo(401);
            assertNothingStored(ts);
        }

        @Test
        void refusesATimestampWrittenWithAPlusSign() {
            String ts = ts();

            Answer answer = signedAt("+" + Instant.now().getEpochSecond(), faq(ts));

            assertThat(answer.status()).isEqualTo(401);
            assertNothingStored(ts);
        }

        @Test
        void refusesATimestampThatIsNotDigits() {
            String ts = ts();

            Answer answer = signedAt(Instant.now().getEpochSecond() + ".0", faq(ts));

            assertThat(answer.status()).isEqualTo(401);
            assertNothingStored(ts);
        }

        @Test
        void acceptsAClockFourMinutesAheadAsSlackAllowsFive() {
            String ts = ts();

            Answer answer = signedAt(String.valueOf(Instant.now().plus(Duration.ofMinutes(4)).getEpochSecond()), faq(ts));

            assertThat(answer.status()).isEqualTo(200);
            knowledge.awaitEntry(GENERAL, ts);
        }

        private Answer signedAt(String timestamp, String body) {
            return app.postRaw(bytes(body), Map.of("Content-Type", "application/json",
                    "X-Slack-Request-Timestamp", timestamp,
                    "X-Slack-Signature", SignedSlackClient.signature(timestamp, body)));
        }

        private String faq(String ts) {
            return message(ALICE, GENERAL, "#faq Who feeds the office fish? | Dana, twice a week", ts).json();
        }
    }

    @Nested
    class SignedButUnreadable {

        @Test
        void acknowledgesAFileShareTheSdkCannotReadCountsItAndLogsOneLineOfIds() {
            long before = unread();
            String eventId = eventId();

            Answer answer = app.event(SlackPayload.of("message_file_share_null_shares").with("event_id", eventId)
                    .with("user", ALICE).with("channel", GENERAL).with("ts", ts())
                    .with("text", "#faq What is the " + SECRET_WORD + " code? | 4471"));

            assertThat(answer.status()).as("Slack retries anything else").isEqualTo(200);
            assertThat(unread()).isEqualTo(before + 1);
            assertThat(slackLines()).singleElement().asString().contains(eventId).contains("T1");
            assertNoBodySinceMark();
        }

        @Test
        void acknowledgesASignedBodyOfNoKnownKindLoggingItsIdsOnly() {
            long before = unread();

            Answer answer = signed("{\"type\":\"brand_new_kind\",\"team_id\":\"T1\",\"event\":{\"text\":\""
                    + SECRET_WORD + "\"}}", "application/json");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(unread()).isEqualTo(before + 1);
            assertThat(slackLines()).singleElement().asString().contains("brand_new_kind").contains("T1");
            assertNoBodySinceMark();
        }

        @Test
        void acknowledgesASignedArrayAndASignedInteractionOfNoSubstanceWithoutAStackTrace() {
            assertThat(signed("[1,2,3,\"" + SECRET_WORD + "\"]", "application/json").status()).isEqualTo(200);
            assertThat(signed("payload=%7B%22type%22%3A%22block_actions%22%2C%22x%22%3A%22" + SECRET_WORD + "%22%7D",
                    "application/x-www-form-urlencoded").status()).isEqualTo(200);

            assertThat(slackLines()).hasSize(2);
            assertNoStackTraceSinceMark();
            assertNoBodySinceMark();
        }

        private Answer signed(String body, String contentType) {
            String timestamp = String.valueOf(Instant.now().getEpochSecond());
            return app.postRaw(bytes(body), Map.of("Content-Type", contentType, "X-Slack-Request-Timestamp", timestamp,
                    "X-Slack-Signature", SignedSlackClient.signature(timestamp, body)));
        }

        private long unread() {
            return slackApp.slack().orElseThrow().unreadRequests();
        }
    }

    @Nested
    class BlankFields {

        @Test
        void skipsAMessageWithABlankUserOnOneLine() {
            String ts = ts();

            Answer answer = app.event(message("", GENERAL, "#faq Where is the " + SECRET_WORD + "? | Upstairs", ts));

            assertThat(answer.status()).isEqualTo(200);
            assertNothingStored(ts);
            assertThat(slackLines()).singleElement().asString().contains(GENERAL);
            assertNoStackTraceSinceMark();
            assertNoBodySinceMark();
        }

        @Test
        void skipsAMessageWithABlankChannelOnOneLine() {
            String ts = ts();

            Answer answer = app.event(SlackPayload.of("message_channel").with("event_id", eventId()).with("user", ALICE)
                    .with("channel", "").with("text", "#faq Where is the " + SECRET_WORD + "? | Downstairs")
                    .with("ts", ts));

            assertThat(answer.status()).isEqualTo(200);
            slack.letTheAppWork(SlackIntegrationTests.QUIET);
            assertThat(slack.calls("reactions.add", call -> ts.equals(call.param("timestamp")))).isEmpty();
            assertThat(slackLines()).singleElement().asString().contains(ALICE);
            assertNoStackTraceSinceMark();
            assertNoBodySinceMark();
        }

        @Test
        void acknowledgesAReactionWithABlankUserCountedOnOneLine() {
            long before = slackApp.slack().orElseThrow().unreadRequests();
            String ts = ts();
            slack.message(GENERAL, ts, ALICE, "Tip: the " + SECRET_WORD + " key is in the top drawer", null);

            Answer answer = app.event(SlackPayload.reaction("", "bulb", GENERAL, ts, ALICE));

            assertThat(answer.status()).isEqualTo(200);
            assertNothingStored(ts);
            assertThat(slackApp.slack().orElseThrow().unreadRequests()).isEqualTo(before + 1);
            assertThat(slackLines()).as("besides Slack's answer to the look-up of a blank user")
                    .filteredOn(line -> !line.contains("users.info")).singleElement().asString()
                    .contains("reaction_added").contains("T1");
            assertNoStackTraceSinceMark();
            assertNoBodySinceMark();
        }
    }

    @Nested
    class Replies {

        @Test
        void sendsAPlainTextReplyWithoutABlocksField() {
            Instant asked = Instant.now();
            assertThat(app.event(message(ALICE, ALICE_DM, "thanks!", ts())).status()).isEqualTo(200);

            WebApiCall reply = slack.awaitCall("chat.postMessage", call -> ALICE_DM.equals(call.param("channel"))
                    && call.at().isAfter(asked));

            assertThat(reply.param("text")).isNotBlank();
            assertThat(reply.params()).doesNotContainKey("blocks");
            assertThat(reply.body().has("blocks")).isFalse();
        }
    }

    // ---- What the log may hold ----

    /** The lines the Slack edge, the adapter and the SDK logged since the test began. */
    private List<String> slackLines() {
        slack.letTheAppWork(Duration.ofMillis(300));
        return RecordedLogs.since(mark).stream().filter(line -> line.contains(" dev.passerelle.slack")
                || line.contains(" dev.passerelle.app.slack") || line.contains(" com.slack")).toList();
    }

    private void assertNoStackTraceSinceMark() {
        assertThat(RecordedLogs.since(mark)).noneMatch(line -> line.contains("\tat ") || line.contains("Exception:"));
    }

    private void assertNoBodySinceMark() {
        assertThat(RecordedLogs.since(mark)).noneMatch(line -> line.contains(SECRET_WORD));
    }

    private void assertNothingStored(String ts) {
        slack.letTheAppWork(SlackIntegrationTests.QUIET);
        assertThat(knowledge.fromMessage(GENERAL, ts)).isEmpty();
    }

    private static byte[] brackets(int count) {
        byte[] body = new byte[count];
        Arrays.fill(body, (byte) '[');
        return body;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
