package dev.passerelle.app.teams;

import static dev.passerelle.app.teams.PlaygroundCards.announcedId;
import static dev.passerelle.app.teams.PlaygroundCards.card;
import static dev.passerelle.app.teams.PlaygroundCards.sections;
import static dev.passerelle.app.teams.PlaygroundCards.texts;
import static dev.passerelle.app.teams.playground.AgentsPlayground.createdMessage;
import static dev.passerelle.app.teams.playground.AgentsPlayground.hasAdaptiveCard;
import static dev.passerelle.app.teams.playground.AgentsPlayground.textContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.passerelle.app.teams.StoredTeamsKnowledge.StoredEntry;
import dev.passerelle.app.teams.StoredTeamsKnowledge.StoredPerson;
import dev.passerelle.app.teams.playground.AgentsPlayground;
import dev.passerelle.core.Passerelle;
import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Recipient;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Passerelle in Teams, end to end, through Microsoft's own Teams client emulator: the Agents Playground
 * (npm {@code @microsoft/m365agentsplayground}) runs headless on 127.0.0.1 against the app's real
 * {@code /api/messages}; people write, click and react through it, the bot's replies are read from the WebSocket
 * frames the playground shows, and what was stored is read back from the SQLite file.
 *
 * <p>No Teams app id: the app serves only callers on this machine, unauthenticated, as it does for a newcomer
 * trying it with the playground. The playground's signed-in user, Alex Wilber ({@code user-id-0}), is a knowledge
 * manager and uses the playground as a person would (personal chat, channel posts, card buttons, the message
 * extension). Megan, Adele and Lynne are members, who post in the team's General channel and the group chat
 * through the playground's custom activities ({@link PlaygroundMembers}), since it sends whatever is typed in it
 * as its signed-in user; so does Isaiah, a second knowledge manager, when a manager other than Alex acts.
 *
 * <p>One application and one playground for the class (starting them is the slow part); each {@code @Nested}
 * class is one scenario, and each test makes its own data, so none depends on another.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
@Timeout(value = 1, unit = TimeUnit.MINUTES)
class TeamsPlaygroundIntegrationTests {

    /** The longest any one reply, frame or row is waited for. */
    static final Duration WAIT = Duration.ofSeconds(15);
    /** How long work the app should not do is given to show up before asserting that it did not. */
    static final Duration QUIET = Duration.ofMillis(1500);

    /** The playground's signed-in user: Alex Wilber, a knowledge manager here. */
    static final String ALEX = "user-id-0";
    static final String MEGAN = "user-id-1";
    static final String ADELE = "user-id-2";
    /** Isaiah Langer, a knowledge manager too: the one who acts when Alex is the one to be told. */
    static final String ISAIAH = "user-id-3";
    static final String PATTI = "user-id-4";
    /** Patti's Entra object id: how the message extension names a message's author. */
    static final String PATTI_AAD = "00000000-0000-0000-0000-0000000000024";
    static final String LYNNE = "user-id-5";

    @TempDir
    static Path dataDir;

    static AgentsPlayground playground;
    static PlaygroundMembers members;
    static String whyNoPlayground = "";

    @DynamicPropertySource
    static void localTeams(DynamicPropertyRegistry registry) {
        registry.add("passerelle.data-dir", () -> dataDir.toString());
        registry.add("passerelle.teams.app-id", () -> "");
        registry.add("passerelle.teams.app-password", () -> "");
        registry.add("passerelle.teams.tenant-id", () -> "");
        registry.add("passerelle.slack.signing-secret", () -> "");
        registry.add("passerelle.slack.bot-token", () -> "");
        registry.add("passerelle.slack.app-token", () -> "");
        registry.add("passerelle.roles.knowledge-managers", () -> ALEX + "," + ISAIAH);
    }

    @BeforeAll
    @Timeout(value = 6, unit = TimeUnit.MINUTES) // a first run installs the playground from npm
    static void startThePlayground(@LocalServerPort int port) {
        whyNoPlayground = AgentsPlayground.whyItCannotRunHere().orElse("");
        if (!whyNoPlayground.isEmpty()) {
            return;
        }
        AgentsPlayground.ensureInstalled(Duration.ofMinutes(5));
        playground = AgentsPlayground.builder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .readyTimeout(Duration.ofSeconds(20)).start();
        playground.config(); // as the web page does: waits for the bot's endpoint
        members = new PlaygroundMembers(playground);
    }

    @AfterAll
    static void stopThePlayground() {
        if (playground != null) {
            long pid = playground.pid();
            playground.close();
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("playground process")
                    .isFalse();
        }
    }

