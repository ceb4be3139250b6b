package dev.passerelle.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The human side of the local chat: {@code [#channel] [user:] text} lines in, readable replies out. */
class HumanChatTests {

    @TempDir
    Path dataDir;

    private Passerelle passerelle;
    private LocalChat chat;

    @BeforeEach
    void openAnEmptyKnowledgeBase() {
        passerelle = Passerelle.open(dataDir, Settings.defaults(), Clock.systemUTC());
        chat = new LocalChat(passerelle.inbox());
    }

    @AfterEach
    void close() {
        passerelle.close();
    }

    @Test
    void answersOnePersonWithWhatAnotherSavedInAChannel() {
        String out = talk("""
                #general alice: #faq How do I book a meeting room? | Use the Rooms app on the intranet, then confirm.
                bob: how do I book a meeting room?
                """);

        assertThat(out).startsWith(HumanLines.WELCOME);
        assertThat(out).contains("passerelle → alice (only you):", "passerelle → bob:");
        String toBob = out.substring(out.indexOf("passerelle → bob:"));
        assertThat(toBob).contains("How do I book a meeting room?", "Use the Rooms app on the intranet");
    }

    @Test
    void keepsAFaqSavedInADirectMessageBetweenItsAuthorAndTheBot() {
        String out = talk("""
                alice: #faq How do I book a meeting room? | Use the Rooms app on the intranet, then confirm.
                bob: how do I book a meeting room?
                alice: how do I book a meeting room?
                """);

        String toBob = out.substring(out.indexOf("passerelle → bob:"), out.lastIndexOf("passerelle → alice:"));
        assertThat(toBob).doesNotContain("Use the Rooms app").contains("I noted the question");
        assertThat(out.substring(out.lastIndexOf("passerelle → alice:"))).contains("Use the Rooms app");
    }

    @Test
    void answersAMentionInAChannelAndStaysQuietOtherwise() {
        String out = talk("""
                #it thomas: #faq How do I reset my password? | Go to password.example.org and confirm with MFA.
                #it hugo: how do I reset my password?
                #it hugo: @passerelle how do I reset my password?
                """);

        assertThat(out).containsOnlyOnce("passerelle → hugo:").contains("password.example.org");
    }

    @Test
    void namesWhoKnowsWithTheirEvidence() {
        String out = talk("""
                #crm claire: #faq How do I create an opportunity in the CRM? | From the account, Opportunities > New. #crm
                julien: /kb skills add CRM
                zoe: qui connaît le CRM ?
                """);

        String toZoe = out.substring(out.indexOf("passerelle → zoe:"));
        assertThat(toZoe).contains("claire", "julien", "evidence for claire: chat-");
    }

    @Test
    void tellsWhatWasWrongWithARefusedLineAndGoesOn() {
        String out = talk("""
                zoe: %s
                zoe: /kb help
                """.formatted("x".repeat(40_001)));

        assertThat(out).contains("passerelle → zoe: ⚠ Message too long (40001 characters")
                .contains("/kb ask <question>");
    }

    private String talk(String lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chat.runHuman(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), false);
        return out.toString(StandardCharsets.UTF_8);
    }
}
