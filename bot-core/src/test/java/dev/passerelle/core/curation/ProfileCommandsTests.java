package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.PersonCard;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "me hide", "me show" and their French forms: what people keep off their expert profile, and that it holds. */
@WithConversation
class ProfileCommandsTests {

    Conversation chat;

    @Nested
    class Hiding {

        @Test
        void aHiddenTopicNoLongerNamesThePersonForIt() {
            knowledge(chat);

            Said hidden = chat.dm("claire").says("/kb me hide VPN");

            assertThat(hidden.text()).startsWith("Done: you will no longer be named as someone who knows about “VPN”")
                    .contains("/kb me show VPN");
            assertThat(users(chat.dm("hugo").says("who knows about the VPN?"))).containsExactly("priya");
            assertThat(users(chat.dm("hugo").says("who knows about Salesforce?")))
                    .as("other topics still name her").containsExactly("claire");
        }

        @Test
        void aHiddenTopicIsLeftOutOfTheSuggestionsToo() {
            knowledge(chat);
            assertThat(users(chat.dm("hugo").says("why does the VPN drop at home?"))).contains("claire");

            chat.dm("claire").says("/kb me hide VPN");

            assertThat(users(chat.dm("hugo").says("why does the VPN drop at home?"))).doesNotContain("claire");
            assertThat(users(chat.in("general").from("hugo").toBot().says("why does the VPN drop at home?")))
                    .as("in a channel as well").doesNotContain("claire");
        }

        @Test
        void hideAllTakesThePersonOffEveryList() {
            knowledge(chat);

            Said hidden = chat.dm("claire").says("/kb me hide all");

            assertThat(hidden.text()).startsWith("Done: you will no longer appear in any “who knows” list");
            assertThat(users(chat.dm("hugo").says("who knows about Salesforce?"))).isEmpty();
            assertThat(users(chat.dm("hugo").says("who knows about the VPN?"))).containsExactly("priya");
        }

        @Test
        void hidingTwiceSaysItAlreadyIs() {
            chat.dm("claire").says("/kb me hide VPN");

            assertThat(chat.dm("claire").says("/kb me hide vpn").text()).isEqualTo("“vpn” is already hidden from your profile.");
            chat.dm("claire").says("/kb me hide all");
            assertThat(chat.dm("claire").says("/kb me hide all").text()).isEqualTo("Your whole profile is already hidden.");
        }

        @Test
        void frenchFormsHideAndShowInFrench() {
            knowledge(chat);

            Said hidden = chat.dm("claire").says("/kb moi masquer Salesforce");

            assertThat(hidden.text()).startsWith("C’est fait : vous ne serez plus cité")
                    .contains("/kb moi afficher Salesforce");
            assertThat(users(chat.dm("hugo").says("qui connaît Salesforce ?"))).isEmpty();
            assertThat(chat.dm("claire").says("/kb moi afficher").text())
                    .isEqualTo("Sujets masqués : Salesforce\nAnnuler : /kb moi afficher <sujet> — /kb moi afficher tout");
            assertThat(chat.dm("claire").says("/kb moi afficher Salesforce").text()).startsWith("« Salesforce » est de retour");
            assertThat(users(chat.dm("hugo").says("qui connaît Salesforce ?"))).containsExactly("claire");
            assertThat(chat.dm("claire").says("/kb moi masquer tout").text()).startsWith("C’est fait : vous n’apparaîtrez plus");
            assertThat(chat.dm("claire").says("/kb moi afficher tout").text()).isEqualTo("Tout votre profil est de nouveau visible.");
        }

        @Test
        void withoutKbTheExactFormsInADirectMessageAreCommandsToo() {
            chat.dm("claire").says("me hide VPN");

            assertThat(chat.dm("claire").says("moi afficher").text()).startsWith("Sujets masqués : VPN");
        }
    }

    @Nested
    class Showing {