    final StoredTeamsKnowledge knowledge = new StoredTeamsKnowledge(dataDir);

    @Nested
    @Order(1)
    class Installing {

        @Test
        void welcomesOnceInTheLanguageOfTheTeamsClientThatInstalledItInThePersonalChat() {
            int mark = playground().frameCount();
            ObjectNode install = playground().customActivityTemplate(playground().conversationId(), "install");
            install.put("locale", "fr-FR"); // as a Teams client set to French sends it

            playground().customActivity(install);

            JsonNode welcome = playground().awaitReplyAfter(mark, hasAdaptiveCard(), WAIT);
            assertThat(welcome.path("actionConversationId").asString()).isEqualTo(playground().conversationId());
            List<List<String>> sections = sections(card(welcome));
            assertThat(sections).as("French first, as the client is, then English").hasSize(2);
            assertThat(sections.getFirst()).first().isEqualTo("Bonjour, je suis Passerelle");
            assertThat(String.join("\n", sections.getFirst())).contains("@Passerelle demande", "@Passerelle qui",
                    "@Passerelle aide").doesNotContain("Hello");
            assertThat(sections.get(1)).first().isEqualTo("Hello, I am Passerelle");

            int afterWelcome = playground().frameCount();
            playground().openConversation(playground().conversationId()); // Teams also says the bot joined the chat
            letTheAppWork();
            assertThat(playground().frames().subList(afterWelcome, playground().frameCount()))
                    .as("the same installation, announced twice, is welcomed once").noneMatch(hasAdaptiveCard());
        }
    }

    @Nested
    @Order(2)
    class CapturingKnowledge {

        @Test
        void capturesATaggedFaqFromAChannelPostThatMentionsTheBotInTheTeamsKnowledge() {
            int mark = playground().frameCount();

            JsonNode posted = playground().sendMentioningBot(general(), "#faq How do I reset my VPN token? | Open "
                    + "vpn.example.com and click Reset");

            JsonNode told = awaitSaying(mark, "Saved as FAQ #");
            assertThat(told.path("actionConversationId").asString()).as("answered in the post's thread")
                    .isEqualTo(posted.path("postConversationId").asString()).startsWith(general() + ";messageid=");
            assertThat(text(told)).as("a knowledge manager's FAQ needs no review").endsWith(", verified.");
            StoredEntry faq = knowledge.awaitEntry(announcedId(text(told)));
            assertThat(faq).extracting(StoredEntry::kind, StoredEntry::status, StoredEntry::title, StoredEntry::body,
                            StoredEntry::channelKey, StoredEntry::restricted, StoredEntry::authorUserId)
                    .containsExactly("faq", "verified", "How do I reset my VPN token?",
                            "Open vpn.example.com and click Reset", teamsKey(general()), false, ALEX);
            assertThat(knowledge.person(ALEX)).as("as the roster knows him")
                    .contains(new StoredPerson("Alex Wilber", "alexw@example.com"));
        }

        @Test
        void capturesAMembersFaqFromAChannelPostAsADraftByHer() {
            int mark = playground().frameCount();

            String post = members.post(MEGAN, general(), "#faq Where is the printer on the 3rd floor? | Next to the "
                    + "kitchen");

            JsonNode told = awaitSaying(mark, "Saved as FAQ #");
            assertThat(told.path("actionConversationId").asString()).isEqualTo(general());
            assertThat(text(told)).endsWith("(draft until a knowledge manager verifies it).");
            StoredEntry faq = knowledge.awaitEntry(announcedId(text(told)));
            assertThat(faq).extracting(StoredEntry::kind, StoredEntry::status, StoredEntry::source,
                            StoredEntry::authorUserId)
                    .containsExactly("faq", "draft", post, MEGAN);
            assertThat(knowledge.person(MEGAN)).contains(new StoredPerson("Megan Bowen", "meganb@example.com"));
        }
    }

    @Nested
    @Order(3)
    class AnsweringQuestions {

