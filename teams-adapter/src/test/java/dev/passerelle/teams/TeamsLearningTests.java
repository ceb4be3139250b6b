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
        teams.connector.clear();
        teams.post("message-personal.json", json -> json.put("id", "1732540500000").put("text", "expenses?"));
        Sent suggestions = only(teams.connector.sent());
        System.out.println(suggestions);
        teams.connector.clear();

        teams.post("reaction-like.json", json -> onTheBotsReply(json, suggestions, "checkmark"));

        System.out.println(teams.connector.sent());
        assertThat(alternates(1)).containsExactly("expenses?");
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
