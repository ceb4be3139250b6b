package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.teams.FakeConnector.Sent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Teams activities through the SDK, the adapter and the real core, to the replies Teams would show. */
class TeamsConversationTests {

    private static final String THREAD = Payloads.TEAM_CHANNEL + ";messageid=1732540000000";

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

    @Nested
    class Messages {

        @Test
        void aChannelPostTaggedFaqIsCapturedAndSaidSoInItsThread() {
            assertThat(teams.post("message-channel-post.json").status()).isEqualTo(202);

            assertThat(teams.connector.sent()).singleElement().satisfies(reply -> {
                assertThat(reply.conversation()).isEqualTo(THREAD);
                assertThat(reply.text()).contains("FAQ #1");
            });
        }

        @Test
        void aQuestionIsAnsweredWithACardWhoseButtonsNameTheEntry() {
            teams.post("message-channel-post.json");
            teams.connector.clear();

            teams.post("message-personal.json", json -> json.put("text", "ask how do I export the CRM?"));

            JsonNode card = only(teams.connector.sent()).card();
            assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
            assertThat(card.path("version").asText()).isEqualTo("1.5");
            assertThat(card.toString()).contains("How do I export the CRM?");
            JsonNode helpful = card.findParents("verb").stream()
                    .filter(action -> action.path("verb").asText().equals("helpful")).findFirst().orElseThrow();
            assertThat(helpful.path("type").asText()).isEqualTo("Action.Execute");
            assertThat(helpful.path("data").path("entry").asText()).isEqualTo("1");
            assertThat(helpful.path("data").path("language").asText()).isEqualTo("en");
        }

        @Test
        void aMentionInAThreadIsAnsweredInThatThread() {
            teams.post("message-channel-mention-thread.json", json -> json.put("text", "<at>Passerelle</at> help"));

            assertThat(only(teams.connector.sent()).conversation()).isEqualTo(THREAD);
        }

        @Test
        void helpKeepsOneLinePerCommandSinceTeamsJoinsSingleLineBreaks() {
            teams.post("message-personal.json", json -> json.put("text", "help"));

            String help = only(teams.connector.sent()).text();
            assertThat(help).contains("\n\n• ").doesNotContainPattern("[^\n]\n[^\n]");
        }

        @Test
        void aManagerCommandFromAMemberIsRefusedInWords() {
            teams.post("message-channel-mention-thread.json", json -> json.put("text", "<at>Passerelle</at> pending"));

            assertThat(only(teams.connector.sent()).text()).contains("Only knowledge managers");
        }

        @Test
        void aChannelPostWithoutTextOrMentionIsLeftAlone() {
            teams.post("message-channel-post.json", json -> json.remove("text"));

            assertThat(teams.connector.sent()).isEmpty();
        }

        @Test
        void aRetriedDeliveryIsHandledOnce() {
            teams.post("message-channel-post.json");
            teams.post("message-channel-post.json");

            assertThat(teams.connector.sent()).hasSize(1);
        }

        @Test
        void aFrenchQuestionIsAnsweredWithFrenchLabelsAndButtonsThatSayFrench() {
            teams.post("message-channel-post.json", json -> json.put("text",
                    "#faq Comment exporter le CRM ? | Paramètres, puis Exporter"));
            teams.connector.clear();

            teams.post("message-personal.json", json -> json.put("text", "demande comment exporter le CRM ?"));

            JsonNode card = only(teams.connector.sent()).card();
            assertThat(card.toString()).contains("brouillon");
            assertThat(card.findValuesAsText("language")).isNotEmpty().containsOnly("fr");
        }
    }

    /** Every activity is recorded in the core's inbox, committed, before Teams gets its answer. */
    @Nested
    class Inbox {

        private static final String POST_KEY = "teams:tenant-1:" + Payloads.TEAM_CHANNEL + ":1732540000000";

        @Test
        void aMessageIsRecordedInTheInboxBeforeItIsAnsweredAndBeforeTheTurnCompletes() {
            AtomicReference<Optional<StoredInbox.Recorded>> whenAnswering = new AtomicReference<>();
            teams.connector.onSent(reply -> whenAnswering.compareAndSet(null, teams.inbox.find(POST_KEY)));

            int status = teams.post("message-channel-post.json").status();

            assertThat(status).isEqualTo(202);
            assertThat(whenAnswering.get()).as("recorded when the reply was sent").isPresent();
            assertThat(teams.inbox.find(POST_KEY)).as("recorded and applied when Teams got its 202")
                    .contains(new StoredInbox.Recorded(POST_KEY, true));
        }