        @Test
        void answersAQuestionInThePersonalChatWithACardOfTheFaqCapturedInAChannel() {
            long faq = capture(ADELE, "#faq How do I book the boardroom? | Reserve it on rooms.example.com a day "
                    + "ahead");
            int mark = playground().frameCount();

            playground().send("How do I book the boardroom?");

            JsonNode answer = playground().awaitReplyAfter(mark, hasAdaptiveCard(), WAIT);
            assertThat(answer.path("actionConversationId").asString()).isEqualTo(playground().conversationId());
            JsonNode card = card(answer);
            assertThat(texts(card)).first().isEqualTo("Here is what I found:");
            assertThat(sections(card).getFirst()).as("the best entry first").startsWith("\\#" + faq + " FAQ · draft",
                    "How do I book the boardroom?", "Reserve it on rooms.example.com a day ahead");
            assertThat(PlaygroundCards.execute(card, "helpful", faq).path("title").asString())
                    .isEqualTo("Helpful");
            assertThat(PlaygroundCards.execute(card, "not_helpful", faq).path("title").asString())
                    .isEqualTo("Not helpful");
            assertThat(PlaygroundCards.execute(card, "helpful", faq).path("data").path("language").asString())
                    .as("the click is answered in the reply's language").isEqualTo("en");
        }

        @Test
        void namesWhoKnowsATopicBestFirstWithTheirReasons() {
            long first = capture(MEGAN, "#faq How do I upgrade our Kubernetes cluster? | Drain one node at a time, "
                    + "then run the upgrade playbook");
            long second = capture(MEGAN, "#faq Where are the Kubernetes dashboards? | On grafana.example.com, folder "
                    + "Platform");
            long insight = capture(LYNNE, "#insight Kubernetes pods restart faster when the image is cached on the "
                    + "node");
            capture(ADELE, "#painpoint Kubernetes deployments time out on Friday evenings");
            int mark = playground().frameCount();

            playground().send("Who knows Kubernetes?");

            JsonNode answer = playground().awaitReplyAfter(mark, hasAdaptiveCard(), WAIT);
            JsonNode card = card(answer);
            assertThat(texts(card)).first().isEqualTo("People who know about “Kubernetes”:");
            List<List<String>> people = sections(card);
            assertThat(people).extracting(List::getFirst).as("ranked by their evidence; complaining names nobody")
                    .containsExactly("Megan Bowen", "Lynne Robbins");
            assertThat(people.getFirst()).contains(
                    "• wrote FAQ #" + first + ": How do I upgrade our Kubernetes cluster?",
                    "• wrote FAQ #" + second + ": Where are the Kubernetes dashboards?");
            assertThat(people.get(1)).anyMatch(reason -> reason.startsWith("• shared insight #" + insight + ": "));
        }
    }

    @Nested
    @Order(4)
    class CardButtons {

        @Test
        void storesHelpfulFeedbackFromTheAnswerCardsExecuteAction() {
            long faq = capture(MEGAN, "#faq Where do I find the guest wifi code? | On the board at the reception desk");
            int mark = playground().frameCount();
            playground().send("Where do I find the guest wifi code?");
            JsonNode answer = playground().awaitReplyAfter(mark, hasAdaptiveCard(), WAIT);

            JsonNode thanks = click(answer, "helpful", faq);

            assertThat(thanks.path("type").asString()).isEqualTo("application/vnd.microsoft.activity.message");
            assertThat(thanks.path("value").asString()).isEqualTo("Thanks, noted: it helps rank answers.");
            assertThat(knowledge.awaitEntry(faq, entry -> entry.helpful() == 1).helpful()).isEqualTo(1);
            assertThat(knowledge.feedback(faq, ALEX)).contains(true);
        }

        @Test
        void verifiesADraftForAKnowledgeManagerFromThePendingList() {
            long faq = capture(MEGAN, "#faq Who signs purchase orders? | The finance director, above 5k");
            int mark = playground().frameCount();
            playground().send("pending");
            JsonNode pending = playground().awaitReplyAfter(mark, hasAdaptiveCard(), WAIT);

            JsonNode done = click(pending, "verify", faq);

            assertThat(done.path("type").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
            assertThat(texts(done.path("value"))).anySatisfy(text -> assertThat(text)
                    .startsWith("\\#" + faq + " FAQ · ✅ Verified"));
            assertThat(PlaygroundCards.verbs(done.path("value"), faq)).containsExactly("edit", "archive");
            StoredEntry verified = knowledge.awaitEntry(faq, entry -> entry.status().equals("verified"));
            assertThat(verified.verifiedAt()).isNotBlank();
            assertThat(knowledge.audit(faq, ALEX)).containsExactly("verify draft -> verified");
        }

        private JsonNode click(JsonNode frame, String verb, long entry) {
            JsonNode button = PlaygroundCards.execute(card(frame), verb, entry);
            return playground().invoke(AgentsPlayground.messageId(frame), AgentsPlayground.executeValue(button));
        }
    }

    @Nested
    @Order(5)
    class ManagerCommands {

