package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.knowledge.Entry;
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
 * Edit on one of Passerelle's cards answers the {@code Action.Execute} with the entry's edit form in the card's
 * place; its Save applies what changed and answers with the card redrawn, its Cancel with the card as it was.
 */
class EditFormTests {

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
        teams.post("message-personal.json", json -> {
            json.put("text", "pending").put("id", "dm-marie");
            ((ObjectNode) json.path("from")).put("id", TeamsHarness.MANAGER).put("name", "Marie Curie");
            ((ObjectNode) json.path("conversation")).put("id", MARIE_CHAT);
        });
        pending = teams.connector.sent().getFirst();
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void editIsAnsweredWithTheFormPrefilledInTheCardsPlace() {
        JsonNode answer = teams.post("invoke-execute.json", execute("edit", TeamsHarness.MANAGER, data -> { })).body();

        assertThat(answer.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode form = answer.path("value");
        assertThat(form.path("body").path(0).path("text").asText()).isEqualTo("Edit #1");
        assertThat(inputs(form)).containsExactly("question=How do I export the CRM?",
                "answer=Settings, then Export & pick Excel", "tags=");
        assertThat(form.path("actions").findValuesAsText("verb")).containsExactly("edit_save", "edit_cancel");
        assertThat(form.path("actions").path(0).path("data").path("kind").asText()).isEqualTo("faq");
        assertThat(form.path("actions").path(0).path("associatedInputs").asText()).isEqualTo("auto");
    }

    @Test
    void saveAppliesWhatChangedAndAnswersWithTheCardRedrawn() {
        JsonNode answer = teams.post("invoke-execute.json", execute("edit_save", TeamsHarness.MANAGER, data -> data
                .put("kind", "faq").put("question", "How do I export the CRM?")
                .put("answer", "Settings, Export, then Excel").put("tags", "crm, exports"))).body();

        assertThat(answer.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode redrawn = entry(answer.path("value"), 1);
        assertThat(redrawn.toString()).contains("Settings, Export, then Excel");
        assertThat(redrawn.findValuesAsText("verb")).containsExactly("verify", "edit", "archive");
        assertThat(entry(answer.path("value"), 2)).isEqualTo(entry(pending.card(), 2));
        Entry stored = teams.passerelle.store().entries().find(1).orElseThrow();
        assertThat(stored.body()).isEqualTo("Settings, Export, then Excel");
        assertThat(stored.tags()).containsExactly("crm", "exports");
    }

    @Test
    void cancelAnswersWithTheCardAsItWasAndChangesNothing() {
        JsonNode answer = teams.post("invoke-execute.json", execute("edit_cancel", TeamsHarness.MANAGER,
                data -> data.put("kind", "faq"))).body();

        assertThat(answer.path("value")).isEqualTo(pending.card());
        assertThat(teams.passerelle.store().entries().find(1).orElseThrow().body())
                .isEqualTo("Settings, then Export & pick Excel");
    }

    @Test
    void anEmptyAnswerBringsTheFormBackSayingWhy() {
        JsonNode answer = teams.post("invoke-execute.json", execute("edit_save", TeamsHarness.MANAGER, data -> data
                .put("kind", "faq").put("language", "fr").put("question", "Comment exporter ?").put("answer", ""))).body();

        JsonNode form = answer.path("value");
        assertThat(form.path("body").path(1).path("text").asText())
                .isEqualTo("Ce champ ne peut pas être vide : écrivez le nouveau texte.");
        assertThat(inputs(form)).contains("question=Comment exporter ?");
        assertThat(teams.passerelle.store().entries().find(1).orElseThrow().title()).isEqualTo("How do I export the CRM?");
    }

    @Test
    void aMemberIsRefusedInOneLineWithoutAForm() {
        JsonNode edit = teams.post("invoke-execute.json", execute("edit", "29:bob", data -> { })).body();
        JsonNode save = teams.post("invoke-execute.json", execute("edit_save", "29:bob", data -> data
                .put("kind", "faq").put("question", "Q?").put("answer", "A"))).body();

        assertThat(edit.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
        assertThat(edit.path("value").asText()).startsWith("Only knowledge managers");
        assertThat(save.path("value").asText()).startsWith("Only knowledge managers");
        assertThat(teams.passerelle.store().entries().find(1).orElseThrow().title()).isEqualTo("How do I export the CRM?");
    }

    private static List<String> inputs(JsonNode card) {
        List<String> inputs = new ArrayList<>();
        for (JsonNode element : card.path("body")) {
            if (element.path("type").asText().equals("Input.Text")) {
                inputs.add(element.path("id").asText() + "=" + element.path("value").asText());
            }
        }
        return inputs;
    }

    private static JsonNode entry(JsonNode card, long id) {
        for (JsonNode element : card.path("body")) {
            if (element.path("id").asText().equals("entry-" + id)) {
                return element;
            }
        }
        throw new AssertionError("no entry #" + id + " in " + card);
    }

    private Consumer<ObjectNode> execute(String verb, String from, Consumer<ObjectNode> data) {
        return json -> {
            json.put("replyToId", pending.id()).put("id", "f:execute-" + verb + from);
            ObjectNode action = (ObjectNode) json.path("value").path("action");
            action.put("verb", verb);
            ObjectNode values = ((ObjectNode) action.path("data")).put("action", verb).put("entry", "1");
            data.accept(values);
            ((ObjectNode) json.path("from")).put("id", from);
            ((ObjectNode) json.path("conversation")).put("id", MARIE_CHAT).put("conversationType", "personal")
                    .put("isGroup", false);
        };
    }
}