        @Test
        void theSameActivityDeliveredTwiceCreatesOneEntry() {
            teams.post("message-channel-post.json");
            teams.post("message-channel-post.json");

            var entries = teams.passerelle.store().entries();
            assertThat(entries.find(1)).get().extracting(Entry::kind).isEqualTo(EntryKind.FAQ);
            assertThat(entries.find(2)).isEmpty();
            assertThat(teams.connector.sent()).as("and says so once").hasSize(1);
        }

        @Test
        void aClickIsRecordedUnderItsActivityAndItsClicker() {
            teams.post("message-channel-post.json");

            teams.post("invoke-execute.json");

            assertThat(teams.inbox.find("teams:tenant-1:" + Payloads.TEAM_CHANNEL + ":click:f:execute-1:29:marie"))
                    .hasValueSatisfying(recorded -> assertThat(recorded.applied()).isTrue());
        }

        @Test
        void anActivityThatCannotBeRecordedIsNotAcknowledgedSoTeamsDeliversItAgain() {
            teams.passerelle.close();

            int status = teams.post("message-channel-post.json").status();

            assertThat(status).isEqualTo(500);
            assertThat(teams.connector.sent()).as("nothing claimed").isEmpty();
        }
    }

    @Test
    void aManagersPendingListPutsEachDraftsVerifyEditAndArchiveUnderThatDraft() {
        teams.post("message-channel-post.json");
        teams.post("message-channel-post.json", json -> json.put("id", "1732540000001")
                .put("text", "#faq Where is the VPN guide? | On the IT wiki"));
        teams.connector.clear();

        teams.post("message-personal.json", asking(TeamsHarness.MANAGER, "pending"));

        JsonNode entries = only(teams.connector.sent()).card().path("body");
        List<JsonNode> drafts = new ArrayList<>();
        entries.forEach(element -> {
            if (element.path("type").asText().equals("Container")) {
                drafts.add(element);
            }
        });
        assertThat(drafts).hasSize(2).allSatisfy(draft -> {
            String heading = draft.path("items").path(0).path("text").asText();
            JsonNode buttons = draft.path("items").path(draft.path("items").size() - 1);
            assertThat(buttons.path("type").asText()).isEqualTo("ActionSet");
            assertThat(buttons.findValuesAsText("verb")).containsExactly("verify", "edit", "archive");
            assertThat(buttons.findValuesAsText("entry")).allSatisfy(id -> assertThat(heading).startsWith("\\#" + id + " "));
        });
    }

    @Nested
    class CardActions {

        @BeforeEach
        void aDraftFaq() {
            teams.post("message-channel-post.json");
            teams.connector.clear();
        }