        @Test
        void refusesVerifyToAMemberInTheGroupChatInHerLanguageAndLeavesTheDraft() {
            long faq = capture(MEGAN, "#faq When is the office closed? | Between Christmas and New Year");
            String groupChat = playground().groupChatId();

            int mark = playground().frameCount();
            members.write(MEGAN, groupChat, "verify " + faq);
            JsonNode refused = awaitSaying(mark, "Only knowledge managers");
            mark = playground().frameCount();
            members.write(MEGAN, groupChat, "valider " + faq);
            JsonNode refusedInFrench = awaitSaying(mark, "Seuls les gestionnaires de connaissances");

            assertThat(refused.path("actionConversationId").asString()).isEqualTo(groupChat);
            assertThat(text(refused)).startsWith("Only knowledge managers can use “verify”.");
            assertThat(text(refusedInFrench))
                    .startsWith("Seuls les gestionnaires de connaissances peuvent utiliser « valider ».");
            assertThat(knowledge.entry(faq)).get().extracting(StoredEntry::status).isEqualTo("draft");
            assertThat(knowledge.audit(faq, MEGAN)).isEmpty();
        }
    }

    @Nested
    @Order(6)
    class SaveToPasserelle {

        @Test
        void savesTheFormOfTheMessageExtensionAsTheChosenKindWithItsTags() {
            JsonNode form = playground().messageExtensionFetchTask("saveToPasserelle");
            JsonNode formCard = form.path("task").path("value").path("card").path("content");
            assertThat(form.path("task").path("value").path("title").asString()).isEqualTo("Save to Passerelle");
            assertThat(formCard.path("body").findValuesAsString("id")).contains("kind", "text", "tags");

            ObjectNode data = JsonNodeFactory.instance.objectNode().put("kind", "pain_point")
                    .put("text", "The VPN client forgets my password after every update")
                    .put("tags", "vpn, Remote-Work");
            JsonNode saved = playground().messageExtensionSubmit("saveToPasserelle", data);

            String said = saved.path("task").path("value").asString();
            assertThat(saved.path("task").path("type").asString()).isEqualTo("message");
            assertThat(said).startsWith("Pain point #").contains(" recorded.");
            long id = announcedId(said);
            StoredEntry pain = knowledge.awaitEntry(id);
            assertThat(pain).extracting(StoredEntry::kind, StoredEntry::status, StoredEntry::title, StoredEntry::votes,
                            StoredEntry::authorUserId, StoredEntry::channelKey, StoredEntry::restricted)
                    .containsExactly("pain_point", "draft", "The VPN client forgets my password after every update", 1,
                            ALEX, teamsKey(playground().conversationId()), true);
            assertThat(knowledge.tags(id)).containsExactly("remote-work", "vpn");
        }

        /**
         * The playground's roster knows people by their Teams user id only, not by the Entra object id a message
         * payload names its author by (Teams knows both): the author here is someone the bot has heard from, as the
         * roster remembers them by both.
         */
        @Test
        void savesAPostFromItsMoreActionsMenuAsItsAuthorsFaq() {
            long insight = capture(PATTI, "#insight Invoices over 10k need two signatures before finance pays them");
            String post = knowledge.entry(insight).orElseThrow().source();
            ObjectNode message = JsonNodeFactory.instance.objectNode().put("id", post).put("messageType", "message");
            message.putObject("from").putObject("user").put("id", PATTI_AAD).put("displayName", "Patti Fernandez")
                    .put("userIdentityType", "aadUser");
            message.putObject("body").put("contentType", "html")
                    .put("content", "<p>Invoices over 10k need <b>two</b> signatures before finance pays them</p>");
            ObjectNode data = JsonNodeFactory.instance.objectNode().put("kind", "faq")
                    .put("text", "Who signs invoices over 10k? | Two directors, then finance pays")
                    .put("tags", "finance");

            JsonNode saved = playground().invokeRaw("composeExtension/submitAction", general(),
                    messageAction("saveToPasserelle", message, data));

            String said = saved.path("task").path("value").asString();
            assertThat(said).startsWith("Saved as FAQ #").endsWith(", verified.");
            long id = announcedId(said);
            assertThat(knowledge.awaitEntry(id)).extracting(StoredEntry::kind, StoredEntry::status, StoredEntry::title,
                            StoredEntry::body, StoredEntry::source, StoredEntry::channelKey, StoredEntry::authorUserId)
                    .containsExactly("faq", "verified", "Who signs invoices over 10k?",
                            "Two directors, then finance pays", post, teamsKey(general()), PATTI);
            assertThat(knowledge.tags(id)).containsExactly("finance");
        }

