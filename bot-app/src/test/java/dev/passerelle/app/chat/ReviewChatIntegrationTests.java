package dev.passerelle.app.chat;

import static dev.passerelle.app.chat.ChatLines.capturedId;
import static dev.passerelle.app.chat.ChatLines.dm;
import static dev.passerelle.app.chat.ChatLines.entryIds;
import static dev.passerelle.app.chat.ChatLines.error;
import static dev.passerelle.app.chat.ChatLines.replies;
import static dev.passerelle.app.chat.ChatLines.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The review desk through {@code chat --json} in its own JVM: a manager pages through twelve drafts, edits one,
 * merges a duplicate into it (the duplicate's number then points to it) and rejects another, whose author is told in
 * French, the language he last spoke to the bot in.
 */
class ReviewChatIntegrationTests {

    static final String MANAGER = "kim";
    static final List<String> TOPICS = List.of("badge", "parking", "invoice", "laptop", "holiday", "canteen",
            "printer", "expenses", "payroll", "travel", "mentoring", "onboarding");

    @TempDir
    static Path dataDir;

    static final Map<String, JsonNode> answers = new LinkedHashMap<>();
    static final List<Long> drafts = new ArrayList<>();

    @BeforeAll
    static void reviewTheQueue() {
        try (ChatProcess chat = ChatProcess.start(dataDir, "--passerelle.roles.knowledge-managers=" + MANAGER)) {
            for (int i = 0; i < TOPICS.size(); i++) {
                String topic = TOPICS.get(i);
                JsonNode out = chat.send(ChatLines.object("faq-" + topic, "bob", "#faq Where is the " + topic
                        + " desk? | Floor " + (i + 1), "channel", "sales"));
                drafts.add(capturedId(out, "faq"));
            }
            send(chat, dm("bob-fr", "bob", "Merci beaucoup, c’est parfait pour moi !"));
            send(chat, dm("pending", MANAGER, "/kb pending"));
            send(chat, dm("pending-2", MANAGER, "/kb pending page 2"));
            send(chat, dm("attente-2", MANAGER, "/kb attente faq page 2"));
            send(chat, dm("pending-member", "frank", "/kb pending"));
            send(chat, dm("edit", MANAGER, "/kb edit " + drafts.get(0) + " answer Floor 9, room 901"));
            send(chat, dm("show-edited", "frank", "/kb show " + drafts.get(0)));
            send(chat, dm("merge", MANAGER, "/kb merge " + drafts.get(1) + " into " + drafts.get(0)));
            send(chat, dm("show-merged", "frank", "/kb show " + drafts.get(1)));
            send(chat, dm("merge-self", MANAGER, "/kb fusionne " + drafts.get(0) + " dans " + drafts.get(0)));
            send(chat, dm("merge-unknown", MANAGER, "/kb merge " + drafts.get(2) + " into 9999"));
            send(chat, dm("reject", MANAGER, "/kb reject " + drafts.get(2) + " duplicate of the badge FAQ"));
            send(chat, dm("pending-after", MANAGER, "/kb pending"));
            chat.finish();
        }
    }

    private static void send(ChatProcess chat, String line) {
        answers.put(ChatLines.idOf(line), chat.send(line));
    }

    @Test
    void pendingShowsTheTotalAndPagesOldestFirst() {
        assertThat(text(answers.get("pending"))).startsWith("Waiting for review: 12 — page 1 of 2")
                .contains("Next: /kb pending page 2");
        assertThat(entryIds(answers.get("pending"))).containsExactlyElementsOf(drafts.subList(0, 10));
        assertThat(entryIds(answers.get("pending-2"))).containsExactlyElementsOf(drafts.subList(10, 12));
        assertThat(text(answers.get("attente-2"))).startsWith("En attente de revue (FAQ) : 12 — page 2 sur 2");
        assertThat(error(answers.get("pending-member"))).startsWith("Only knowledge managers can use “pending”");
        assertThat(text(answers.get("pending-after"))).startsWith("Waiting for review: 10 — page 1 of 1");
    }

    @Test
    void editChangesTheAnswerEveryoneSees() {
        assertThat(text(answers.get("edit"))).isEqualTo("Edited: #" + drafts.get(0)
                + " FAQ (draft) — Where is the badge desk? → Floor 9, room 901");
        assertThat(text(answers.get("show-edited"))).contains("Floor 9, room 901");
    }

    @Test
    void aMergedEntryAnswersAsAPointerToItsTarget() {
        assertThat(text(answers.get("merge"))).startsWith("#" + drafts.get(1) + " is merged into #" + drafts.get(0));
        assertThat(text(answers.get("show-merged"))).startsWith("#" + drafts.get(1) + " was merged into #"
                + drafts.get(0) + ":");
        assertThat(entryIds(answers.get("show-merged"))).containsExactly(drafts.get(0));
        assertThat(error(answers.get("merge-self"))).isEqualTo("#" + drafts.get(0)
                + " ne peut pas être fusionnée dans elle-même.");
        assertThat(error(answers.get("merge-unknown"))).isEqualTo("No entry #9999 that you can see.");
    }

    @Test
    void aRejectedDraftsAuthorIsToldWhyInTheirLanguage() {
        List<JsonNode> replies = replies(answers.get("reject"));

        assertThat(replies.getFirst().get("text").stringValue())
                .isEqualTo("#" + drafts.get(2) + " is rejected and archived; its author is told.");
        JsonNode told = replies.get(1);
        assertThat(told.get("to").stringValue()).isEqualTo("bob");
        assertThat(told.get("channel").stringValue()).isEqualTo("dm-bob");
        assertThat(told.get("language").stringValue()).isEqualTo("fr");
        assertThat(told.get("text").stringValue()).isEqualTo("Votre fiche FAQ #" + drafts.get(2)
                + " « Where is the invoice desk? » n’a pas été retenue par les gestionnaires de connaissances :"
                + " duplicate of the badge FAQ");
    }
}