        @Test
        void showListsWhatIsHiddenAndHowToUndoIt() {
            chat.dm("claire").says("/kb me hide VPN");
            chat.dm("claire").says("/kb me hide payroll");
            chat.dm("claire").says("/kb me hide all");

            assertThat(chat.dm("claire").says("/kb me show").text()).isEqualTo("""
                    Your whole profile is hidden: you appear in no expert list.
                    Hidden topics: VPN, payroll
                    Undo: /kb me show <topic> — /kb me show all""");
            assertThat(chat.dm("claire").says("/kb me").text()).contains("Hidden topics: VPN, payroll");
        }

        @Test
        void showAllUndoesEverything() {
            knowledge(chat);
            chat.dm("claire").says("/kb me hide VPN");
            chat.dm("claire").says("/kb me hide all");

            assertThat(chat.dm("claire").says("/kb me show all").text()).isEqualTo("Your whole profile is visible again.");
            assertThat(users(chat.dm("hugo").says("who knows about the VPN?"))).contains("claire");
            assertThat(chat.dm("claire").says("/kb me show").text()).startsWith("Nothing is hidden");
        }

        @Test
        void showingATopicThatWasNotHiddenSaysSo() {
            chat.dm("claire").says("/kb me hide VPN");

            assertThat(chat.dm("claire").says("/kb me show payroll").text()).isEqualTo("""
                    “payroll” was not hidden.
                    Hidden topics: VPN
                    Undo: /kb me show <topic> — /kb me show all""");
            assertThat(chat.dm("bob").says("/kb me show all").text()).startsWith("Nothing is hidden");
        }
    }

    @Nested
    class BadInput {

        @Test
        void hideWithoutATopicOrAnUnknownWordGivesTheUsageInTheUsersLanguage() {
            assertThat(chat.dm("claire").says("/kb me hide").text())
                    .isEqualTo("Usage: /kb me — /kb me hide <topic> — /kb me hide all — /kb me show [<topic>|all]");
            assertThat(chat.dm("claire").says("/kb moi oublier tout").text()).contains("/kb moi masquer <sujet>");
            assertThat(chat.dm("claire").says("/kb me hide " + "x".repeat(81)).text()).contains("/kb me hide <topic>");
        }

        @Test
        void helpMentionsTheProfileCommandsInBothLanguages() {
            assertThat(chat.dm("bob").says("/kb help").text()).contains("/kb me hide <topic>", "/kb me show");
            assertThat(chat.dm("bob").says("/kb aide").text()).contains("/kb moi masquer <sujet>", "/kb moi afficher");
        }

        @Test
        void aMessageThatMerelyStartsWithMeStaysAQuestion() {
            assertThat(chat.dm("claire").says("me too, how do I reset my password?").text())
                    .doesNotContain("Usage");
        }
    }

    @Nested
    class Durability {

        @TempDir
        Path data;

        @Test
        void whatIsHiddenStaysHiddenAfterARestart() {
            try (Conversation first = Conversation.open(data)) {
                knowledge(first);
                first.dm("claire").says("/kb me hide VPN");
                first.dm("priya").says("/kb me hide all");
            }
            try (Conversation again = Conversation.open(data)) {
                assertThat(users(again.dm("hugo").says("who knows about the VPN?"))).isEmpty();
                assertThat(again.dm("claire").says("/kb me show").text()).startsWith("Hidden topics: VPN");
                assertThat(again.dm("priya").says("/kb me show").text()).startsWith("Your whole profile is hidden");
            }
        }
    }

    /** Claire answered about the VPN and Salesforce; Priya wrote a FAQ about the VPN. */
    static void knowledge(Conversation chat) {
        Said vpn = chat.in("it").from("dave").says("How do I connect to the VPN from home?");
        chat.in("it").from("claire").inThread(vpn.id()).says("Open the VPN client and pick the Home profile");
        Said crm = chat.in("sales").from("dave").says("How do I export a Salesforce report?");
        chat.in("sales").from("claire").inThread(crm.id()).says("Open the Salesforce report and click Export");
        chat.in("it").from("priya").says("#faq How do I install the VPN client? | Download it from the IT portal");
    }

    static List<String> users(Said said) {
        return said.outcome().replies().getFirst().people().stream().map(PersonCard::user).toList();
    }
}