        /** The value of a message action's submission, as the playground's page builds it. */
        private static ObjectNode messageAction(String commandId, JsonNode message, JsonNode data) {
            ObjectNode value = JsonNodeFactory.instance.objectNode().put("commandId", commandId)
                    .put("commandContext", "message");
            value.putObject("context").put("theme", "default");
            value.set("data", data);
            value.set("messagePayload", message);
            return value;
        }
    }

    @Nested
    @Order(7)
    class Reactions {

        @Test
        void aThumbsUpOnAPainPointPostBacksIt() {
            int mark = playground().frameCount();
            String post = members.post(MEGAN, general(), "#painpoint The expense tool logs me out every ten minutes");
            long pain = announcedId(text(awaitSaying(mark, "Pain point #")));
            assertThat(knowledge.awaitEntry(pain)).extracting(StoredEntry::source, StoredEntry::votes)
                    .as("its reporter backs it").containsExactly(post, 1);
            mark = playground().frameCount();

            members.react(ALEX, general(), post, "like");

            JsonNode told = awaitSaying(mark, "+1 on pain point #" + pain);
            assertThat(text(told)).isEqualTo("+1 on pain point #" + pain + " (2 votes): The expense tool logs me out "
                    + "every ten minutes");
            assertThat(told.path("actionConversationId").asString()).isEqualTo(general());
            assertThat(knowledge.awaitEntry(pain, entry -> entry.votes() == 2).votes()).isEqualTo(2);
            assertThat(knowledge.voters(pain)).containsExactlyInAnyOrder(MEGAN, ALEX);
        }
    }

    @Nested
    @Order(8)
    class RepliesThatCannotBeDelivered {

        @Test
        void neverSaysNothingWasSavedWhenOnlyTheReplyCouldNotBeDelivered() throws IOException {
            String root = "1795600000999"; // a post the playground never saw: it answers the bot's replies 404
            String thread = general() + ";messageid=" + root;

            String reply = members.replyInThread(MEGAN, general(), root, "#faq Where is the first-aid kit? | Behind "
                    + "the reception desk");

            await("the FAQ from the reply").atMost(WAIT).until(() -> !knowledge.fromMessage(teamsKey(general()), reply)
                    .isEmpty());
            await("the bot's attempts to answer").atMost(WAIT).until(() -> botTriedToSay(thread).size() >= 1);
            letTheAppWork();
            assertThat(botTriedToSay(thread)).as("what the bot tried to say in the thread")
                    .noneMatch(said -> said.contains("nothing was saved"));
        }

        /** The texts the bot posted (or tried to) in a conversation, as the playground's log records them. */
        private List<String> botTriedToSay(String conversation) throws IOException {
            List<String> said = new ArrayList<>();
            for (String line : Files.readAllLines(playground().logFile())) {
                int json = line.indexOf('{');
                if (json < 0 || !line.contains("User Application")) {
                    continue;
                }
                JsonNode log = JsonMapper.shared().readTree(line.substring(json)).path("log");
                if ("User Application".equals(log.path("from").asString(""))
                        && conversation.equals(log.path("conversationId").asString(""))) {
                    said.add(log.path("displayText").asString(""));
                }
            }
            return said;
        }
    }

    /** What the core tells someone outside their turn reaches them in their personal chat. */
    @Nested
    @Order(9)
    class Notices {

        @Autowired
        Passerelle passerelle;

        @Test
        void aNoticeToTheSignedInUserArrivesInTheirPersonalChatWithTheBot() throws Exception {
            int mark = playground().frameCount();
            playground().send("help");
            playground().awaitReplyAfter(mark, frame -> true, WAIT);
            int before = playground().frameCount();

            passerelle.inbox().run(new Inbox.Routine("notice", () -> Outcome.nothing().telling(List.of(new Notice(
                    Recipient.person(Platform.TEAMS, playground().tenantId(), ALEX), Language.EN,
                    new Reply("Your question about the parking badges has an answer.", null, false, List.of()))))))
                    .get(15, TimeUnit.SECONDS);

            JsonNode notice = playground().awaitReplyAfter(before, textContains("parking badges has an answer"), WAIT);
            assertThat(notice.path("actionConversationId").asString()).isEqualTo(playground().conversationId());
        }
    }

    /**
     * The gaps loop: Alex asks in his personal chat what nobody answered yet; Isaiah, a knowledge manager, answers it
     * from the group chat (an activity of his, sent through the playground's custom activities, since the playground
     * speaks as Alex only); Alex is told in his personal chat, and the notice's Helpful button works there.
     */
    @Nested
    @Order(10)
    class GapsLoop {

