package dev.passerelle.app.chat;

import static dev.passerelle.app.chat.ChatLines.capturedId;
import static dev.passerelle.app.chat.ChatLines.dm;
import static dev.passerelle.app.chat.ChatLines.error;
import static dev.passerelle.app.chat.ChatLines.replies;
import static dev.passerelle.app.chat.ChatLines.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The gaps loop end to end through {@code chat --json}, in its own JVM: a question nobody could answer becomes a gap,
 * a knowledge manager answers it (or routes it to an expert, whose direct reply answers it) and every asker is told,
 * each told reply carrying who it goes to.
 */
class GapsChatIntegrationTests {

    static final String MANAGER = "kim";

    @TempDir
    static Path dataDir;

    static long vpnGap;
    static long gridGap;
    static JsonNode listed;
    static JsonNode refused;
    static JsonNode answered;
    static JsonNode routed;
    static JsonNode replied;
    static JsonNode shown;

    @BeforeAll
    static void playTheLoop() {
        try (ChatProcess chat = ChatProcess.start(dataDir, "--passerelle.roles.knowledge-managers=" + MANAGER)) {
            vpnGap = capturedId(chat.send(inSales("a1", "alice", "@passerelle How do I reset my VPN password?")),
                    "question");
            chat.send(inSales("a2", "hugo", "@passerelle how can I reset the VPN password"));
            listed = chat.send(inSales("gaps", MANAGER, "/kb gaps"));
            refused = chat.send(inSales("refused", "hugo", "/kb answer " + vpnGap + " no idea"));
            answered = chat.send(inSales("answer", MANAGER, "/kb answer " + vpnGap
                    + " Open vpn.example.com and click Forgot password"));

            gridGap = capturedId(chat.send(inSales("g1", "emma", "@passerelle Où est la grille tarifaire 2024 ?")),
                    "question");
            chat.send(dm("bob-hello", "bob", "hello"));
            routed = chat.send(inSales("route", MANAGER, "/kb route " + gridGap + " @bob"));
            replied = chat.send(dm("bob-reply", "bob", "In the Sales drive, folder Pricing 2024"));
            shown = chat.send(inSales("show", MANAGER, "/kb show " + gridGap));
        }
    }

    static String inSales(String id, String user, String text) {
        return ChatLines.object(id, user, text, "channel", "sales");
    }

    static List<JsonNode> toldTo(JsonNode out) {
        return replies(out).stream().filter(reply -> reply.has("to")).toList();
    }

    static JsonNode toldTo(JsonNode out, String user) {
        return toldTo(out).stream().filter(reply -> user.equals(reply.get("to").stringValue())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing told to " + user + " in " + out));
    }

    @Test
    void theRewordedAskIsOneGapListedWithItsTwoAskers() {
        assertThat(text(listed)).contains("#" + vpnGap + " “How do I reset my VPN password?” — 2 askers");
        assertThat(error(refused)).startsWith("Only knowledge managers can use “answer”");
    }

    @Test
    void answeringTellsEveryAskerInTheirDirectMessagesWithTheAnswer() {
        assertThat(toldTo(answered)).extracting(reply -> reply.get("to").stringValue()).containsExactly("alice", "hugo");
        JsonNode alice = toldTo(answered, "alice");
        assertThat(alice.get("channel").stringValue()).isEqualTo("dm-alice");
        assertThat(alice.get("text").stringValue()).contains("How do I reset my VPN password?",
                "Open vpn.example.com and click Forgot password");
        // The answer's card rides along (its Helpful button is the core's, asserted there).
        assertThat(alice.get("entries").get(0).get("id").longValue()).isEqualTo(capturedId(answered, "faq"));
        assertThat(text(answered)).contains("Gap #" + vpnGap + " is answered by FAQ #", "the 2 askers are told");
    }

    @Test
    void aRoutedQuestionsDirectReplyBecomesADraftFaqAndTheAskerIsToldInFrench() {
        assertThat(toldTo(routed, "bob").get("text").stringValue()).contains("Où est la grille tarifaire 2024 ?")
                .contains("/kb answer " + gridGap);
        assertThat(ChatLines.captured(replied)).anySatisfy(c -> {
            assertThat(c.get("kind").stringValue()).isEqualTo("faq");
            assertThat(c.get("status").stringValue()).isEqualTo("draft");
        });
        JsonNode emma = toldTo(replied, "emma");
        assertThat(emma.get("language").stringValue()).isEqualTo("fr");
        assertThat(emma.get("text").stringValue()).startsWith("Votre question #" + gridGap)
                .contains("In the Sales drive, folder Pricing 2024");
        // In the language the manager last spoke to the bot in ("/kb route" says none of its own).
        assertThat(toldTo(replied, MANAGER).get("text").stringValue()).startsWith("bob ").contains("#" + gridGap, "FAQ #");
        assertThat(text(shown)).contains("Gap #" + gridGap, "is answered by #");
    }
}
