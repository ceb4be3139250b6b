package dev.passerelle.app.slack;

import static dev.passerelle.app.slack.SlackIds.eventId;
import static dev.passerelle.app.slack.SlackIds.triggerId;
import static dev.passerelle.app.slack.SlackIds.ts;
import static dev.passerelle.app.slack.SlackPayload.message;
import static dev.passerelle.app.slack.SlackPayload.reaction;
import static dev.passerelle.app.slack.TestWorkspace.ALICE;
import static dev.passerelle.app.slack.TestWorkspace.ALICE_DM;
import static dev.passerelle.app.slack.TestWorkspace.KIM_DM;
import static dev.passerelle.app.slack.TestWorkspace.BOT_TOKEN;
import static dev.passerelle.app.slack.TestWorkspace.BOT_USER;
import static dev.passerelle.app.slack.TestWorkspace.BRUNO;
import static dev.passerelle.app.slack.TestWorkspace.BRUNO_DM;
import static dev.passerelle.app.slack.TestWorkspace.CHLOE;
import static dev.passerelle.app.slack.TestWorkspace.CHLOE_DM;
import static dev.passerelle.app.slack.TestWorkspace.DANA;
import static dev.passerelle.app.slack.TestWorkspace.DANA_DM;
import static dev.passerelle.app.slack.TestWorkspace.GENERAL;
import static dev.passerelle.app.slack.TestWorkspace.KIM;
import static dev.passerelle.app.slack.TestWorkspace.PROJECT;
import static dev.passerelle.app.slack.TestWorkspace.SIGNING_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.passerelle.app.slack.SignedSlackClient.Answer;
import dev.passerelle.app.slack.SignedSlackClient.Delivery;
import dev.passerelle.app.slack.StoredKnowledge.StoredEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Passerelle on Slack over HTTP, end to end: Slack's documented payloads, signed as Slack signs
 * them, posted to the app's real port; the app's Web API calls answered by a local server that
 * speaks Slack's wire format; what was stored read back from the SQLite file.
 *
 * <p>One file because every scenario shares one running application (starting it is the slow
 * part); each {@code @Nested} class is one scenario, and each test makes its own data (its own
 * message timestamps and topics) so that none depends on another.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RecordedLogs.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class SlackIntegrationTests {

    /** How long work the app should not do is given to show up before asserting that it did not. */
    static final Duration QUIET = Duration.ofSeconds(1);

    @TempDir
    static Path dataDir;

    @AutoClose // after the application, which JUnit closes first
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
        registry.add("passerelle.roles.knowledge-managers", () -> KIM);
    }

    SignedSlackClient app;
    StoredKnowledge knowledge;

    @BeforeEach
    void connect(@LocalServerPort int port) {
        app = new SignedSlackClient(port);
        knowledge = new StoredKnowledge(dataDir);
    }

    @AfterEach
    void disconnect() {
        app.close();
    }

    @Nested
    @Order(1)
    class RequestsFromSlack {

        @Test
        void answersTheUrlVerificationChallenge() {
            Answer answer = app.event(SlackPayload.of("url_verification")
                    .with("challenge", "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
        }

        @Test
        void refusesAForgedSignatureAndStoresNothing() {
            String ts = ts();
            Answer answer = app.event(message(ALICE, GENERAL, "#faq Who waters the office plants? | Chloé, on Mondays",
                    ts), Delivery.now().signedWith("not-the-signing-secret"));

            assertThat(answer.status()).isEqualTo(401);
            assertNothingHappenedTo(GENERAL, ts);
        }

        @Test
        void refusesARequestSignedMoreThanFiveMinutesAgoAndStoresNothing() {
            String ts = ts();
            Answer answer = app.event(message(ALICE, GENERAL, "#faq Who orders the coffee? | Dana, every Friday", ts),
                    Delivery.now().signedAt(Instant.now().minus(Duration.ofMinutes(6))));

            assertThat(answer.status()).isEqualTo(401);
            assertNothingHappenedTo(GENERAL, ts);
        }

        @Test
        void refusesAnUnsignedRequest() {
            String ts = ts();
            String body = message(ALICE, GENERAL, "#faq Who locks the door? | The last one out", ts).json();
            Answer answer = app.post(body, "application/json", Delivery.unsigned());

            assertThat(answer.status()).isEqualTo(401);
            assertNothingHappenedTo(GENERAL, ts);
        }

        @Test
        void capturesARetriedDeliveryOnlyOnce() {
            String ts = ts();
            SlackPayload faq = message(ALICE, GENERAL, "#faq Where is the spare projector? | In the cupboard of room 4B",
                    ts);

            assertThat(app.event(faq).status()).isEqualTo(200);
            assertThat(app.event(faq, Delivery.now().retry(1, "http_timeout")).status()).isEqualTo(200);
            long id = knowledge.awaitEntry(GENERAL, ts).id();
            // Delivered once at least (however loaded the machine), then given time to do it twice if it would.
            slack.awaitCall("reactions.add", call -> ts.equals(call.param("timestamp")));
            slack.awaitCall("chat.postEphemeral", call -> call.param("text").contains("FAQ #" + id + " "));
            slack.letTheAppWork(QUIET);

            assertThat(knowledge.fromMessage(GENERAL, ts)).hasSize(1);
            assertThat(slack.calls("reactions.add", call -> ts.equals(call.param("timestamp")))).hasSize(1);
            assertThat(slack.calls("chat.postEphemeral", call -> call.param("text").contains("FAQ #" + id + " ")))
                    .hasSize(1);
        }

        private void assertNothingHappenedTo(String channel, String ts) {
            slack.letTheAppWork(QUIET);
            assertThat(knowledge.fromMessage(channel, ts)).isEmpty();
            assertThat(slack.calls("reactions.add", call -> ts.equals(call.param("timestamp")))).isEmpty();
        }
    }

    @Nested
    @Order(2)
    class CapturingKnowledge {

        @Test
        void capturesATaggedFaqFromAPublicChannelAndMarksTheMessage() {
            String ts = say(ALICE, GENERAL, "#faq How do I reset my VPN token? | Open vpn.example.com and click Reset");

            StoredEntry faq = knowledge.awaitEntry(GENERAL, ts);
            assertThat(faq).extracting(StoredEntry::kind, StoredEntry::status, StoredEntry::title, StoredEntry::body,
                            StoredEntry::channelKey, StoredEntry::restricted, StoredEntry::author)
                    .containsExactly("faq", "draft", "How do I reset my VPN token?", "Open vpn.example.com and click Reset",
                            "slack:T1:C1", false, ALICE);
            WebApiCall reaction = slack.awaitCall("reactions.add", call -> ts.equals(call.param("timestamp")));
            assertThat(reaction.param("channel")).isEqualTo(GENERAL);
            assertThat(reaction.param("name")).isEqualTo("inbox_tray");
            WebApiCall told = slack.awaitCall("chat.postEphemeral", call -> call.is("chat.postEphemeral", "user", ALICE)
                    && call.param("text").contains("#" + faq.id() + " "));
            assertThat(told.param("channel")).isEqualTo(GENERAL);
            assertThat(told.param("text")).startsWith("Saved as FAQ #" + faq.id());
        }

        @ParameterizedTest
        @ValueSource(strings = {"message_file_share", "message_thread_broadcast"})
        void capturesATaggedFaqFromAMessageWithAFileOrAlsoSentToTheChannel(String fixture) {
            String ts = ts();

            app.event(SlackPayload.of(fixture).with("event_id", eventId()).with("user", ALICE).with("channel", GENERAL)
                    .with("ts", ts).with("thread_ts", ts()).with("text",
                            "#faq How do I clear the badge printer queue? | Hold the reset button five seconds"));

            assertThat(knowledge.awaitEntry(GENERAL, ts).title()).isEqualTo("How do I clear the badge printer queue?");
        }

        @Test
        void updatesACapturedFaqWhenItsMessageIsEdited() {
            String ts = say(ALICE, GENERAL, "#faq How long is the laptop warranty? | Two years");
            knowledge.awaitEntry(GENERAL, ts);

            app.event(SlackPayload.of("message_changed").with("event_id", eventId()).with("channel", GENERAL)
                    .with("user", ALICE).with("ts", ts).with("edited_ts", ts())
                    .with("text", "#faq How long is the laptop warranty? | Three years since 2024")
                    .with("previous_text", "#faq How long is the laptop warranty? | Two years"));

            StoredEntry edited = knowledge.awaitEntry(GENERAL, ts, faq -> "Three years since 2024".equals(faq.body()));
            assertThat(edited.title()).isEqualTo("How long is the laptop warranty?");
        }

        @Test
        void removesACapturedFaqWhenItsMessageIsDeleted() {
            String ts = say(ALICE, GENERAL, "#faq Where is the first-aid kit? | Behind the reception desk");
            knowledge.awaitEntry(GENERAL, ts);

            app.event(SlackPayload.of("message_deleted").with("event_id", eventId()).with("channel", GENERAL)
                    .with("user", ALICE).with("ts", ts).with("deleted_at", ts())
                    .with("previous_text", "#faq Where is the first-aid kit? | Behind the reception desk"));

            knowledge.awaitNoEntry(GENERAL, ts);
        }

        @Test
        void savesTheMessageABulbReactionIsOnAsAnInsightByItsAuthor() {
            String ts = ts();
            slack.message(GENERAL, ts, BRUNO, "Tip: the third-floor printer jams less when you load paper in tray 2", null);

            app.event(reaction(CHLOE, "bulb", GENERAL, ts, BRUNO));

            StoredEntry insight = knowledge.awaitEntry(GENERAL, ts);
            assertThat(insight).extracting(StoredEntry::kind, StoredEntry::status, StoredEntry::author)
                    .containsExactly("insight", "draft", BRUNO);
            assertThat(insight.title()).contains("printer jams less when you load paper in tray 2");
            slack.awaitCall("chat.postEphemeral", call -> CHLOE.equals(call.param("user"))
                    && call.param("text").contains("#" + insight.id()));
        }

        @Test
        void findsAThreadReplyABulbReactionIsOnThroughConversationsReplies() {
            String parent = ts();
            String reply = ts();
            slack.message(GENERAL, parent, ALICE, "Does anyone know how to unjam the scanner?", null);
            slack.message(GENERAL, reply, BRUNO, "Tip: open the side flap first, then pull the sheet downwards", parent);

            app.event(reaction(CHLOE, "bulb::skin-tone-3", GENERAL, reply, BRUNO));

            StoredEntry insight = knowledge.awaitEntry(GENERAL, reply);
            assertThat(insight).extracting(StoredEntry::kind, StoredEntry::thread, StoredEntry::author)
                    .containsExactly("insight", parent, BRUNO);
            assertThat(slack.calls("conversations.replies", call -> reply.equals(call.param("ts")))).isNotEmpty();
        }
    }

    @Nested
    @Order(3)
    class AnsweringQuestions {

        @Test
        void answersADirectMessageInThatConversationWithTheEntryItsSourceAndFeedbackButtons() {
            String source = say(KIM, GENERAL, "#faq How do I request a new badge? | Fill in the form at badges.example.com");
            StoredEntry faq = knowledge.awaitEntry(GENERAL, source);

            WebApiCall answer = ask(ALICE, ALICE_DM, "How do I request a new badge?");

            assertThat(answer.param("thread_ts")).as("a DM is answered in the conversation itself").isNull();
            assertThat(answer.param("text")).contains("How do I request a new badge?")
                    .contains("Fill in the form at badges.example.com");
            String blocks = answer.json("blocks").toString();
            assertThat(blocks).contains("Fill in the form at badges.example.com")
                    .contains(SlackWebApi.permalinkOf(GENERAL, source))
                    .contains("\"action_id\":\"helpful\"")
                    .contains("\"value\":\"" + faq.id() + ":en\"");
        }

        @Test
        void answersAMentionInTheThreadOfTheMessageOnceThoughSlackAlsoSendsTheMessage() {
            capture(KIM, GENERAL, "#faq How do I book the airport shuttle? | Book it on travel.example.com two days ahead");
            String ts = ts();
            String text = "<@" + BOT_USER + "> how do I book the airport shuttle?";
            Instant asked = Instant.now();

            app.event(SlackPayload.of("app_mention").with("event_id", eventId()).with("user", ALICE)
                    .with("channel", GENERAL).with("text", text).with("ts", ts));
            app.event(message(ALICE, GENERAL, text, ts));

            WebApiCall answer = answerIn(GENERAL, asked);
            assertThat(answer.param("thread_ts")).isEqualTo(ts);
            assertThat(answer.param("text")).contains("travel.example.com");
            slack.letTheAppWork(QUIET);
            assertThat(slack.calls("chat.postMessage", call -> ts.equals(call.param("thread_ts")))).hasSize(1);
        }

        @Test
        void acknowledgesKbWhoAtOnceAndAnswersThroughTheResponseUrl() {
            String ts = say(BRUNO, GENERAL, "#faq How do I export contacts from the CRM? | Use the CRM export wizard");
            knowledge.awaitEntry(GENERAL, ts);
            String responseUrl = slack.newResponseUrl();

            Answer ack = app.command(SlackPayload.of("slash_command_kb").with("channel", GENERAL)
                    .with("channel_name", "general").with("user", ALICE).with("user_name", "alice")
                    .with("text", "who CRM").with("response_url", responseUrl).with("trigger_id", triggerId()));

            assertThat(ack.status()).isEqualTo(200);
            assertThat(ack.body()).isBlank();
            WebApiCall answer = slack.awaitResponse(responseUrl);
            assertThat(answer.param("text")).contains("Bruno Leroy").contains("CRM");
            assertThat(answer.json("blocks").toString()).contains("Bruno Leroy");
        }

        @Test
        void neverPingsEveryoneWithTheMassMentionsAMessageCarried() {
            capture(ALICE, GENERAL, "#faq <!channel> How do I book the boardroom? | Ask <!subteam^S1|@devs> or @here");

            String said = ask(ALICE, ALICE_DM, "How do I book the boardroom?").said();

            assertThat(said).contains("boardroom")
                    .doesNotContain("<!channel>", "<!here>", "<!subteam", "subteam^", "@here", "@channel");
        }

        @Test
        void showsALinkAUserTypedAsTextRatherThanAsAMaskedLink() {
            String ts = say(ALICE, GENERAL,
                    "#faq Where do I get the expense app? | From &lt;https://phish.example/login|the intranet&gt;");
            knowledge.awaitEntry(GENERAL, ts);

            String said = ask(ALICE, ALICE_DM, "Where do I get the expense app?").said();

            assertThat(said).contains("phish.example").doesNotContain("<https://phish.example");
        }

        @Test
        void waitsForRetryAfterWhenRateLimitedAndStillDeliversTheAnswer() {
            String ts = say(KIM, GENERAL, "#faq Where is the holiday calendar? | On the intranet, under HR");
            knowledge.awaitEntry(GENERAL, ts);
            slack.rateLimitNext("chat.postMessage", call -> DANA_DM.equals(call.param("channel")));

            WebApiCall answer = ask(DANA, DANA_DM, "Where is the holiday calendar?");

            assertThat(answer.param("text")).contains("On the intranet, under HR");
            List<WebApiCall> attempts = slack.calls("chat.postMessage", call -> DANA_DM.equals(call.param("channel")));
            assertThat(attempts).extracting(WebApiCall::status).containsExactly(429, 200);
            assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
    }

    @Nested
    @Order(4)
    class PrivateChannels {

        @Test
        void keepsAFaqFromAPrivateChannelRestrictedToItsMembers() {
            String ts = say(ALICE, PROJECT, "#faq What is the Falcon launch date? | March 3rd, keep it quiet");

            StoredEntry faq = knowledge.awaitEntry(PROJECT, ts);

            assertThat(faq.restricted()).isTrue();
            assertThat(slack.calls("conversations.members", call -> PROJECT.equals(call.param("channel")))).isNotEmpty();
            assertThat(ask(CHLOE, CHLOE_DM, "What is the Falcon launch date?").said())
                    .as("Chloé is not in the project channel").doesNotContain("March 3rd");
            assertThat(ask(BRUNO, BRUNO_DM, "What is the Falcon launch date?").said())
                    .as("Bruno is, as conversations.members says, though he never wrote there").contains("March 3rd");
        }

        @Test
        void answersAMemberWhoAsksInAPublicChannelWithoutShowingThatChannelItsPrivateKnowledge() {
            capture(ALICE, PROJECT, "#faq What is the Heron budget? | 40k, do not share outside the project");
            String ts = ts();
            Instant asked = Instant.now();

            app.event(SlackPayload.of("app_mention").with("event_id", eventId()).with("user", ALICE)
                    .with("channel", GENERAL).with("text", "<@" + BOT_USER + "> what is the Heron budget?").with("ts", ts));

            await().atMost(SlackWebApi.PATIENCE).until(() -> !slack.calls("chat.postMessage",
                    call -> ts.equals(call.param("thread_ts"))).isEmpty() || !slack.calls("chat.postEphemeral",
                    call -> ALICE.equals(call.param("user")) && call.at().isAfter(asked)).isEmpty());
            slack.letTheAppWork(QUIET);
            assertThat(slack.calls("chat.postMessage", call -> GENERAL.equals(call.param("channel"))
                    && call.at().isAfter(asked))).as("replies everyone in #general reads")
                    .noneMatch(call -> call.said().contains("40k"));
        }

        @Test
        void answersKbAskInAPublicChannelWithoutShowingThatChannelItsPrivateKnowledge() {
            capture(ALICE, PROJECT, "#faq Who is the Osprey client contact? | Mrs Leblanc at Osprey Ltd");
            String responseUrl = slack.newResponseUrl();

            app.command(SlackPayload.of("slash_command_kb").with("channel", GENERAL).with("channel_name", "general")
                    .with("user", ALICE).with("user_name", "alice").with("text", "ask who is the Osprey client contact?")
                    .with("response_url", responseUrl).with("trigger_id", triggerId()));

            WebApiCall answer = slack.awaitResponse(responseUrl);
            assertThat(answer).as("the answer to /kb ask, unless only Alice sees it, is read by everyone in #general")
                    .satisfiesAnyOf(
                            only -> assertThat(only.param("response_type")).isEqualTo("ephemeral"),
                            everyone -> assertThat(everyone.said()).doesNotContain("Leblanc"));
        }
    }

    @Nested
    @Order(5)
    class ButtonsShortcutsAndHome {

        @Test
        void storesHelpfulFeedbackAndThanksThroughTheResponseUrl() {
            StoredEntry faq = capture(ALICE, GENERAL, "#faq How do I get a guest wifi code? | Ask reception for one");
            String responseUrl = slack.newResponseUrl();

            Answer ack = app.interaction(button("block_actions_message", CHLOE, "feedback.helpful", faq.id())
                    .with("response_url", responseUrl));

            assertThat(ack.status()).isEqualTo(200);
            WebApiCall thanks = slack.awaitResponse(responseUrl);
            assertThat(thanks.param("text")).isEqualTo("Thanks, noted: it helps rank answers.");
            assertThat(thanks.param("response_type")).isEqualTo("ephemeral");
            assertThat(thanks.param("replace_original")).isEqualTo("false");
            assertThat(knowledge.feedback(faq.id(), CHLOE)).contains(true);
            assertThat(knowledge.awaitEntry(GENERAL, faq.source()).helpful()).isEqualTo(1);
        }

        @Test
        void answersAClickInTheLanguageOfTheReplyItsButtonWasOn() {
            StoredEntry faq = capture(ALICE, GENERAL, "#faq Qui valide les notes de frais ? | Votre manager");
            String responseUrl = slack.newResponseUrl();

            app.interaction(button("block_actions_message", CHLOE, "verify", faq.id())
                    .with("value", faq.id() + ":fr").with("response_url", responseUrl));

            assertThat(slack.awaitResponse(responseUrl).param("text"))
                    .startsWith("Seuls les gestionnaires de connaissances");
        }

        @Test
        void refusesVerifyToAMemberAndLeavesTheEntryADraft() {
            StoredEntry faq = capture(ALICE, GENERAL, "#faq Who approves travel requests? | Your team lead");
            String responseUrl = slack.newResponseUrl();

            app.interaction(button("block_actions_message", CHLOE, "verify", faq.id())
                    .with("response_url", responseUrl));

            assertThat(slack.awaitResponse(responseUrl).param("text")).startsWith("Only knowledge managers");
            assertThat(knowledge.fromMessage(GENERAL, faq.source()).getFirst().status()).isEqualTo("draft");
        }

        @Test
        void verifiesForAKnowledgeManagerFromTheHomeTabAndRepublishesIt() {
            StoredEntry faq = capture(ALICE, GENERAL, "#faq Where are the meeting notes kept? | In the team wiki");
            Instant clicked = Instant.now();

            Answer ack = app.interaction(button("block_actions_home", KIM, "verify", faq.id()));

            assertThat(ack.status()).isEqualTo(200);
            knowledge.awaitEntry(GENERAL, faq.source(), entry -> entry.status().equals("verified"));
            slack.awaitCall("views.publish", call -> KIM.equals(call.param("user_id")) && call.at().isAfter(clicked));
        }

        @Test
        void answersTheEditButtonWithTheEditCommandsPrefilledWhenNoFormCanBeOpened() {
            StoredEntry faq = capture(ALICE, GENERAL, "#faq Where is the spare projector? | In room 4B");
            String responseUrl = slack.newResponseUrl();

            app.interaction(button("block_actions_message", KIM, "edit", faq.id()).with("response_url", responseUrl)
                    .with("trigger_id", ""));

            assertThat(slack.awaitResponse(responseUrl).param("text")).startsWith("To edit #" + faq.id() + ", send one of:")
                    .contains("/kb edit " + faq.id() + " answer &lt;new answer&gt;", "Answer now: In room 4B");
        }

        @Test
        void opensTheEditFormFromEditAndItsSubmissionRewritesTheEntry() {
            StoredEntry faq = capture(ALICE, GENERAL, "#faq Where is the old projector? | In room 4B");
            String triggerId = triggerId();

            Answer clicked = app.interaction(button("block_actions_message", KIM, "edit", faq.id())
                    .with("trigger_id", triggerId).with("response_url", slack.newResponseUrl()));

            assertThat(clicked.status()).isEqualTo(200);
            JsonObject modal = slack.awaitCall("views.open", call -> triggerId.equals(call.param("trigger_id")))
                    .json("view").getAsJsonObject();
            assertThat(modal.get("callback_id").getAsString()).isEqualTo("passerelle_edit");
            assertThat(modal.toString()).contains("Where is the old projector?", "In room 4B");

            Answer submitted = app.interaction(SlackPayload.of("view_submission_edit").with("user", KIM)
                    .with("user_name", "kim").with("trigger_id", triggerId()).with("view_id", SlackIds.viewId())
                    .with("private_metadata", modal.get("private_metadata").getAsString())
                    .with("question", "Where is the old projector?").with("answer", "In room 5C, second shelf")
                    .with("tags", "equipment"));

            assertThat(submitted.status()).isEqualTo(200);
            assertThat(submitted.body()).isBlank();
            StoredEntry edited = knowledge.awaitEntry(GENERAL, faq.source(),
                    entry -> "In room 5C, second shelf".equals(entry.body()));
            assertThat(edited.title()).isEqualTo("Where is the old projector?");
            assertThat(knowledge.tags(faq.id())).containsExactly("equipment");
            slack.awaitCall("chat.postEphemeral", call -> KIM.equals(call.param("user"))
                    && call.param("text").startsWith("Saved #" + faq.id()));
        }

        @Test
        void publishesTheHomeTabWhenItIsOpened() {
            Instant opened = Instant.now();

            app.event(SlackPayload.of("app_home_opened").with("event_id", eventId()).with("user", BRUNO)
                    .with("channel", BRUNO_DM).with("event_ts", ts()));

            WebApiCall publish = slack.awaitCall("views.publish", call -> BRUNO.equals(call.param("user_id"))
                    && call.at().isAfter(opened));
            JsonObject view = publish.json("view").getAsJsonObject();
            assertThat(view.get("type").getAsString()).isEqualTo("home");
            assertThat(view.toString()).contains("Bruno Leroy");
        }

        @Test
        void savesAMessageThroughTheShortcutAndItsFormAsTheChosenKindByItsAuthor() {
            String ts = ts();
            String triggerId = triggerId();
            String text = "Invoices over 10k need two signatures, send them to finance";

            Answer opened = app.interaction(SlackPayload.of("message_action").with("action_ts", ts())
                    .with("user", KIM).with("user_name", "kim").with("channel", GENERAL).with("channel_name", "general")
                    .with("trigger_id", triggerId).with("response_url", slack.newResponseUrl()).with("ts", ts)
                    .with("text", text).with("author", BRUNO));

            assertThat(opened.status()).isEqualTo(200);
            JsonObject modal = slack.awaitCall("views.open", call -> triggerId.equals(call.param("trigger_id")))
                    .json("view").getAsJsonObject();
            assertThat(modal.get("callback_id").getAsString()).isEqualTo("passerelle_save");
            assertThat(modal.toString()).contains(text);

            Answer submitted = app.interaction(submission(KIM, modal.get("private_metadata").getAsString(), "faq",
                    "Who signs invoices over 10k? | Two directors, then finance pays", "finance, invoices"));

            assertThat(submitted.status()).isEqualTo(200);
            assertThat(submitted.body()).isBlank();
            StoredEntry saved = knowledge.awaitEntry(GENERAL, ts);
            assertThat(saved).extracting(StoredEntry::kind, StoredEntry::status, StoredEntry::title, StoredEntry::body,
                            StoredEntry::author)
                    .containsExactly("faq", "verified", "Who signs invoices over 10k?", "Two directors, then finance pays",
                            BRUNO);
            assertThat(knowledge.tags(saved.id())).containsExactly("finance", "invoices");
            slack.awaitCall("chat.postEphemeral", call -> KIM.equals(call.param("user"))
                    && call.param("text").contains("#" + saved.id()));
        }

        @Test
        void keepsTheFormOpenWithAnErrorWhenItsTextIsEmpty() {
            String metadata = "{\"team\":\"T1\",\"channel\":\"C1\",\"ts\":\"" + ts() + "\",\"author\":\"U2\"}";

            Answer submitted = app.interaction(submission(KIM, metadata, "insight", "   ", ""));

            assertThat(submitted.status()).isEqualTo(200);
            JsonObject errors = JsonParser.parseString(submitted.body()).getAsJsonObject();
            assertThat(errors.get("response_action").getAsString()).isEqualTo("errors");
            assertThat(errors.getAsJsonObject("errors").get("text").getAsString()).isEqualTo("The text is empty: write what to save.");
        }

        private SlackPayload button(String fixture, String user, String actionId, long entryId) {
            return SlackPayload.of(fixture).with("user", user).with("user_name", user.toLowerCase(Locale.ROOT))
                    .with("channel", GENERAL).with("channel_name", "general").with("message_ts", ts())
                    .with("trigger_id", triggerId()).with("action_id", actionId).with("label", actionId)
                    .with("value", String.valueOf(entryId)).with("action_ts", ts());
        }

        private SlackPayload submission(String user, String privateMetadata, String kind, String text, String tags) {
            return SlackPayload.of("view_submission").with("user", user).with("user_name", user.toLowerCase(Locale.ROOT))
                    .with("trigger_id", triggerId()).with("view_id", SlackIds.viewId())
                    .with("private_metadata", privateMetadata).with("kind", kind).with("kind_label", kind)
                    .with("text", text).with("tags", tags);
        }
    }

    /** A button pressed on one of the bot's messages redraws that message: the entry in its new state. */
    @Nested
    @Order(6)
    class ClickedMessages {

        @Test
        void verifyOnTheEphemeralPendingListRedrawsThatListWithTheEntryVerified() {
            capture(ALICE, GENERAL, "#faq Who renews the parking badges? | The front desk, on Tuesdays");
            JsonArray shown = pendingFor(KIM);
            JsonObject actions = entryActions(shown);
            long entry = entryOf(actions);
            String clicked = slack.newResponseUrl();

            app.interaction(SlackPayload.of("block_actions_ephemeral").with("user", KIM).with("user_name", "kim")
                    .with("channel", GENERAL).with("channel_name", "general").with("message_ts", ts())
                    .with("trigger_id", triggerId()).with("action_id", "verify").with("label", "Verify")
                    .with("value", entry + ":en").with("block_id", actions.get("block_id").getAsString())
                    .with("action_ts", ts()).with("response_url", clicked));

            List<WebApiCall> responses = slack.awaitResponses(clicked, 2);
            WebApiCall redraw = responses.getFirst();
            assertThat(redraw.param("replace_original")).isEqualTo("true");
            JsonArray redrawn = redraw.json("blocks").getAsJsonArray();
            assertThat(redrawn.size()).isEqualTo(shown.size());
            assertThat(heading(redrawn, entry)).startsWith("*#" + entry + " FAQ* ✅ Verified");
            assertThat(buttonsOf(redrawn, entry)).containsExactly("edit", "archive");
            assertThat(responses.get(1).param("text")).isEqualTo("#" + entry + " is now verified.");
            assertThat(knowledge.status(entry)).isEqualTo("verified");
        }

        @Test
        void archiveOnAPostedMessageRedrawsItFromTheBlocksSlackSendsBack() {
            capture(ALICE, GENERAL, "#faq Where is the spare projector? | Room 3B, top shelf");
            JsonArray shown = pendingFor(KIM);
            JsonObject actions = entryActions(shown);
            long entry = entryOf(actions);
            String clicked = slack.newResponseUrl();

            app.interaction(SlackPayload.of("block_actions_card").with("user", KIM).with("user_name", "kim")
                    .with("channel", GENERAL).with("channel_name", "general").with("message_ts", ts())
                    .with("message_text", "Waiting for review").withJson("message_blocks", shown.toString())
                    .with("trigger_id", triggerId()).with("action_id", "archive").with("label", "Archive")
                    .with("value", entry + ":en").with("block_id", "entry-" + entry)
                    .with("action_ts", ts()).with("response_url", clicked));

            WebApiCall redraw = slack.awaitResponses(clicked, 2).getFirst();
            assertThat(redraw.param("replace_original")).isEqualTo("true");
            assertThat(redraw.param("text")).isEqualTo("Waiting for review");
            JsonArray redrawn = redraw.json("blocks").getAsJsonArray();
            assertThat(heading(redrawn, entry)).startsWith("*#" + entry + " FAQ* · archived");
            assertThat(buttonsOf(redrawn, entry)).containsExactly("unarchive");
        }

        /**
         * The ephemeral list's blocks live only in the app's memory, for 30 minutes: after a restart, or later than
         * that, a click on it names a mark nothing remembers. It still acts, and says so in one line in the language
         * of the button; the list is left as it was, never replaced by something partial.
         */
        @Test
        void verifyOnAnEphemeralListNoLongerRememberedStillVerifiesAndSaysSoInOneLine() {
            capture(ALICE, GENERAL, "#faq Qui arrose les plantes du bureau ? | Sam, le vendredi");
            JsonObject actions = entryActions(pendingFor(KIM));
            long entry = entryOf(actions);
            String blockId = actions.get("block_id").getAsString();
            String forgotten = blockId.substring(0, blockId.indexOf('.')) + ".0123456789ab";
            String clicked = slack.newResponseUrl();

            app.interaction(SlackPayload.of("block_actions_ephemeral").with("user", KIM).with("user_name", "kim")
                    .with("channel", GENERAL).with("channel_name", "general").with("message_ts", ts())
                    .with("trigger_id", triggerId()).with("action_id", "verify").with("label", "Vérifier")
                    .with("value", entry + ":fr").with("block_id", forgotten)
                    .with("action_ts", ts()).with("response_url", clicked));

            slack.awaitResponse(clicked);
            slack.letTheAppWork(Duration.ofSeconds(1));
            assertThat(slack.awaitResponses(clicked, 1)).singleElement().satisfies(said -> {
                assertThat(said.param("replace_original")).isNotEqualTo("true");
                assertThat(said.param("response_type")).isEqualTo("ephemeral");
                assertThat(said.param("text")).isEqualTo("#" + entry + " est désormais vérifiée.");
            });
            assertThat(knowledge.status(entry)).isEqualTo("verified");
        }

        @Test
        void verifyOnADeskMessageRedrawsTheWholeDeskWithTheQueueOneShorter() {
            capture(ALICE, GENERAL, "#faq Where is the badge office? | Ground floor, by reception");
            String listed = slack.newResponseUrl();
            app.command(SlackPayload.of("slash_command_kb").with("channel", GENERAL).with("channel_name", "general")
                    .with("user", KIM).with("user_name", "kim").with("text", "desk")
                    .with("response_url", listed).with("trigger_id", triggerId()));
            WebApiCall desk = slack.awaitResponse(listed);
            JsonArray shown = desk.json("blocks").getAsJsonArray();
            int waiting = waiting(shown);
            long oldest = oldestDraft(shown);
            assertThat(buttonsOf(shown, oldest)).containsExactly("verify", "edit", "archive");
            String clicked = slack.newResponseUrl();

            app.interaction(SlackPayload.of("block_actions_message").with("user", KIM).with("user_name", "kim")
                    .with("channel", GENERAL).with("channel_name", "general").with("message_ts", ts())
                    .with("trigger_id", triggerId()).with("action_id", "verify").with("label", "Verify")
                    .with("value", oldest + ":en:desk").with("block_id", "entry-" + oldest)
                    .with("action_ts", ts()).with("response_url", clicked));

            List<WebApiCall> responses = slack.awaitResponses(clicked, 2);
            WebApiCall redraw = responses.stream().filter(call -> "true".equals(call.param("replace_original")))
                    .findFirst().orElseThrow();
            assertThat(redraw.param("text")).startsWith("Your desk");
            JsonArray redrawn = redraw.json("blocks").getAsJsonArray();
            assertThat(waiting(redrawn)).isEqualTo(waiting - 1);
            assertThat(buttonsOf(redrawn, oldest)).isEmpty();
            assertThat(knowledge.status(oldest)).isEqualTo("verified");
            // Back to the queue where it was, oldest first, for the clicks on the pending list after this one.
            String undone = slack.newResponseUrl();
            app.command(SlackPayload.of("slash_command_kb").with("channel", GENERAL).with("channel_name", "general")
                    .with("user", KIM).with("user_name", "kim").with("text", "unverify " + oldest)
                    .with("response_url", undone).with("trigger_id", triggerId()));
            assertThat(slack.awaitResponse(undone).param("text")).contains("#" + oldest);
        }

        /** The first entry of the desk's review queue: the one whose buttons are Verify, Edit and Archive. */
        private static long oldestDraft(JsonArray blocks) {
            for (var block : blocks) {
                JsonObject object = block.getAsJsonObject();
                if (object.get("type").getAsString().equals("actions") && object.getAsJsonArray("elements").get(0)
                        .getAsJsonObject().get("action_id").getAsString().equals("verify")) {
                    return entryOf(object);
                }
            }
            throw new AssertionError("no draft in " + blocks);
        }

        /** The review queue's total, as the desk's "Waiting for review: N" section says it. */
        private static int waiting(JsonArray blocks) {
            var total = java.util.regex.Pattern.compile("Waiting for review: (\\d+)").matcher(blocks.toString());
            if (!total.find()) {
                throw new AssertionError("no review queue in " + blocks);
            }
            return Integer.parseInt(total.group(1));
        }

        private JsonArray pendingFor(String manager) {
            String listed = slack.newResponseUrl();
            app.command(SlackPayload.of("slash_command_kb").with("channel", GENERAL).with("channel_name", "general")
                    .with("user", manager).with("user_name", manager.toLowerCase(Locale.ROOT)).with("text", "pending faq")
                    .with("response_url", listed).with("trigger_id", triggerId()));
            return slack.awaitResponse(listed).json("blocks").getAsJsonArray();
        }

        private static JsonObject entryActions(JsonArray blocks) {
            for (var block : blocks) {
                JsonObject object = block.getAsJsonObject();
                if (object.get("type").getAsString().equals("actions")
                        && object.get("block_id").getAsString().startsWith("entry-")) {
                    return object;
                }
            }
            throw new AssertionError("no entry's buttons in " + blocks);
        }

        private static long entryOf(JsonObject actions) {
            return Long.parseLong(actions.get("block_id").getAsString().replaceAll("^entry-(\\d+).*$", "$1"));
        }

        private static String heading(JsonArray blocks, long entry) {
            for (var block : blocks) {
                var text = block.getAsJsonObject().getAsJsonObject("text");
                if (text != null && text.get("text").getAsString().startsWith("*#" + entry + " ")) {
                    return text.get("text").getAsString();
                }
            }
            throw new AssertionError("no entry #" + entry + " in " + blocks);
        }

        private static List<String> buttonsOf(JsonArray blocks, long entry) {
            for (var block : blocks) {
                JsonObject object = block.getAsJsonObject();
                if (object.get("type").getAsString().equals("actions")
                        && object.get("block_id").getAsString().matches("entry-" + entry + "(\\..*)?")) {
                    List<String> ids = new java.util.ArrayList<>();
                    object.getAsJsonArray("elements").forEach(e -> ids.add(e.getAsJsonObject().get("action_id")
                            .getAsString()));
                    return ids;
                }
            }
            return List.of();
        }
    }

    /** Last, so that it reads the log of everything above; the application stops after it. */
    @Nested
    @Order(Integer.MAX_VALUE)
    @DirtiesContext // the data directory is deleted after the class: close the knowledge base first
    class Logs {

        @Test
        void neverContainTheBotTokenOrTheSigningSecret() {
            say(ALICE, "D9", "How do I reset my VPN token?");
            slack.awaitCall("chat.postMessage", call -> "D9".equals(call.param("channel")));
            await().atMost(SlackWebApi.PATIENCE).until(() -> RecordedLogs.all().contains("channel_not_found"));

            assertThat(RecordedLogs.all()).as("the log from start-up to now").contains("Slack is on")
                    .doesNotContain(BOT_TOKEN).doesNotContain(SIGNING_SECRET);
        }
    }

    @Nested
    @Order(20)
    class PainPoints {

        static final String LIFT = "#painpoint The staff lift is stuck on the second floor every morning";

        @Test
        void aThumbsUpBacksAPainPointAndTakingItBackUndoesIt() {
            String ts = say(BRUNO, GENERAL, LIFT);
            StoredEntry pain = knowledge.awaitEntry(GENERAL, ts);
            slack.message(GENERAL, ts, BRUNO, LIFT, null);

            app.event(reaction(CHLOE, "+1", GENERAL, ts, BRUNO));
            await().atMost(SlackWebApi.PATIENCE).until(() -> knowledge.votes(pain.id()) == 2);
            Answer removed = app.event(SlackPayload.reactionRemoved(CHLOE, "+1::skin-tone-2", GENERAL, ts, BRUNO));

            assertThat(removed.status()).isEqualTo(200);
            await().atMost(SlackWebApi.PATIENCE).until(() -> knowledge.votes(pain.id()) == 1);
            slack.awaitCall("chat.postEphemeral", call -> CHLOE.equals(call.param("user"))
                    && call.param("text").startsWith("Took back your +1 on pain point #" + pain.id()));
        }

        @Test
        void acknowledgingAPainPointTellsItsReporterAndBackersInADirectMessage() {
            String text = "#painpoint The car park barrier refuses every badge after 7 pm";
            String ts = say(BRUNO, GENERAL, text);
            StoredEntry pain = knowledge.awaitEntry(GENERAL, ts);
            slack.message(GENERAL, ts, BRUNO, text, null);
            app.event(reaction(CHLOE, "+1", GENERAL, ts, BRUNO));
            await().atMost(SlackWebApi.PATIENCE).until(() -> knowledge.votes(pain.id()) == 2);
            String responseUrl = slack.newResponseUrl();
            Instant moved = Instant.now();

            app.command(SlackPayload.of("slash_command_kb").with("channel", KIM_DM).with("channel_name", "directmessage")
                    .with("user", KIM).with("user_name", "kim")
                    .with("text", "pain " + pain.id() + " acknowledge Facilities replace the reader on Friday")
                    .with("response_url", responseUrl).with("trigger_id", triggerId()));

            assertThat(slack.awaitResponse(responseUrl).said()).contains("#" + pain.id(), "acknowledged");
            for (String backer : List.of(BRUNO, CHLOE)) {
                WebApiCall told = slack.awaitCall("chat.postMessage", call -> backer.equals(call.param("channel"))
                        && call.at().isAfter(moved));
                assertThat(told.said()).contains("car park barrier", "Facilities replace the reader on Friday");
            }
        }

        @Test
        void thePlusOneButtonOnAPainCardVotes() {
            StoredEntry pain = capture(BRUNO, GENERAL, "#painpoint The badge printer in the lobby is out of ribbon again");
            String responseUrl = slack.newResponseUrl();

            app.interaction(SlackPayload.of("block_actions_message").with("user", DANA).with("user_name", "dana")
                    .with("channel", GENERAL).with("channel_name", "general").with("message_ts", ts())
                    .with("trigger_id", triggerId()).with("action_id", "vote").with("label", "+1")
                    .with("value", String.valueOf(pain.id())).with("action_ts", ts()).with("response_url", responseUrl));

            assertThat(slack.awaitResponse(responseUrl).param("text")).startsWith("+1 on pain point #" + pain.id());
            assertThat(knowledge.votes(pain.id())).isEqualTo(2);
        }
    }

    @Nested
    @Order(8)
    class GapsLoop {

        @Test
        void aQuestionNobodyCouldAnswerIsAnsweredByAManagerAndItsAskerIsToldInADirectMessage() {
            String question = "Who signs the purchase orders for the Lisbon office furniture?";
            WebApiCall noted = ask(DANA, DANA_DM, question);
            assertThat(noted.said()).contains("I noted the question as #");
            long gap = Long.parseLong(noted.said().replaceAll("(?s).*I noted the question as #(\\d+).*", "$1"));
            String listUrl = slack.newResponseUrl();

            app.command(SlackPayload.of("slash_command_kb").with("channel", KIM_DM).with("channel_name", "directmessage")
                    .with("user", KIM).with("user_name", "kim").with("text", "gaps")
                    .with("response_url", listUrl).with("trigger_id", triggerId()));
            assertThat(slack.awaitResponse(listUrl).said()).contains("#" + gap, "Lisbon office furniture");

            String answerUrl = slack.newResponseUrl();
            Instant answered = Instant.now();
            app.command(SlackPayload.of("slash_command_kb").with("channel", KIM_DM).with("channel_name", "directmessage")
                    .with("user", KIM).with("user_name", "kim")
                    .with("text", "answer " + gap + " Marta in Facilities signs them, up to 5,000 euros")
                    .with("response_url", answerUrl).with("trigger_id", triggerId()));

            assertThat(slack.awaitResponse(answerUrl).said()).contains("Gap #" + gap + " is answered by FAQ #");
            // A user id as the channel: Slack posts in the person's direct conversation with the app.
            WebApiCall told = slack.awaitCall("chat.postMessage", call -> DANA.equals(call.param("channel"))
                    && call.at().isAfter(answered));
            assertThat(told.said()).contains("Lisbon office furniture", "Marta in Facilities signs them");
            assertThat(told.param("blocks")).contains("helpful");
        }
    }

    /**
     * The route half of the gaps loop, in French: a question asked in a channel that nobody could answer, put by a
     * knowledge manager to a colleague in a direct message; the colleague's reply there becomes a draft FAQ of theirs,
     * and the asker and the manager hear of it in theirs.
     */
    @Nested
    @Order(9)
    class RoutedGaps {

        @Test
        void aColleaguesReplyInTheThreadOfTheRoutedQuestionAnswersItAndItsAskerIsToldInADirectMessage() {
            String answer = "Chez Marc, à l’accueil du rez-de-chaussée, contre une pièce d’identité";
            met(BRUNO, BRUNO_DM, "Bonjour !");
            long gap = gapAskedIn(GENERAL, ALICE, "Où trouve-t-on le double des clés du local à vélos de Bordeaux ?");

            WebApiCall routed = route(gap, BRUNO, "Bruno Leroy");
            String reply = ts();
            app.event(SlackPayload.of("message_im_in_thread").with("event_id", eventId()).with("user", BRUNO)
                    .with("channel", routed.answered("channel")).with("thread_ts", routed.answered("ts"))
                    .with("ts", reply).with("text", answer));

            assertAnsweredByTheColleague(gap, BRUNO, answer, "local à vélos de Bordeaux");
        }

        @Test
        void aColleaguesNextDirectMessageAnswersTheRoutedQuestionToo() {
            String answer = "Sur l’intranet, rubrique Bien-être, au plus tard la veille avant midi";
            met(BRUNO, BRUNO_DM, "Bonjour !");
            long gap = gapAskedIn(GENERAL, ALICE, "Comment réserve-t-on la salle de sport du site de Nantes ?");

            route(gap, BRUNO, "Bruno Leroy");
            say(BRUNO, BRUNO_DM, answer);

            assertAnsweredByTheColleague(gap, BRUNO, answer, "salle de sport du site de Nantes");
        }

        /** Someone the bot has met: it routes questions only to people it knows. */
        private void met(String user, String dm, String hello) {
            ask(user, dm, hello);
        }

        /** Asks the bot in a channel, mentioning it; answers the number of the gap it noted. */
        private long gapAskedIn(String channel, String user, String question) {
            String ts = ts();
            app.event(SlackPayload.of("app_mention").with("event_id", eventId()).with("user", user)
                    .with("channel", channel).with("text", "<@" + BOT_USER + "> " + question).with("ts", ts));
            WebApiCall noted = slack.awaitCall("chat.postMessage", call -> ts.equals(call.param("thread_ts")));
            assertThat(noted.param("blocks")).as("what Slack shows").contains("J’ai noté la question (#");
            return Long.parseLong(noted.said().replaceAll("(?s).*J’ai noté la question \\(#(\\d+)\\).*", "$1"));
        }

        /** Kim routes the gap to the colleague with {@code /kb router}; answers the question the colleague got. */
        private WebApiCall route(long gap, String expert, String expertName) {
            Instant routing = Instant.now();
            String said = kb(KIM, "kim", KIM_DM, "router " + gap + " <@" + expert + "|" + expertName.split(" ")[0]
                    .toLowerCase(Locale.ROOT) + ">");

            assertThat(said).contains("J’ai demandé à " + expertName + " en message direct au sujet de #" + gap);
            // A user id as the channel: Slack posts in the person's direct conversation with the app.
            WebApiCall asked = slack.awaitCall("chat.postMessage", call -> expert.equals(call.param("channel"))
                    && call.at().isAfter(routing));
            assertThat(asked.succeeded()).isTrue();
            assertThat(asked.said()).contains("Kim Nguyen pense que vous connaissez la réponse", "#" + gap);
            return asked;
        }

        private void assertAnsweredByTheColleague(long gap, String expert, String answer, String question) {
            WebApiCall thanks = slack.awaitCall("chat.postEphemeral", call -> call.is("chat.postEphemeral", "user",
                    expert) && call.said().contains("Votre réponse à #" + gap));
            assertThat(thanks.param("channel")).as("in their direct conversation with the app").isEqualTo(BRUNO_DM);
            assertThat(thanks.said()).contains("est maintenant la FAQ #", "la personne qui l’a posée est prévenue");
            long faq = Long.parseLong(thanks.said().replaceAll("(?s).*maintenant la FAQ #(\\d+).*", "$1"));
            assertThat(knowledge.entry(faq)).get().extracting(StoredEntry::kind, StoredEntry::status,
                    StoredEntry::body, StoredEntry::author).containsExactly("faq", "draft", answer, expert);
            assertThat(knowledge.entry(faq).orElseThrow().title()).contains(question);
            assertThat(knowledge.status(gap)).isEqualTo("answered");
            assertThat(knowledge.evidenceOf(expert)).as("their expertise on record").contains(answer);

            WebApiCall told = slack.awaitCall("chat.postMessage", call -> ALICE.equals(call.param("channel"))
                    && call.said().contains("#" + gap + " "));
            assertThat(told.succeeded()).isTrue();
            assertThat(told.said()).contains("Votre question #" + gap, question, "a maintenant une réponse (#" + faq
                    + ")", answer);
            assertThat(told.param("blocks")).contains("helpful");
            WebApiCall manager = slack.awaitCall("chat.postMessage", call -> KIM.equals(call.param("channel"))
                    && call.said().matches("(?s).*FAQ #" + faq + "\\b.*"));
            assertThat(manager.said()).contains("Bruno Leroy", "#" + gap);
        }
    }

    /** The pain register's end, in English: a pain point resolved by a knowledge manager. */
    @Nested
    @Order(21)
    class PainRegister {

        @Test
        void resolvingAPainPointTellsItsReporterAndBackersAndTheRegisterListsItAsResolved() {
            String text = "#painpoint The screens of the building B meeting rooms never find a laptop over HDMI";
            String ts = say(DANA, GENERAL, text);
            StoredEntry pain = knowledge.awaitEntry(GENERAL, ts);
            slack.message(GENERAL, ts, DANA, text, null);
            app.event(reaction(CHLOE, "+1", GENERAL, ts, DANA));
            await().atMost(SlackWebApi.PATIENCE).until(() -> knowledge.votes(pain.id()) == 2);
            Instant moved = Instant.now();

            String said = kb(KIM, "kim", KIM_DM, "pain " + pain.id() + " resolve Every table now has its own adapter");

            assertThat(said).contains("Pain point #" + pain.id() + " is now resolved; 2 people told.");
            assertThat(knowledge.painStatus(pain.id())).isEqualTo("resolved");
            for (String backer : List.of(DANA, CHLOE)) {
                WebApiCall told = slack.awaitCall("chat.postMessage", call -> backer.equals(call.param("channel"))
                        && call.at().isAfter(moved));
                assertThat(told.succeeded()).isTrue();
                assertThat(told.said()).contains("#" + pain.id(), "building B meeting rooms",
                        "Every table now has its own adapter");
            }
            assertThat(slack.calls("chat.postMessage", call -> DANA.equals(call.param("channel"))
                    && call.at().isAfter(moved)).getFirst().said())
                    .as("Dana speaks English").contains("Pain point #" + pain.id() + " you reported or backed is resolved");
            assertThat(kb(DANA, "dana", DANA_DM, "painpoints resolved")).contains("#" + pain.id(),
                    "building B meeting rooms");
            assertThat(kb(DANA, "dana", DANA_DM, "painpoints")).doesNotContain("building B meeting rooms");
        }
    }

    // ---- People doing things in Slack ----

    /** Posts a message; returns its timestamp once the app acknowledged it. */
    String say(String user, String channel, String text) {
        String ts = ts();
        assertThat(app.event(message(user, channel, text, ts)).status()).isEqualTo(200);
        return ts;
    }

    StoredEntry capture(String user, String channel, String text) {
        return knowledge.awaitEntry(channel, say(user, channel, text));
    }

    /** Asks in a direct message and returns the answer the app posted there. */
    WebApiCall ask(String user, String dm, String question) {
        Instant asked = Instant.now();
        say(user, dm, question);
        return answerIn(dm, asked);
    }

    /** A {@code /kb} command typed in a direct message with the app; answers what the app said through its response URL. */
    String kb(String user, String userName, String dm, String text) {
        String responseUrl = slack.newResponseUrl();
        app.command(SlackPayload.of("slash_command_kb").with("channel", dm).with("channel_name", "directmessage")
                .with("user", user).with("user_name", userName).with("text", text)
                .with("response_url", responseUrl).with("trigger_id", triggerId()));
        return slack.awaitResponse(responseUrl).said();
    }

    WebApiCall answerIn(String channel, Instant since) {
        return slack.awaitCall("chat.postMessage", call -> call.succeeded() && channel.equals(call.param("channel"))
                && call.at().isAfter(since));
    }
}