        @Test
        void aQuestionNobodyCouldAnswerIsAnsweredByAManagerAndItsAskerIsToldInThePersonalChat() {
            int mark = playground().frameCount();
            playground().send("Where is the spare key of the Porto bike shed kept?");
            JsonNode noted = playground().awaitReplyAfter(mark, showing("I noted the question as #"), WAIT);
            assertThat(noted.path("actionConversationId").asString()).isEqualTo(playground().conversationId());
            long gap = number(said(noted), "I noted the question as #");

            mark = playground().frameCount();
            members.write(ISAIAH, playground().groupChatId(), "answer " + gap + " Rui, the concierge of building C, "
                    + "lends it for the day");

            JsonNode answered = playground().awaitReplyAfter(mark, showing("Gap #" + gap + " is answered by FAQ #"),
                    WAIT);
            assertThat(answered.path("actionConversationId").asString()).isEqualTo(playground().groupChatId());
            assertThat(said(answered)).contains("the asker is told");
            long faq = number(said(answered), "is answered by FAQ #");
            JsonNode notice = playground().awaitReplyAfter(mark, showing("Your question #" + gap), WAIT);
            assertThat(notice.path("actionConversationId").asString()).as("Alex's personal chat with the bot")
                    .isEqualTo(playground().conversationId());
            assertThat(said(notice)).contains("Porto bike shed", "now has an answer (#" + faq + ")",
                    "Rui, the concierge of building C, lends it for the day");
            JsonNode helpful = PlaygroundCards.execute(card(notice), "helpful", faq);
            assertThat(helpful.path("title").asString()).isEqualTo("Helpful");

            JsonNode thanks = playground().invoke(AgentsPlayground.messageId(notice),
                    AgentsPlayground.executeValue(helpful));

            assertThat(thanks.path("value").asString()).isEqualTo("Thanks, noted: it helps rank answers.");
            assertThat(knowledge.awaitEntry(faq, entry -> entry.helpful() == 1)).extracting(StoredEntry::kind,
                    StoredEntry::status, StoredEntry::authorUserId).containsExactly("faq", "verified", ISAIAH);
            assertThat(knowledge.feedback(faq, ALEX)).contains(true);
            assertThat(knowledge.entry(gap)).get().extracting(StoredEntry::status).isEqualTo("answered");
        }

        /**
         * The route half: Alex asks in General; Isaiah routes the gap to Megan, mentioning her; the bot asks her in a
         * personal chat it opens with her (the playground makes one, as Teams does); her reply there becomes her draft
         * FAQ, and Alex is told in his personal chat.
         */
        @Test
        void aChannelQuestionRoutedToAColleagueIsAnsweredByHerReplyInHerPersonalChatAndItsAskerIsTold() {
            int mark = playground().frameCount();
            members.write(MEGAN, playground().groupChatId(), "Hello!"); // someone the bot knows: it routes to no other
            playground().awaitReplyAfter(mark, createdMessage().and(in(playground().groupChatId())), WAIT);
            mark = playground().frameCount();
            // In a channel: a question asked in a direct message is quoted to nobody who cannot see that chat.
            playground().sendMentioningBot(general(), "How do I get a parking permit for the Faro warehouse?");
            long gap = number(said(playground().awaitReplyAfter(mark, showing("I noted the question as #"), WAIT)),
                    "I noted the question as #");

            mark = playground().frameCount();
            members.writeMentioning(ISAIAH, playground().groupChatId(), "route " + gap + " ", MEGAN);

            JsonNode routed = playground().awaitReplyAfter(mark, showing("I asked Megan Bowen about #" + gap), WAIT);
            assertThat(routed.path("actionConversationId").asString()).isEqualTo(playground().groupChatId());
            // The playground streams the chats of its signed-in user only: what the bot says to Megan (and to Isaiah)
            // in the personal chats it opens with them is read from the playground's log of what it received.
            JsonNode asked = awaitLogged("thinks you may know the answer");
            String megansChat = asked.path("conversationId").asString();
            assertThat(megansChat).as("a personal chat of Megan's").isNotIn(playground().conversationId(),
                    playground().groupChatId(), general());
            assertThat(asked.path("displayText").asString()).contains("Isaiah Langer thinks you may know", "#" + gap,
                    "Faro warehouse");

            mark = playground().frameCount();
            members.write(MEGAN, megansChat, "Sofia, the warehouse manager, issues them on Mondays");

            JsonNode thanks = awaitLogged("Your answer to #" + gap);
            assertThat(thanks.path("conversationId").asString()).isEqualTo(megansChat);
            long faq = number(thanks.path("displayText").asString(), "is now draft FAQ #");
            JsonNode notice = playground().awaitReplyAfter(mark, showing("Your question #" + gap), WAIT);
            assertThat(notice.path("actionConversationId").asString()).isEqualTo(playground().conversationId());
            assertThat(said(notice)).contains("Faro warehouse", "now has an answer (#" + faq + ")",
                    "Sofia, the warehouse manager, issues them on Mondays");
            assertThat(awaitLogged("Megan Bowen answered #" + gap).path("conversationId").asString())
                    .as("Isaiah's personal chat").isNotIn(megansChat, playground().conversationId());
            assertThat(knowledge.entry(faq)).get().extracting(StoredEntry::kind, StoredEntry::status,
                    StoredEntry::authorUserId).containsExactly("faq", "draft", MEGAN);
        }
    }

