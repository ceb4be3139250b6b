package dev.passerelle.app.teams.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The playground driver against {@link StandInBot}: one playground and one bot for the class, each
 * test with words of its own so that their activities and frames do not mix.
 */
@RequiresAgentsPlayground
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PlaygroundDriverTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

    private static StandInBot bot;
    private static AgentsPlayground playground;

    @BeforeAll
    @Timeout(value = 8, unit = TimeUnit.MINUTES) // a first install downloads the package
    static void start() throws Exception {
        AgentsPlayground.ensureInstalled(INSTALL_TIMEOUT);
        bot = StandInBot.start();
        playground = AgentsPlayground.start(bot.endpoint());
        playground.config(); // as the web page does: waits for the bot's endpoint
    }

    @AfterAll
    static void stop() {
        if (playground != null) {
            long pid = playground.pid();
            playground.close();
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("playground process")
                    .isFalse();
        }
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void theConfigNamesTheUserTheBotAndThePersonalChat() {
        JsonNode config = playground.config();

        assertThat(playground.userId()).isEqualTo("user-id-0");
        assertThat(playground.botId()).isNotBlank();
        assertThat(config.path("config").path("personalChat").path("id").asString())
                .isEqualTo(playground.conversationId());
        assertThat(config.path("internalConfig").path("channelId").asString()).isEqualTo("msteams");
        assertThat(playground.serviceUrl().toString()).startsWith("http://127.0.0.1:");
    }

    @Test
    void installAndUserAddedReachTheBot() {
        JsonNode sent = playground.install();
        JsonNode install = bot.awaitActivity(id(sent), WAIT);
        assertThat(install.path("type").asString()).isEqualTo("installationUpdate");
        assertThat(install.path("action").asString()).isEqualTo("add");
        assertThat(install.path("conversation").path("id").asString()).isEqualTo(playground.conversationId());
        assertThat(install.path("serviceUrl").asString()).isEqualTo(playground.serviceUrl().toString());

        JsonNode added = bot.awaitActivity(id(playground.userAdded()), WAIT);
        assertThat(added.path("type").asString()).isEqualTo("conversationUpdate");
        assertThat(added.path("membersAdded").path(0).path("id").asString()).isEqualTo(playground.userId());
    }

    @Test
    void openingTheChatInstallsTheBotAndAddsIt() {
        int mark = bot.activities().size();

        playground.openConversation(playground.conversationId());

        bot.awaitActivityAfter(mark, a -> "installationUpdate".equals(a.path("type").asString()), WAIT);
        JsonNode added = bot.awaitActivityAfter(mark, a -> "conversationUpdate".equals(a.path("type").asString())
                && a.path("membersAdded").toString().contains(playground.botId()), WAIT);
        assertThat(added.path("membersAdded").toString()).contains(playground.botId());
    }

    @Test
    void aMessageReachesTheBotAndItsReplyComesBackAsAFrame() {
        JsonNode sent = playground.send("hello playground");

        JsonNode message = bot.awaitActivity(text("hello playground"), WAIT);
        assertThat(message.path("type").asString()).isEqualTo("message");
        assertThat(message.path("from").path("id").asString()).isEqualTo("user-id-0");
        assertThat(message.path("conversation").path("id").asString()).isEqualTo(playground.conversationId());
        // Unlike Teams, the activity's id is a fresh GUID, not the id the chat gave the message.
        assertThat(message.path("id").asString()).isNotBlank().isNotEqualTo(sent.path("messageId").asString());

        JsonNode frame = playground.awaitReplyContaining("echo: hello playground", WAIT);
        assertThat(frame.path("actionConversationId").asString()).isEqualTo(playground.conversationId());
        assertThat(frame.path("message").path("from").path("id").asString()).isEqualTo(playground.botId());
        JsonNode posted = bot.awaitReplyResult(r -> r.path("activity").path("text").asString("")
                .equals("echo: hello playground"), WAIT);
        assertThat(posted.path("status").asInt()).isEqualTo(201);
        assertThat(posted.path("body").asString()).contains(AgentsPlayground.messageId(frame));
    }

    @Test
    void anActionExecuteReachesTheBotWithTheCardsData() {
        int mark = playground.frameCount();
        playground.send("show me a " + StandInBot.CARD_TEXT);
        JsonNode cardFrame = playground.awaitReplyAfter(mark, AgentsPlayground.hasAdaptiveCard(), WAIT);
        String cardMessageId = AgentsPlayground.messageId(cardFrame);

        JsonNode answer = playground.clickExecute("Approve");

        JsonNode invoke = bot.awaitActivity(invokeNamed("adaptiveCard/action"), WAIT);
        assertThat(invoke.path("replyToId").asString()).isEqualTo(cardMessageId);
        assertThat(invoke.path("value").path("action").path("type").asString()).isEqualTo("Action.Execute");
        assertThat(invoke.path("value").path("action").path("verb").asString()).isEqualTo("approve");
        assertThat(invoke.path("value").path("action").path("data").path("ticket").asInt()).isEqualTo(42);
        assertThat(answer.path("type").asString()).isEqualTo("application/vnd.microsoft.activity.message");
        assertThat(answer.path("value").asString()).isEqualTo("done: approve");
    }

    @Test
    void anActionSubmitReachesTheBotAsAMessageWithAValue() {
        int mark = playground.frameCount();
        playground.send("another " + StandInBot.CARD_TEXT);
        JsonNode cardFrame = playground.awaitReplyAfter(mark, AgentsPlayground.hasAdaptiveCard(), WAIT);

        String cardMessageId = AgentsPlayground.messageId(cardFrame);
        ObjectNode data = AgentsPlayground.JSON.createObjectNode().put("choice", "yes").put("note", "submit-test");
        playground.submit(cardMessageId, data);

        JsonNode submit = bot.awaitActivity(a -> "submit-test".equals(a.path("value").path("note").asString()), WAIT);
        assertThat(submit.path("type").asString()).isEqualTo("message");
        assertThat(submit.path("replyToId").asString()).isEqualTo(cardMessageId);
        assertThat(submit.path("value").path("choice").asString()).isEqualTo("yes");
        assertThat(submit.has("text")).isFalse();
        playground.awaitReplyContaining("submitted: {\"choice\":\"yes\",\"note\":\"submit-test\"}", WAIT);
    }

    @Test
    void aMessageExtensionSubmitActionReachesTheBot() {
        ObjectNode data = AgentsPlayground.JSON.createObjectNode().put("question", "Where is the VPN guide?");

        JsonNode answer = playground.messageExtensionSubmit("askPasserelle", data);

        JsonNode invoke = bot.awaitActivity(invokeNamed("composeExtension/submitAction"), WAIT);
        assertThat(invoke.path("value").path("commandId").asString()).isEqualTo("askPasserelle");
        assertThat(invoke.path("value").path("commandContext").asString()).isEqualTo("compose");
        assertThat(invoke.path("value").path("data").path("question").asString()).isEqualTo("Where is the VPN guide?");
        assertThat(invoke.path("channelData").path("source").path("name").asString()).isEqualTo("compose");
        assertThat(answer.path("composeExtension").path("type").asString()).isEqualTo("result");
        assertThat(answer.path("composeExtension").path("attachments").path(0).path("content").path("title")
                .asString()).isEqualTo("result of askPasserelle");
    }

    @Test
    void aMessageExtensionQueryReachesTheBot() {
        JsonNode answer = playground.messageExtensionQuery("searchKb", "query", "vpn");

        JsonNode invoke = bot.awaitActivity(invokeNamed("composeExtension/query"), WAIT);
        assertThat(invoke.path("value").path("parameters").path(0).path("value").asString()).isEqualTo("vpn");
        assertThat(answer.path("composeExtension").path("type").asString()).isEqualTo("result");
    }

    @Test
    void aReactionToTheBotsReplyReachesTheBotAsACustomActivity() {
        playground.send("react to me");
        JsonNode reply = playground.awaitReplyContaining("echo: react to me", WAIT);
        String replyId = AgentsPlayground.messageId(reply);
        JsonNode posted = bot.awaitReplyResult(r -> r.path("activity").path("text").asString("")
                .equals("echo: react to me"), WAIT);
        assertThat(posted.path("body").asString()).as("the id the bot got for its reply").contains(replyId);

        playground.react(replyId, "like");

        JsonNode reaction = bot.awaitActivity(a -> "messageReaction".equals(a.path("type").asString())
                && replyId.equals(a.path("replyToId").asString()), WAIT);
        assertThat(reaction.path("reactionsAdded").path(0).path("type").asString()).isEqualTo("like");
        assertThat(reaction.path("conversation").path("id").asString()).isEqualTo(playground.conversationId());
        assertThat(reaction.path("from").path("id").asString()).isEqualTo(playground.userId());
        assertThat(reaction.path("serviceUrl").asString()).isEqualTo(playground.serviceUrl().toString());
    }

    @Test
    void theFeedbackButtonsReachTheBotAsAMessageSubmitAction() {
        playground.feedback("dislike", "{\"feedbackText\":\"outdated\"}");

        JsonNode invoke = bot.awaitActivity(invokeNamed("message/submitAction"), WAIT);
        assertThat(invoke.path("value").path("actionName").asString()).isEqualTo("feedback");
        assertThat(invoke.path("value").path("actionValue").path("reaction").asString()).isEqualTo("dislike");
    }

    @Test
    void aGroupChatMessageReachesTheBotWhenItMentionsTheBot() {
        String groupChat = playground.groupChatId();

        playground.sendMentioningBot(groupChat, "group question");

        JsonNode message = bot.awaitActivity(a -> a.path("text").asString("").contains("group question"), WAIT);
        assertThat(message.path("conversation").path("id").asString()).isEqualTo(groupChat);
        assertThat(message.path("conversation").path("conversationType").asString()).isEqualTo("groupChat");
        assertThat(message.path("entities").toString()).contains("mention").contains(playground.botId());
        JsonNode frame = playground.awaitReplyContaining("group question", WAIT);
        assertThat(frame.path("actionConversationId").asString()).isEqualTo(groupChat);
    }

    @Test
    void aMissingInstallationSaysHowToInstall(@TempDir Path empty) {
        assertThatThrownBy(() -> AgentsPlayground.builder(bot.endpoint()).installDir(empty)
                .logRoot(empty.resolve("logs")).start())
                .isInstanceOf(AgentsPlayground.PlaygroundException.class)
                .hasMessageContaining("run bin/install-playground");
    }

    private static Predicate<JsonNode> id(JsonNode activity) {
        String id = activity.path("id").asString();
        return a -> id.equals(a.path("id").asString());
    }

    private static Predicate<JsonNode> text(String text) {
        return a -> text.equals(a.path("text").asString());
    }

    private static Predicate<JsonNode> invokeNamed(String name) {
        return a -> "invoke".equals(a.path("type").asString()) && name.equals(a.path("name").asString());
    }
}
