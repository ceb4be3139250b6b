package dev.passerelle.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.vocabulary.Language;
import org.junit.jupiter.api.Test;

/**
 * A command's own words say which language its author speaks ("/kb aide" is French, "/kb help" English), so they
 * are remembered as an addressed message's language is: what the bot later tells that person comes in it.
 */
@WithConversation(knowledgeManagers = "kim")
class CommandLanguageTests {

    Conversation chat;

    long gapAskedBy(String user, String question) {
        return chat.in("it").from(user).toBot().says(question).outcome().captured().stream()
                .filter(c -> c.kind() == dev.passerelle.core.vocabulary.EntryKind.QUESTION).findFirst().orElseThrow()
                .id();
    }

    Notice answered(long gap, String text) {
        return chat.dm("kim").says("/kb answer " + gap + " " + text).outcome().notices().stream()
                .filter(n -> "hugo".equals(n.to().user())).findFirst().orElseThrow();
    }

    @Test
    void aFrenchCommandWordMakesLaterNoticesFrenchAndAnEnglishOneEnglish() {
        long vpn = gapAskedBy("hugo", "How do I reset my VPN password?");
        long badge = gapAskedBy("hugo", "Where do I get a parking badge?");
        long printer = gapAskedBy("hugo", "Which printer is on the third floor?");

        chat.dm("hugo").says("/kb aide");
        Notice inFrench = answered(vpn, "Use vpn.example.com");
        chat.dm("hugo").says("/kb help");
        Notice inEnglish = answered(badge, "At the front desk");
        chat.dm("hugo").says("/kb irritants");
        Notice afterFrenchListing = answered(printer, "The Ricoh by the lifts");

        assertThat(inFrench.language()).isEqualTo(Language.FR);
        assertThat(inFrench.reply().text()).startsWith("Votre question #" + vpn);
        assertThat(inEnglish.language()).isEqualTo(Language.EN);
        assertThat(inEnglish.reply().text()).startsWith("Your question #" + badge);
        assertThat(afterFrenchListing.language()).isEqualTo(Language.FR);
    }
}