    /**
     * The pain register: Alex reports a pain point in General, Megan backs it with a reaction and takes it back,
     * Isaiah acknowledges and then resolves it from the group chat, and each time Alex is told in his personal chat,
     * where the register lists it by its new status.
     */
    @Nested
    @Order(11)
    class PainRegister {

        @Test
        void aPainPointBackedUnbackedAcknowledgedAndResolvedTellsItsReporterInThePersonalChat() {
            int mark = playground().frameCount();
            String post = members.post(ALEX, general(), "#painpoint The badge readers of the Lyon car park reject "
                    + "every badge after a rain");
            long pain = announcedId(text(awaitSaying(mark, "Pain point #")));
            assertThat(knowledge.awaitEntry(pain).votes()).as("its reporter backs it").isEqualTo(1);

            mark = playground().frameCount();
            members.react(MEGAN, general(), post, "like");
            awaitSaying(mark, "+1 on pain point #" + pain);
            assertThat(knowledge.awaitEntry(pain, entry -> entry.votes() == 2).votes()).isEqualTo(2);
            mark = playground().frameCount();
            members.unreact(MEGAN, general(), post, "like");
            assertThat(text(awaitSaying(mark, "#" + pain))).startsWith("Took back your +1 on pain point #" + pain);
            assertThat(knowledge.awaitEntry(pain, entry -> entry.votes() == 1).votes()).isEqualTo(1);
            assertThat(knowledge.voters(pain)).containsExactly(ALEX);

            moveAndTellAlex(pain, "acknowledge Facilities are drying the readers' housings",
                    "is now acknowledged; 1 person told.",
                    "has been acknowledged by Isaiah Langer", "Facilities are drying the readers' housings");
            assertThat(knowledge.painStatus(pain)).contains("acknowledged");
            assertThat(listed("painpoints acknowledged")).contains("#" + pain, "Lyon car park");

            moveAndTellAlex(pain, "resolve Waterproof readers were fitted on Monday",
                    "is now resolved; 1 person told.", "is resolved", "Waterproof readers were fitted on Monday");
            assertThat(knowledge.painStatus(pain)).contains("resolved");
            assertThat(listed("painpoints resolved")).contains("#" + pain, "Lyon car park");
            assertThat(listed("painpoints")).doesNotContain("Lyon car park");
        }

        /** Isaiah moves the pain point from the group chat; Alex, who reported it, is told in his personal chat. */
        private void moveAndTellAlex(long pain, String move, String done, String... told) {
            int mark = playground().frameCount();
            members.write(ISAIAH, playground().groupChatId(), "pain " + pain + " " + move);

            JsonNode moved = playground().awaitReplyAfter(mark, showing("Pain point #" + pain + " " + done), WAIT);
            assertThat(moved.path("actionConversationId").asString()).isEqualTo(playground().groupChatId());
            JsonNode notice = playground().awaitReplyAfter(mark, showing("Pain point #" + pain + " you reported"),
                    WAIT);
            assertThat(notice.path("actionConversationId").asString()).isEqualTo(playground().conversationId());
            assertThat(said(notice)).contains(told).contains("Lyon car park");
        }

        /** What the bot answers Alex in his personal chat. */
        private String listed(String command) {
            int mark = playground().frameCount();
            playground().send(command);
            return said(playground().awaitReplyAfter(mark, createdMessage()
                    .and(frame -> playground().conversationId().equals(frame.path("actionConversationId").asString())),
                    WAIT));
        }
    }

