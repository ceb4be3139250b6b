package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.conversation.Address;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Recipient;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.teams.FakeConnector.Sent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the core tells people on Teams outside their turn goes out as proactive messages to the Bot Connector: in
 * the personal chat the person had with the bot, or in one the bot opens, through where their tenant was last seen.
 */
class TeamsNoticesTests {

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
    void aNoticeToSomeoneWhoChattedWithTheBotGoesToTheirPersonalChat() {
        teams.post("message-personal.json");
        teams.connector.clear();

        tell(person("29:alice"), "Your question #4 has an answer.");

        Sent notice = teams.connector.awaitSent(1).getFirst();
        assertThat(notice.conversation()).isEqualTo("a:1personal-chat-with-alice");
        assertThat(notice.text()).isEqualTo("Your question #4 has an answer.");
        assertThat(notice.activity().path("from").path("id").asText()).isEqualTo(Payloads.BOT);
        assertThat(teams.connector.created()).isEmpty();
    }

    @Test
    void theAddressIsKeptInTheStoreAndAChannelMessageDoesNotForgetThePersonalChat() {
        teams.post("message-personal.json");
        teams.post("message-channel-post.json");

        Address alice = awaitAddress("29:alice", true);

        assertThat(alice.direct()).isEqualTo("a:1personal-chat-with-alice");
        assertThat(alice.endpoint()).isEqualTo(teams.connector.serviceUrl());
        assertThat(alice.bot()).isEqualTo(Payloads.BOT);
    }

    @Test
    void forSomeoneNeverMetInAPersonalChatTheBotOpensOneWithThemInTheirTenant() {
        teams.post("message-channel-post.json");
        awaitAddress("29:alice", false);
        teams.connector.clear();

        tell(person("29:bob"), "Marie asks you: who signs purchase orders?");

        Sent notice = teams.connector.awaitSent(1).getFirst();
        JsonNode opened = teams.connector.created().getFirst();
        assertThat(opened.path("members").path(0).path("id").asText()).isEqualTo("29:bob");
        assertThat(opened.path("bot").path("id").asText()).isEqualTo(Payloads.BOT);
        assertThat(opened.path("tenantId").asText()).isEqualTo(Payloads.TENANT);
        assertThat(opened.path("channelData").path("tenant").path("id").asText()).isEqualTo(Payloads.TENANT);
        assertThat(opened.path("isGroup").asBoolean(true)).isFalse();
        assertThat(notice.conversation()).startsWith("a:opened-");
        assertThat(notice.text()).isEqualTo("Marie asks you: who signs purchase orders?");
        assertThat(awaitAddress("29:bob", true).direct()).isEqualTo(notice.conversation());
    }

    @Test
    void theSecondNoticeToSomeoneTheBotOpenedAChatWithGoesToThatChat() {
        teams.post("message-channel-post.json");
        awaitAddress("29:alice", false);
        teams.connector.clear();
        tell(person("29:bob"), "First.");
        teams.connector.awaitSent(1);

        tell(person("29:bob"), "Second.");

        List<Sent> sent = teams.connector.awaitSent(2);
        assertThat(teams.connector.created()).hasSize(1);
        assertThat(sent.get(1).conversation()).isEqualTo(sent.get(0).conversation());
    }

    @Test
    void aNoticeToAChannelIsPostedThere() {
        teams.post("message-channel-post.json");
        awaitAddress("29:alice", false);
        teams.connector.clear();

        tell(Recipient.conversation(Platform.TEAMS, Payloads.TENANT, Payloads.TEAM_CHANNEL), "This week's digest");

        assertThat(teams.connector.awaitSent(1).getFirst().conversation()).isEqualTo(Payloads.TEAM_CHANNEL);
    }

    @Test
    void aNoticeWithButtonsIsACardWhoseClickRedrawsIt() {
        teams.post("message-channel-post.json");
        teams.post("message-personal.json", json -> {
            ((ObjectNode) json.path("from")).put("id", TeamsHarness.MANAGER);
            ((ObjectNode) json.path("conversation")).put("id", "a:dm-marie");
        });
        teams.connector.clear();
        Reply review = new Reply("Please review #1", null, false, List.of(new dev.passerelle.core.conversation.Block
                .Entries(List.of(new dev.passerelle.core.conversation.EntryCard(1,
                dev.passerelle.core.vocabulary.EntryKind.FAQ, dev.passerelle.core.vocabulary.EntryStatus.DRAFT,
                "How do I export the CRM?", "Settings", null, null, 0, 0,
                List.of(new dev.passerelle.core.conversation.Block.Button("Verify",
                        dev.passerelle.core.conversation.Action.VERIFY, 1)))))));

        teams.passerelle.inbox().run(new Inbox.Routine("review", () -> Outcome.nothing().telling(List.of(
                new Notice(person(TeamsHarness.MANAGER), Language.EN, review)))));
        Sent card = teams.connector.awaitSent(1).getFirst();
        JsonNode answer = teams.post("invoke-execute.json", json -> {
            json.put("replyToId", card.id());
            ((ObjectNode) json.path("conversation")).put("id", "a:dm-marie").put("conversationType", "personal");
        }).body();

        assertThat(answer.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(answer.path("value").toString()).contains("Verified").doesNotContain("\"verb\":\"verify\"");
    }

    @Test
    void someoneOfATenantTheBotNeverSawIsNotToldAndNothingFails() {
        teams.post("message-personal.json");
        teams.connector.clear();

        Outcome ran = run(new Notice(Recipient.person(Platform.TEAMS, "another-tenant", "29:zoe"), Language.EN,
                new Reply("Hello", null, false, List.of())));
        tell(person("29:alice"), "Still reached.");

        assertThat(ran.notices()).hasSize(1);
        assertThat(teams.connector.awaitSent(1)).extracting(Sent::text).containsExactly("Still reached.");
        assertThat(teams.connector.created()).isEmpty();
    }

    private static Recipient person(String user) {
        return Recipient.person(Platform.TEAMS, Payloads.TENANT, user);
    }

    private void tell(Recipient to, String text) {
        run(new Notice(to, Language.EN, new Reply(text, null, false, List.of())));
    }

    private Outcome run(Notice notice) {
        try {
            return teams.passerelle.inbox().run(new Inbox.Routine("tell",
                    () -> Outcome.nothing().telling(List.of(notice)))).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the routine did not run", e);
        }
    }

    /** Addresses are written off the turn's thread: waits until this one is there (with a personal chat or not). */
    private Address awaitAddress(String user, boolean withDirect) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            var found = teams.passerelle.addresses().of(Platform.TEAMS, Payloads.TENANT, user)
                    .filter(address -> !withDirect || address.direct() != null);
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no address for " + user);
    }
}