        @Test
        void helpfulIsThankedToTheClickerAlone() {
            JsonNode response = teams.post("invoke-execute.json", execute("helpful", "29:bob")).body();

            assertThat(response.path("statusCode").asInt()).isEqualTo(200);
            assertThat(response.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
            assertThat(response.path("value").asText()).startsWith("Thanks, noted");
            assertThat(teams.connector.sent()).isEmpty();
        }

        @Test
        void aManagerVerifiesFromTheCard() {
            JsonNode response = teams.post("invoke-execute.json").body();

            assertThat(response.path("value").asText()).isEqualTo("#1 is now verified.");
        }

        @Test
        void aButtonOnAFrenchReplyIsAnsweredInFrench() {
            JsonNode response = teams.post("invoke-execute.json", inLanguage("fr")).body();

            assertThat(response.path("value").asText()).isEqualTo("#1 est désormais vérifiée.");
        }

        @Test
        void aButtonIsAnsweredInItsReplysLanguageWhateverTheClientsLocale() {
            JsonNode response = teams.post("invoke-execute.json", json -> json.put("locale", "fr-FR")).body();

            assertThat(response.path("value").asText()).isEqualTo("#1 is now verified.");
        }

        @Test
        void aButtonThatNamesNoLanguageIsAnsweredInTheClientsLanguage() {
            JsonNode response = teams.post("invoke-execute.json", json -> {
                json.put("locale", "fr-FR");
                ((ObjectNode) json.path("value").path("action").path("data")).remove("language");
            }).body();

            assertThat(response.path("value").asText()).isEqualTo("#1 est désormais vérifiée.");
        }

        @Test
        void aMemberMayNotVerify() {
            JsonNode response = teams.post("invoke-execute.json", execute("verify", "29:bob")).body();

            assertThat(response.path("value").asText()).contains("Only knowledge managers");
            assertThat(teams.passerelle.store().entries().find(1).orElseThrow().status().code()).isEqualTo("draft");
        }

        @Test
        void anUnknownVerbIsABadRequest() {
            JsonNode response = teams.post("invoke-execute.json", execute("something.else", "29:bob")).body();

            assertThat(response.path("statusCode").asInt()).isEqualTo(400);
        }

        @Test
        void aButtonOfAnOlderCardWithATypedCommandVerbIsABadRequest() {
            JsonNode response = teams.post("invoke-execute.json", json -> {
                ((ObjectNode) json.path("value").path("action")).put("verb", "curation.verify");
                ((ObjectNode) json.path("value").path("action").path("data")).remove("action");
            }).body();

            assertThat(response.path("statusCode").asInt()).isEqualTo(400);
            assertThat(teams.passerelle.store().entries().find(1).orElseThrow().status().code()).isEqualTo("draft");
        }

        @Test
        void aSubmittedCardIsAnsweredInTheConversation() {
            teams.post("submit-feedback.json");

            assertThat(only(teams.connector.sent()).text()).startsWith("Thanks, noted");
        }

        private static java.util.function.Consumer<ObjectNode> execute(String verb, String from) {
            return json -> {
                ((ObjectNode) json.path("value").path("action")).put("verb", verb);
                ((ObjectNode) json.path("value").path("action").path("data")).put("action", verb);
                ((ObjectNode) json.path("from")).put("id", from);
            };
        }

        private static java.util.function.Consumer<ObjectNode> inLanguage(String code) {
            return json -> ((ObjectNode) json.path("value").path("action").path("data")).put("language", code);
        }
    }

    @Nested
    class SaveToPasserelle {

        @Test
        void theFormOpensWithTheMessageAsPlainText() {
            JsonNode response = teams.post("invoke-fetch-task.json").body();

            assertThat(response.path("task").path("type").asText()).isEqualTo("continue");
            JsonNode card = response.path("task").path("value").path("card").path("content");
            JsonNode text = card.path("body").findParents("id").stream()
                    .filter(input -> input.path("id").asText().equals("text")).findFirst().orElseThrow();
            assertThat(text.path("value").asText())
                    .isEqualTo("Tip: the CRM export is in Settings > Export.\nAsk @Bob Durand if it fails & retry.");
        }

        @Test
        void aSavedMessageKeepsItsAuthorAndSourceAndTheSaverIsTold() {
            teams.connector.member("29:alice", "aad-alice", "Alice Martin", "alice@example.com");

            JsonNode response = teams.post("invoke-submit-action.json").body();

            assertThat(response.path("task").path("type").asText()).isEqualTo("message");
            assertThat(response.path("task").path("value").asText()).contains("#1");
            Entry saved = teams.passerelle.store().entries().find(1).orElseThrow();
            assertThat(saved.kind()).isEqualTo(EntryKind.PAIN_POINT);
            assertThat(saved.source()).isEqualTo("1732540600000");
            assertThat(saved.tags()).contains("crm", "export");
            assertThat(teams.passerelle.store().people().find(saved.authorId()).orElseThrow().email())
                    .isEqualTo("alice@example.com");
        }

        @Test
        void anAuthorWhoSpokeBeforeIsTheSamePersonEvenWhenTheRosterCannotTell() {
            teams.post("message-channel-post.json");

            teams.post("invoke-submit-action.json");

            var entries = teams.passerelle.store().entries();
            assertThat(entries.find(2).orElseThrow().authorId()).isEqualTo(entries.find(1).orElseThrow().authorId());
        }

        @Test
        void anEmptyTextIsRefusedInTheDialog() {
            JsonNode response = teams.post("invoke-submit-action.json",
                    json -> ((ObjectNode) json.path("value").path("data")).put("text", "  ")).body();

            assertThat(response.path("task").path("value").asText()).isEqualTo("The text is empty: write what to save.");
            assertThat(teams.passerelle.store().entries().find(1)).isEmpty();
        }

