package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.vocabulary.PainStatus;
import dev.passerelle.teams.FakeConnector.Sent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk in a Teams personal chat: {@code desk} answers with an Adaptive Card of its sections and buttons, and an
 * {@code Action.Execute} on one of them answers with the whole desk redrawn.
 */
class TeamsDeskTests {

    private static final String MARIE_CHAT = "a:dm-marie";

    @TempDir
    Path data;
    TeamsHarness teams;

    @BeforeEach
    void aDraftAPainPointAndAGap() {
        teams = new TeamsHarness(data);
        teams.post("message-channel-post.json");
        teams.post("message-channel-post.json", json -> json.put("id", "1732540000001")
                .put("text", "#pain The VPN drops every afternoon"));
        teams.post("message-personal.json", json -> json.put("id", "dm-bob-1")
                .put("text", "What is the wifi guest code at the Lyon office?"));
        teams.connector.clear();
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void deskInThePersonalChatIsAnAdaptiveCardWithTheManagersSections() {
        Sent desk = desk("desk");

        assertThat(desk.activity().path("attachments").path(0).path("contentType").asText())
                .isEqualTo("application/vnd.microsoft.card.adaptive");
        String texts = String.join("\n", desk.card().findValuesAsText("text"));
        assertThat(texts).contains("Your desk", "Marie Curie — team: none — role: knowledge manager",
                "Pain register: 1 open or acknowledged, the most backed:", "Waiting for review: 2, the 2 oldest:",
                "Open gaps: 1, the most asked:", "What is the wifi guest code", "The last 7 days:");
        assertThat(desk.card().findValuesAsText("verb")).contains("vote", "acknowledge_pain", "resolve_pain", "verify",
                "edit", "archive", "answer_gap", "route_gap");
        assertThat(desk.card().findValues("data")).allSatisfy(data -> assertThat(data.path("desk").asBoolean()).isTrue());
    }

    @Test
    void acknowledgeOnTheDeskAnswersWithTheWholeDeskRedrawn() {
        Sent desk = desk("desk");
        long pain = entryWith(desk.card(), "VPN drops");

        JsonNode answer = teams.post("invoke-execute.json", click("acknowledge_pain", pain, desk.id())).body();

        assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
        assertThat(answer.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode redrawn = answer.path("value");
        assertThat(String.join("\n", redrawn.findValuesAsText("text"))).contains("Your desk",
                "Waiting for review: 2, the 2 oldest:", "Open gaps: 1, the most asked:");
        assertThat(entry(redrawn, pain).findValuesAsText("verb")).containsExactly("vote", "resolve_pain");
        assertThat(teams.passerelle.store().entries().find(pain).orElseThrow().painStatus())
                .isEqualTo(PainStatus.ACKNOWLEDGED);

        JsonNode again = teams.post("invoke-execute.json", click("verify", entryWith(redrawn, "export the CRM"),
                desk.id())).body().path("value");

        assertThat(String.join("\n", again.findValuesAsText("text"))).contains("Waiting for review: 1, the oldest:");
    }

    @Test
    void aMembersDeskInFrenchHasTheRegisterWithPlusOneOnly() {
        teams.post("message-personal.json", json -> json.put("id", "dm-bob-2").put("text", "bureau"));

        Sent desk = teams.connector.sent().getLast();
        String texts = String.join("\n", desk.card().findValuesAsText("text"));
        assertThat(texts).contains("Votre bureau", "Registre des irritants : 1 ouvert ou pris en compte")
                .doesNotContain("En attente de validation", "Lacunes ouvertes");
        assertThat(desk.card().findValuesAsText("verb")).containsOnly("vote");
    }

    @Test
    void theWelcomeInAPersonalChatMentionsTheDeskInBothLanguages() {
        teams.post("conversation-update-bot-added.json", json -> {
            json.put("id", "f:update-personal");
            ((ObjectNode) json.path("conversation")).put("id", "a:dm-zoe").put("conversationType", "personal")
                    .put("isGroup", false);
            json.set("membersAdded", json.arrayNode().add(json.objectNode().put("id", "28:passerelle-bot")));
        });

        String texts = String.join("\n", teams.connector.sent().getLast().card().findValuesAsText("text"));
        assertThat(texts).contains("Your desk: write desk in this chat", "Votre bureau : écrivez bureau");
    }

    private Sent desk(String text) {
        teams.post("message-personal.json", json -> {
            json.put("text", text).put("id", "dm-marie-" + text);
            ((ObjectNode) json.path("from")).put("id", TeamsHarness.MANAGER).put("name", "Marie Curie");
            ((ObjectNode) json.path("conversation")).put("id", MARIE_CHAT);
        });
        return teams.connector.sent().getLast();
    }

    private static long entryWith(JsonNode card, String text) {
        for (JsonNode element : card.path("body")) {
            if (element.path("id").asText().startsWith("entry-")
                    && String.join(" ", element.findValuesAsText("text")).contains(text)) {
                return Long.parseLong(element.path("id").asText().substring("entry-".length()));
            }
        }
        throw new AssertionError("no entry with " + text + " in " + card);
    }

    private static JsonNode entry(JsonNode card, long id) {
        List<String> ids = new ArrayList<>();
        for (JsonNode element : card.path("body")) {
            ids.add(element.path("id").asText());
            if (element.path("id").asText().equals("entry-" + id)) {
                return element;
            }
        }
        throw new AssertionError("no entry #" + id + " among " + ids);
    }

    private static Consumer<ObjectNode> click(String verb, long entry, String card) {
        return json -> {
            json.put("replyToId", card).put("id", "f:desk-" + verb + entry);
            ObjectNode action = (ObjectNode) json.path("value").path("action");
            action.put("verb", verb);
            ((ObjectNode) action.path("data")).put("action", verb).put("entry", String.valueOf(entry))
                    .put("language", "en").put("desk", true);
            ((ObjectNode) json.path("from")).put("id", TeamsHarness.MANAGER);
            ((ObjectNode) json.path("conversation")).put("id", MARIE_CHAT).put("conversationType", "personal")
                    .put("isGroup", false);
        };
    }
}
