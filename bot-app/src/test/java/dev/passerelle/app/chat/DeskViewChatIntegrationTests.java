package dev.passerelle.app.chat;

import static dev.passerelle.app.chat.ChatLines.capturedId;
import static dev.passerelle.app.chat.ChatLines.dm;
import static dev.passerelle.app.chat.ChatLines.entries;
import static dev.passerelle.app.chat.ChatLines.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code /kb desk} through {@code chat --json}, in one process: a knowledge manager's desk (the review queue with its
 * total, the open gaps, the pain register with Acknowledge and Resolve, the week in figures) and a member's (the
 * register with +1 only), in English and in French.
 */
class DeskViewChatIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void managerAndMemberDesksInEnglishAndFrench() {
        try (ChatProcess chat = ChatProcess.start(dataDir, "--passerelle.roles.knowledge-managers=kim")) {
            chat.send(ChatLines.object("faq1", "bob", "#faq How do I reset my password? | Use the self-service portal"));
            chat.send(ChatLines.object("faq2", "bob", "#faq Where is the VPN guide? | On the IT wiki, page VPN"));
            long pain = capturedId(chat.send(ChatLines.object("vpn", "sarah", "#painpoint The VPN drops every afternoon",
                    "team", "IT")), "pain_point");
            chat.send(dm("gap", "alice", "What is the wifi guest code at the Lyon office?"));

            JsonNode kim = chat.send(dm("kim-en", "kim", "/kb desk"));
            JsonNode kimFr = chat.send(dm("kim-fr", "kim", "/kb bureau"));
            JsonNode dave = chat.send(dm("dave-en", "dave", "/kb desk"));
            JsonNode daveFr = chat.send(dm("dave-fr", "dave", "accueil"));

            assertThat(text(kim)).startsWith("Your desk\n").contains("role: knowledge manager",
                    "Pain register: 1 open or acknowledged, the most backed:", "Waiting for review: 3, the 3 oldest:",
                    "Open gaps: 1, the most asked:", "wifi guest code", "The last 7 days:");
            assertThat(buttonsOf(kim, pain)).containsExactly("vote", "acknowledge_pain", "resolve_pain");
            assertThat(entries(kim)).filteredOn(entry -> entry.get("kind").stringValue().equals("faq"))
                    .hasSize(2).allSatisfy(entry -> assertThat(strings(entry.get("buttons")))
                            .containsExactly("verify", "edit", "archive"));
            assertThat(text(kimFr)).startsWith("Votre bureau\n").contains("rôle : gestionnaire de connaissances",
                    "En attente de validation : 3, les 3 plus anciennes :", "Lacunes ouvertes : 1",
                    "Les 7 derniers jours :");
            assertThat(text(dave)).startsWith("Your desk\n").contains("role: member", "Pain register: 1 open")
                    .doesNotContain("Waiting for review", "Open gaps", "wifi guest code", "The last 7 days");
            assertThat(buttonsOf(dave, pain)).containsExactly("vote");
            assertThat(text(daveFr)).startsWith("Votre bureau\n").contains("Registre des irritants : 1 ouvert");
        }
    }

    private static List<String> buttonsOf(JsonNode out, long id) {
        return entries(out).stream().filter(entry -> entry.get("id").asLong() == id).findFirst()
                .map(entry -> strings(entry.get("buttons"))).orElseThrow();
    }

    private static List<String> strings(JsonNode array) {
        return array == null ? List.of() : array.valueStream().map(JsonNode::stringValue).toList();
    }
}