        @Test
        void aFaqWithoutItsAnswerIsRefusedInTheDialogInTheSaversLanguage() {
            JsonNode response = teams.post("invoke-submit-action.json", json -> {
                json.put("locale", "fr-FR");
                ((ObjectNode) json.path("value").path("data")).put("kind", "faq");
            }).body();

            assertThat(response.path("task").path("type").asText()).isEqualTo("message");
            assertThat(response.path("task").path("value").asText()).contains("question | réponse");
            assertThat(teams.passerelle.store().entries().find(1)).isEmpty();
        }

        @Test
        void aKindThatIsNotOneOfTheFormsIsRefused() {
            JsonNode response = teams.post("invoke-submit-action.json",
                    json -> ((ObjectNode) json.path("value").path("data")).put("kind", "gossip")).body();

            assertThat(response.path("task").path("value").asText()).isEqualTo("Choose FAQ, insight or pain point.");
            assertThat(teams.passerelle.store().entries().find(1)).isEmpty();
        }

        @Test
        void theFormSpeaksTheSaversTeamsLanguage() {
            JsonNode response = teams.post("invoke-fetch-task.json", json -> json.put("locale", "fr-FR")).body();

            assertThat(response.path("task").path("value").path("title").asText())
                    .isEqualTo("Enregistrer dans Passerelle");
            JsonNode card = response.path("task").path("value").path("card").path("content");
            assertThat(card.path("actions").path(0).path("title").asText()).isEqualTo("Enregistrer");
        }
    }

    @Test
    void aLikeOnAPainPointBacksIt() {
        teams.post("message-channel-post.json", json -> json.put("text", "#painpoint the VPN drops every hour"));
        int votes = teams.passerelle.store().entries().find(1).orElseThrow().votes();
        teams.connector.clear();

        teams.post("reaction-like.json");

        assertThat(only(teams.connector.sent()).text()).contains("+1 on pain point #1");
        assertThat(teams.passerelle.store().entries().find(1).orElseThrow().votes()).isEqualTo(votes + 1);
    }

    @Test
    void aLikeTakenBackTakesTheVoteBack() {
        teams.post("message-channel-post.json", json -> json.put("text", "#painpoint the VPN drops every hour"));
        teams.post("reaction-like.json");
        int votes = teams.passerelle.store().entries().find(1).orElseThrow().votes();
        teams.connector.clear();

        teams.post("reaction-like.json", json -> {
            json.put("id", "f:reaction-2").put("timestamp", "2024-11-25T13:31:00.000Z").remove("reactionsAdded");
            json.set("reactionsRemoved", json.arrayNode().add(json.objectNode().put("type", "like")));
        });

        assertThat(only(teams.connector.sent()).text()).startsWith("Took back your +1 on pain point #1");
        assertThat(teams.passerelle.store().entries().find(1).orElseThrow().votes()).isEqualTo(votes - 1);
    }

    @Test
    void aCheckMarkOnTheBotsAnswerTeachesTheEntryHowTheAskerAsked() {
        teams.post("message-personal.json", json -> json.put("text", "#faq How do I export the CRM? | Settings, Export"));
        teams.connector.clear();
        teams.post("message-personal.json", json -> json.put("id", "1732540500000")
                .put("text", "how to export the CRM?"));
        Sent answer = only(teams.connector.sent());
        teams.connector.clear();

        teams.post("reaction-like.json", json -> onTheBotsReply(json, answer, "checkmark"));

        assertThat(only(teams.connector.sent()).text()).startsWith("Glad it helped!");
        assertThat(teams.passerelle.store().entries().alternates(1)).singleElement()
                .satisfies(alternate -> assertThat(alternate.text()).isEqualTo("how to export the CRM?"));
    }

    @Test
    void aBulbOnTheBotsAnswerSavesNothing() {
        teams.post("message-personal.json", json -> json.put("text", "#faq How do I export the CRM? | Settings, Export"));
        Sent saved = only(teams.connector.sent());
        teams.connector.clear();

        teams.post("reaction-like.json", json -> onTheBotsReply(json, saved, "1f4a1_lightbulb"));

        assertThat(teams.connector.sent()).isEmpty();
        assertThat(teams.passerelle.store().entries().list(EntryKind.INSIGHT, EntryStatus.DRAFT, 10)).isEmpty();
    }

