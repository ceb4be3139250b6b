package dev.passerelle.app.chat;

import static dev.passerelle.app.chat.ChatLines.capturedId;
import static dev.passerelle.app.chat.ChatLines.captured;
import static dev.passerelle.app.chat.ChatLines.dm;
import static dev.passerelle.app.chat.ChatLines.error;
import static dev.passerelle.app.chat.ChatLines.replies;
import static dev.passerelle.app.chat.ChatLines.text;
import static dev.passerelle.app.chat.ChatLines.users;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The knowledge manager's desk through {@code chat --json}, in its own JVM: stats, the audit log, a role granted by an
 * admin (and used at once), capture turned off in a channel, and a person forgotten.
 */
class DeskChatIntegrationTests {

    @TempDir
    static Path dataDir;

    static final Map<String, JsonNode> answers = new LinkedHashMap<>();

    @BeforeAll
    static void playTheDesk() {
        try (ChatProcess chat = ChatProcess.start(dataDir, "--passerelle.roles.knowledge-managers=kim",
                "--passerelle.roles.admins=root")) {
            send(chat, "faq", channel("faq", "bob", "it", "#faq How do I reset the VPN token? | Open the portal and press Renew"));
            long faq = capturedId(answers.get("faq"), "faq");
            send(chat, "ask", dm("ask", "alice", "/kb ask how do I reset the VPN token?"));
            send(chat, "stats", dm("stats", "kim", "/kb stats 7d"));
            send(chat, "stats-member", dm("stats-member", "bob", "/kb stats"));
            send(chat, "hello", dm("hello", "julien", "hello"));
            send(chat, "verify-before", dm("verify-before", "julien", "/kb verify " + faq));
            send(chat, "grant", dm("grant", "root", "/kb role grant @julien km"));
            send(chat, "verify-after", dm("verify-after", "julien", "/kb verify " + faq));
            send(chat, "capture-off", channel("capture-off", "kim", "random", "/kb capture off"));
            send(chat, "captured-looking", channel("captured-looking", "bob", "random", "#faq Where is the canteen? | Floor 2"));
            send(chat, "canteen", dm("canteen", "alice", "/kb ask where is the canteen?"));
            send(chat, "audit", dm("audit", "kim", "/kb audit 3"));
            send(chat, "journal", dm("journal", "kim", "/kb journal #" + faq));
            send(chat, "forget", dm("forget", "root", "/kb forget @bob"));
            send(chat, "ask-after", dm("ask-after", "alice", "/kb ask how do I reset the VPN token?"));
            send(chat, "who-after", dm("who-after", "alice", "/kb who VPN token"));
            send(chat, "audit-after", dm("audit-after", "kim", "/kb audit 1"));
        }
    }

    private static void send(ChatProcess chat, String id, String line) {
        answers.put(id, chat.send(line));
    }

    private static String channel(String id, String user, String channel, String text) {
        return ChatLines.object(id, user, text, "channel", channel, "channel_type", "channel");
    }

    @Test
    void statsGiveManagersTheFiguresAndRefuseMembersInOneLine() {
        assertThat(text(answers.get("stats"))).startsWith("Passerelle over the last 7 days (7d):")
                .contains("• Entries: FAQ 1 (draft 1)",
                        "• Questions: 1 — answered confidently 1, with suggestions 0, unanswered 0 (answer rate 100%)",
                        "• Contributors: 1 people from 0 teams");
        assertThat(error(answers.get("stats-member")))
                .isEqualTo("Only knowledge managers can use “stats”. Ask one of them, or an admin, if you need it.");
    }

    @Test
    void aRoleGrantedByAnAdminLetsThePersonVerifyAtOnce() {
        assertThat(error(answers.get("verify-before"))).startsWith("Only knowledge managers can use “verify”.");
        assertThat(text(answers.get("grant"))).isEqualTo("Done: julien is now knowledge manager.");
        assertThat(error(answers.get("verify-after"))).isNull();
        assertThat(captured(answers.get("verify-after")).getFirst().get("status").asString()).isEqualTo("verified");
    }

    @Test
    void captureOffIsSaidInTheChannelAndKeepsNothingSaidThere() {
        JsonNode off = replies(answers.get("capture-off")).getFirst();
        assertThat(off.get("ephemeral").asBoolean()).isFalse();
        assertThat(off.get("text").asString()).startsWith("Capture is off in this channel");
        assertThat(captured(answers.get("captured-looking"))).isEmpty();
        assertThat(text(answers.get("canteen"))).doesNotContain("Floor 2");
    }

    @Test
    void theAuditLogShowsWhoDidWhatToWhatWithBeforeAndAfter() {
        assertThat(text(answers.get("audit"))).startsWith("Audit log, 3 actions (page 1), newest first:")
                .contains("kim — capture channel:local:local:random — on -> off")
                .contains("julien — verify entry:" + capturedId(answers.get("faq"), "faq") + " — draft -> verified")
                .contains("root — role.grant person:");
        assertThat(text(answers.get("journal"))).startsWith("Journal, 1 actions").contains("draft -> verified")
                .doesNotContain("capture");
    }

    @Test
    void aForgottenPersonIsGoneButTheirKnowledgeStillAnswers() {
        assertThat(text(answers.get("forget"))).startsWith("Done: that person is erased")
                .contains("the 1 entries they wrote stay");
        assertThat(text(answers.get("ask-after"))).contains("press Renew");
        assertThat(users(answers.get("who-after"))).doesNotContain("bob");
        assertThat(text(answers.get("audit-after"))).contains("root — forget person:erased — person -> erased")
                .doesNotContain("bob");
    }
}
