package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.knowledge.AlternateQuestion;
import dev.passerelle.teams.FakeConnector.Sent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learning how people ask, through Teams' own activities: reactions and Helpful on the bot's replies. */
class TeamsLearningTests {

    static final String EXPENSES = "#faq How do I submit an expense report? | Use Expensya: take a photo of each "
            + "receipt, group them in one report per month with the project code, and submit it to your manager.";

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
    void aCheckMarkOnASingleSuggestionTeachesIt() {
        teams.post("message-personal.json", json -> json.put("text", EXPENSES));
        Sent suggestions = asked("expenses?");
        assertThat(suggestions.card().toString()).contains("Not sure, but these may help:");

        teams.post("reaction-like.json", json -> onTheBotsReply(json, suggestions, "2705_whiteheavycheckmark"));

        assertThat(only(teams.connector.sent()).text()).startsWith("Glad it helped!");
        assertThat(alternates(1)).containsExactly("expenses?");
    }

    @Test
    void aThumbsUpOnTheBotsAnswerTeachesItAsACheckMarkDoes() {
        teams.post("message-personal.json", json -> json.put("text", "#faq How do I export the CRM? | Settings, Export"));
        Sent answer = asked("how to export the CRM?");

        teams.post("reaction-like.json", json -> onTheBotsReply(json, answer, "like"));

        assertThat(only(teams.connector.sent()).text()).startsWith("Glad it helped!");
        assertThat(alternates(1)).containsExactly("how to export the CRM?");
    }

    @Test
    void aCheckMarkOnSeveralSuggestionsTeachesNoneAndAsksWhichOneHelped() {
        Sent suggestions = severalSuggestions();

        teams.post("reaction-like.json", json -> onTheBotsReply(json, suggestions, "checkmark"));

        assertThat(only(teams.connector.sent()).text()).startsWith("Glad something helped! Which suggestion was it?");
        assertThat(alternates(1)).isEmpty();
        assertThat(alternates(2)).isEmpty();
    }

    @Test
    void helpfulOnTheSecondSuggestionsCardTeachesThatSuggestion() {
        severalSuggestions();

        TeamsHarness.Answer clicked = teams.post("invoke-execute.json", json -> helpfulFromAlice(json, 2));

        assertThat(clicked.status()).isEqualTo(200);
        assertThat(clicked.body().path("value").asText()).endsWith("I’ll also remember how you asked, to find this "
                + "answer sooner next time.");
        assertThat(alternates(2)).containsExactly("expenses?");
        assertThat(alternates(1)).isEmpty();
    }

    @Test
    void aCheckMarkOnAnAnswerSentBeforeARestartStillTeachesIt() {
        teams.post("message-personal.json", json -> json.put("text", "#faq How do I export the CRM? | Settings, Export"));
        Sent answer = asked("how to export the CRM?");
        teams.close();

        teams = new TeamsHarness(data);
        teams.post("reaction-like.json", json -> onTheBotsReply(json, answer, "checkmark"));

        assertThat(only(teams.connector.sent()).text()).startsWith("Glad it helped!");
        assertThat(alternates(1)).containsExactly("how to export the CRM?");
    }

    /** Alice asks the bot in her personal chat; its one reply. */
    private Sent asked(String question) {
        teams.connector.clear();
        teams.post("message-personal.json", json -> json.put("id", "q-" + question.hashCode()).put("text", question));
        Sent reply = only(teams.connector.sent());
        teams.connector.clear();
        return reply;
    }

    /** Two expense FAQs in Alice's chat; "expenses?" suggests both. */
    private Sent severalSuggestions() {
        teams.post("message-personal.json", json -> json.put("text", EXPENSES));
        teams.post("message-personal.json", json -> json.put("id", "1732540450000")
                .put("text", "#faq What is the expense limit for a client dinner? | 60 euros a head"));
        Sent suggestions = asked("expenses?");
        assertThat(suggestions.card().findValuesAsText("verb")).filteredOn("helpful"::equals).hasSize(2);
        return suggestions;
    }

    /** Alice's Helpful (Action.Execute) on entry {@code entry}'s card in her personal chat. */
    private static void helpfulFromAlice(ObjectNode invoke, long entry) {
        invoke.set("from", invoke.objectNode().put("id", "29:alice").put("name", "Alice Martin")
                .put("aadObjectId", "aad-alice"));
        invoke.set("conversation", invoke.objectNode().put("conversationType", "personal")
                .put("tenantId", "tenant-1").put("id", "a:1personal-chat-with-alice"));
        invoke.set("channelData", invoke.objectNode().set("tenant", invoke.objectNode().put("id", "tenant-1")));
        ObjectNode action = (ObjectNode) invoke.path("value").path("action");
        action.put("verb", "helpful").put("title", "Helpful");
        ((ObjectNode) action.path("data")).put("action", "helpful").put("entry", String.valueOf(entry));
    }

    List<String> alternates(long entry) {
        return teams.passerelle.store().entries().alternates(entry).stream().map(AlternateQuestion::text).toList();
    }

    /** Alice's reaction, in her personal chat, on a message the bot sent there. */
    static void onTheBotsReply(ObjectNode reaction, Sent reply, String type) {
        reaction.put("replyToId", reply.id());
        reaction.set("from", reaction.objectNode().put("id", "29:alice").put("name", "Alice Martin")
                .put("aadObjectId", "aad-alice"));
        reaction.set("conversation", reaction.objectNode().put("conversationType", "personal")
                .put("tenantId", "tenant-1").put("id", "a:1personal-chat-with-alice"));
        reaction.set("channelData", reaction.objectNode().set("tenant", reaction.objectNode().put("id", "tenant-1")));
        reaction.set("reactionsAdded", reaction.arrayNode().add(reaction.objectNode().put("type", type)));
    }

    static Sent only(List<Sent> sent) {
        assertThat(sent).hasSize(1);
        return sent.getFirst();
    }
}