    /** Alice's reaction, in her personal chat, on a message the bot sent there. */
    private static void onTheBotsReply(ObjectNode reaction, Sent reply, String type) {
        reaction.put("replyToId", reply.id());
        reaction.set("from", reaction.objectNode().put("id", "29:alice").put("name", "Alice Martin")
                .put("aadObjectId", "aad-alice"));
        reaction.set("conversation", reaction.objectNode().put("conversationType", "personal")
                .put("tenantId", "tenant-1").put("id", "a:1personal-chat-with-alice"));
        reaction.set("channelData", reaction.objectNode().set("tenant", reaction.objectNode().put("id", "tenant-1")));
        reaction.set("reactionsAdded", reaction.arrayNode().add(reaction.objectNode().put("type", type)));
    }

    @Test
    void aReactionOnAMessageTheBotNeverSawChangesNothing() {
        teams.post("reaction-like.json");

        assertThat(teams.connector.sent()).isEmpty();
    }

    @Test
    void anInstallationIsWelcomedOnceInTheInstallersTeamsLanguageFirst() {
        teams.post("installation-update-add.json");
        teams.post("conversation-update-bot-added.json");

        String card = only(teams.connector.sent()).card().toString();
        assertThat(card).contains("Bonjour, je suis Passerelle", "@Passerelle aide", "Hello, I am Passerelle");
        assertThat(card.indexOf("Bonjour, je suis Passerelle")).isLessThan(card.indexOf("Hello, I am Passerelle"));
    }

    @Test
    void aClientThatNamesNoLocaleIsWelcomedInTheConfiguredLanguage() {
        teams.post("conversation-update-bot-added.json");

        assertThat(only(teams.connector.sent()).card().toString()).contains("Hello, I am Passerelle",
                "@Passerelle help");
    }

    @Test
    void anUpgradeOfTheAppIsNotWelcomed() {
        teams.post("installation-update-add.json", json -> json.put("action", "add-upgrade"));

        assertThat(teams.connector.sent()).isEmpty();
    }

    @Test
    void someoneOpeningAPersonalChatIsWelcomed() {
        teams.post("conversation-update-bot-added.json", json -> {
            json.putArray("membersAdded").addObject().put("id", "29:alice");
            ((ObjectNode) json.path("conversation")).removeAll().put("id", "a:1personal").put("conversationType", "personal")
                    .put("tenantId", "tenant-1");
            json.remove("channelData");
        });

        assertThat(only(teams.connector.sent()).card().toString()).contains("Hello, I am Passerelle");
    }

    @Test
    void theRosterGivesTheAddressThatMakesAManager() throws Exception {
        try (TeamsHarness byAddress = new TeamsHarness(data.resolve("by-address"), "alice@example.com")) {
            byAddress.connector.member("29:alice", "aad-alice", "Alice Martin", "alice@example.com");

            byAddress.post("message-personal.json", json -> json.put("text", "pending"));

            assertThat(only(byAddress.connector.sent()).text()).doesNotContain("Only knowledge managers");
        }
    }

    @Test
    void whatIsSaidInAGroupChatIsSeenByItsListedMembersOnly() {
        teams.connector.member("29:alice", "aad-alice", "Alice Martin", "alice@example.com");
        teams.connector.member("29:bob", "aad-bob", "Bob Durand", "bob@example.com");
        teams.post("message-group-chat.json", json -> json.put("text", "#faq Where is the travel policy? | On the HR site"));
        teams.connector.clear();

        teams.post("message-personal.json", asking("29:bob", "ask where is the travel policy?"));
        teams.post("message-personal.json", asking("29:carol", "ask where is the travel policy?"));

        List<Sent> answers = teams.connector.sent();
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).card().toString()).contains("travel policy");
        assertThat(answers.get(1).toString()).doesNotContain("HR site");
    }

    private static java.util.function.Consumer<ObjectNode> asking(String who, String text) {
        return json -> {
            json.put("text", text).put("id", "dm-" + who);
            ((ObjectNode) json.path("from")).put("id", who).put("name", who);
            ((ObjectNode) json.path("conversation")).put("id", "a:dm-" + who);
        };
    }

    private static Sent only(List<Sent> sent) {
        assertThat(sent).hasSize(1);
        return sent.getFirst();
    }
}
