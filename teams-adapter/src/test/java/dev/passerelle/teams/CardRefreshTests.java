package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.teams.FakeConnector.Sent;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A button pressed on one of Passerelle's cards redraws that card in place (Universal Actions): the clicked entry in
 * its new state with the buttons that still apply, the rest of the card as it was.
 */
class CardRefreshTests {

    private static final String MARIE_CHAT = "a:dm-marie";

    @TempDir
    Path data;
    TeamsHarness teams;
    Sent pending;

    @BeforeEach
    void aManagersPendingListOfTwoDrafts() {
        teams = new TeamsHarness(data);
        teams.post("message-channel-post.json");
        teams.post("message-channel-post.json", json -> json.put("id", "1732540000001")
                .put("text", "#faq Where is the VPN guide? | On the IT wiki"));
        teams.connector.clear();
        teams.post("message-personal.json", fromMarie("pending"));
        pending = teams.connector.sent().getFirst();
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void verifyIsAnsweredWithTheSameCardShowingTheEntryVerifiedWithArchiveAndEditLeft() {
        JsonNode answer = teams.post("invoke-execute.json", click("verify", 1, pending.id(), TeamsHarness.MANAGER)).body();

        assertThat(answer.path("statusCode").asInt()).isEqualTo(200);
        assertThat(answer.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode verified = entry(answer.path("value"), 1);
        assertThat(verified.path("items").path(0).path("text").asText()).contains("Verified");
        assertThat(verified.findValuesAsText("verb")).containsExactly("edit", "archive");
        JsonNode other = entry(answer.path("value"), 2);
        assertThat(other).isEqualTo(entry(pending.card(), 2));
        assertThat(teams.passerelle.store().entries().find(1).orElseThrow().status()).isEqualTo(EntryStatus.VERIFIED);
    }

    @Test
    void theNextClickOnTheSameCardStartsFromItsRedrawnState() {
        teams.post("invoke-execute.json", click("verify", 1, pending.id(), TeamsHarness.MANAGER));

        JsonNode answer = teams.post("invoke-execute.json", click("archive", 2, pending.id(), TeamsHarness.MANAGER))
                .body().path("value");

        assertThat(entry(answer, 1).path("items").path(0).path("text").asText()).contains("Verified");
        assertThat(entry(answer, 2).path("items").path(0).path("text").asText()).contains("archived");
        assertThat(entry(answer, 2).findValuesAsText("verb")).containsExactly("unarchive");
    }

    @Test
    void aFrenchCardIsRedrawnInFrench() {
        JsonNode answer = teams.post("invoke-execute.json", click("verify", 1, pending.id(), TeamsHarness.MANAGER)
                .andThen(json -> ((ObjectNode) json.path("value").path("action").path("data")).put("language", "fr")))
                .body().path("value");

        assertThat(entry(answer, 1).path("items").path(0).path("text").asText()).contains("Vérifiée");
        assertThat(entry(answer, 1).findValuesAsText("title")).containsExactly("Modifier", "Archiver");
    }

    @Test
    void aRefusedClickLeavesTheCardAndSaysWhy() {
        JsonNode answer = teams.post("invoke-execute.json", click("verify", 1, pending.id(), "29:bob")).body();

        assertThat(answer.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
        assertThat(answer.path("value").asText()).contains("Only knowledge managers");
    }

    @Test
    void aCardTheBotDoesNotKnowIsAnsweredInWordsAsBefore() {
        JsonNode answer = teams.post("invoke-execute.json", click("verify", 1, "1:card-from-elsewhere",
                TeamsHarness.MANAGER)).body();

        assertThat(answer.path("value").asText()).isEqualTo("#1 is now verified.");
    }

    @Test
    void aSubmittedCardIsUpdatedInPlace() {
        teams.connector.clear();

        teams.post("submit-feedback.json", json -> {
            json.put("replyToId", pending.id());
            json.set("value", json.objectNode().put("action", "verify").put("entry", "1").put("language", "en"));
            ((ObjectNode) json.path("from")).put("id", TeamsHarness.MANAGER);
            ((ObjectNode) json.path("conversation")).put("id", MARIE_CHAT).put("conversationType", "personal")
                    .put("isGroup", false);
        });

        Sent update = teams.connector.updated().getFirst();
        assertThat(update.id()).isEqualTo(pending.id());
        assertThat(update.conversation()).isEqualTo(MARIE_CHAT);
        assertThat(entry(update.card(), 1).path("items").path(0).path("text").asText()).contains("Verified");
        assertThat(teams.connector.sent()).extracting(Sent::text).containsExactly("#1 is now verified.");
    }

    private static JsonNode entry(JsonNode card, long id) {
        for (JsonNode element : card.path("body")) {
            if (element.path("id").asText().equals("entry-" + id)) {
                return element;
            }
        }
        throw new AssertionError("no entry #" + id + " in " + card);
    }

    private static Consumer<ObjectNode> fromMarie(String text) {
        return json -> {
            json.put("text", text).put("id", "dm-marie");
            ((ObjectNode) json.path("from")).put("id", TeamsHarness.MANAGER).put("name", "Marie Curie");
            ((ObjectNode) json.path("conversation")).put("id", MARIE_CHAT);
        };
    }

    private static Consumer<ObjectNode> click(String verb, long entry, String card, String from) {
        return json -> {
            json.put("replyToId", card).put("id", "f:execute-" + verb + entry + from);
            ObjectNode action = (ObjectNode) json.path("value").path("action");
            action.put("verb", verb);
            ((ObjectNode) action.path("data")).put("action", verb).put("entry", String.valueOf(entry));
            ((ObjectNode) json.path("from")).put("id", from);
            ((ObjectNode) json.path("conversation")).put("id", MARIE_CHAT).put("conversationType", "personal")
                    .put("isGroup", false);
        };
    }
}