    /** Without an app id, whoever is not on this machine is refused before the activity is read. */
    @Nested
    @Order(Integer.MAX_VALUE) // last: the application stops after it
    @DirtiesContext // the data directory is deleted after the class: close the knowledge base first
    class CallersOffThisMachine {

        @Autowired
        WebApplicationContext context;

        /**
         * MockMvc, only here: a real socket from the test always comes from 127.0.0.1, and the remote address is
         * what the edge decides on, so the request is built with another one.
         */
        @Test
        void refusesAnActivityFromAnotherMachineAndStoresNothing() throws Exception {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            byte[] activity = TeamsPayloads.bytes(TeamsPayloads.CHANNEL_POST);

            MvcResult result = mvc.perform(post("/api/messages").contentType(MediaType.APPLICATION_JSON)
                    .content(activity).with(request -> {
                        request.setRemoteAddr("10.1.2.3");
                        return request;
                    })).andReturn();
            if (result.getRequest().isAsyncStarted()) {
                result = mvc.perform(asyncDispatch(result)).andReturn();
            }

            assertThat(result.getResponse().getStatus()).isEqualTo(403);
            assertThat(knowledge.mentionsActivity(TeamsPayloads.CHANNEL_POST_ID)).isFalse();
            assertThat(knowledge.person(TeamsPayloads.CHANNEL_POST_SENDER)).isEmpty();
        }
    }

    // ---- People doing things in Teams ----

    /** The playground, or the test is skipped when it cannot run here. */
    static AgentsPlayground playground() {
        assumeTrue(playground != null, whyNoPlayground);
        return playground;
    }

    /** The team's General channel: its conversation id is the team's. */
    static String general() {
        return playground().teamId();
    }

    /** The key the knowledge base gives a conversation of the playground's tenant. */
    static String teamsKey(String conversation) {
        return "teams:" + playground().tenantId() + ":" + conversation;
    }

    /** A member posts a tagged message in General; answers the number of the entry the bot announced. */
    long capture(String userId, String text) {
        int mark = playground().frameCount();
        members.post(userId, general(), text);
        JsonNode told = awaitSaying(mark, text.startsWith("#painpoint") ? "Pain point #" : "Saved as ");
        long id = announcedId(text(told));
        knowledge.awaitEntry(id);
        return id;
    }

    /** The first new message from the bot, after {@code mark} frames, whose text contains {@code fragment}. */
    static JsonNode awaitSaying(int mark, String fragment) {
        Predicate<JsonNode> saying = createdMessage().and(textContains(fragment));
        return playground().awaitReplyAfter(mark, saying, WAIT);
    }

    /** A new message from the bot that says {@code fragment}, in its text or on its card. */
    static Predicate<JsonNode> showing(String fragment) {
        return createdMessage().and(frame -> said(frame).contains(fragment));
    }

    /** The playground's log of the first message the bot sent it that says {@code fragment}, in any chat. */
    static JsonNode awaitLogged(String fragment) {
        return await("the bot saying “" + fragment + "”").atMost(WAIT).until(() -> logged(fragment),
                Optional::isPresent).orElseThrow();
    }

    private static Optional<JsonNode> logged(String fragment) throws IOException {
        for (String line : Files.readAllLines(playground().logFile())) {
            int json = line.indexOf('{');
            if (json < 0 || !line.contains("User Application") || !line.contains("\"activityName\":\"message\"")) {
                continue;
            }
            JsonNode log = JsonMapper.shared().readTree(line.substring(json)).path("log");
            if ("User Application".equals(log.path("from").asString(""))
                    && log.path("displayText").asString("").contains(fragment)) {
                return Optional.of(log);
            }
        }
        return Optional.empty();
    }

    /** A frame in this conversation. */
    static Predicate<JsonNode> in(String conversation) {
        return frame -> conversation.equals(frame.path("actionConversationId").asString());
    }

    /** Everything a frame's message says: its text and its card's texts. */
    static String said(JsonNode frame) {
        return text(frame) + "\n" + AgentsPlayground.adaptiveCard(frame).map(card -> String.join("\n", texts(card)))
                .orElse("");
    }

    /** The number that follows {@code before} in a text. */
    static long number(String text, String before) {
        int at = text.indexOf(before);
        assertThat(at).as("“" + before + "” in: " + text).isNotNegative();
        return announcedId(text.substring(at + before.length() - 1));
    }

    static String text(JsonNode frame) {
        return frame.path("message").path("text").asString("");
    }

    static void letTheAppWork() {
        try {
            Thread.sleep(QUIET);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
