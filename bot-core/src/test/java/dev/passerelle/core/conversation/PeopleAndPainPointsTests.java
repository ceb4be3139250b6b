package dev.passerelle.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@WithConversation(knowledgeManagers = "kim")
class PeopleAndPainPointsTests {

    Conversation chat;

    @Nested
    class TeamQualifiers {

        @BeforeEach
        void salesforcePeopleInThreeTeams() {
            chat.dm("alice").says("/kb team Sales");
            chat.dm("alice").says("/kb skills add Salesforce");
            chat.dm("bruno").says("/kb équipe Finance");
            chat.dm("bruno").says("/kb compétences ajoute Salesforce");
            chat.dm("carol").says("/kb skills add Salesforce");
        }

        @Test
        void whoInSalesKnowsOnlyListsSalesPeople() {
            Said said = chat.dm("dave").says("who in Sales knows Salesforce?");

            assertThat(said.outcome().replies().getFirst().people()).extracting(PersonCard::user)
                    .containsExactly("alice");
            assertThat(said.text()).startsWith("People in Sales who know about “Salesforce”:");
        }

        @Test
        void whoOutsideSalesKnowsLeavesSalesOutAndKeepsPeopleWithoutATeam() {
            Said said = chat.dm("dave").says("who outside Sales knows Salesforce?");

            assertThat(said.outcome().replies().getFirst().people()).extracting(PersonCard::user)
                    .containsExactlyInAnyOrder("bruno", "carol");
        }

        @Test
        void quiEnFinanceConnaitFiltersInFrench() {
            Said said = chat.dm("dave").says("qui en Finance connaît Salesforce ?");

            assertThat(said.outcome().replies().getFirst().people()).extracting(PersonCard::user)
                    .containsExactly("bruno");
            assertThat(said.text()).startsWith("Les personnes de Finance qui s’y connaissent en « Salesforce »");
        }

        @Test
        void aTeamWithNobodyKnownSaysSoInTheAskersLanguage() {
            assertThat(chat.dm("dave").says("who in Legal knows Salesforce?").text())
                    .isEqualTo("Nobody in Legal is known for “Salesforce” yet (people set their team with /kb team <name>).");
            assertThat(chat.dm("dave").says("quelqu'un du Juridique connaît Salesforce ?").text())
                    .startsWith("Personne en Juridique n’est encore connu pour « Salesforce »");
        }

        @Test
        void theKbWhoCommandReadsTheTeamToo() {
            Said said = chat.dm("dave").says("/kb who in Finance knows Salesforce");

            assertThat(said.outcome().replies().getFirst().people()).extracting(PersonCard::user)
                    .containsExactly("bruno");
        }
    }

    @Nested
    class WhoDoesQuestions {

        @Test
        void whoApprovesGetsTheAnsweringEntryAndThePeople() {
            Said faq = chat.in("sales").from("kim").says(
                    "#faq Who approves a discount above 20%? | The sales director approves it in Salesforce");

            Said asked = chat.dm("dave").says("who approves a discount above 20%?");

            Reply reply = asked.outcome().replies().getFirst();
            assertThat(asked.outcome().replies()).hasSize(1);
            assertThat(reply.entries()).extracting(EntryCard::id).contains(faq.capturedId());
            assertThat(reply.people()).as("the FAQ's author knows").extracting(PersonCard::user).contains("kim");
            assertThat(reply.text()).contains("sales director").contains("People who know about “discount above 20%”");
        }

        @Test
        void quiValideWithNothingWrittenDownNotesTheGapAndStillNamesPeople() {
            chat.dm("claire").says("/kb compétences ajoute communiqué");

            Said asked = chat.dm("dave").says("qui valide un communiqué ?");

            assertThat(asked.outcome().captured()).isNotEmpty();
            assertThat(asked.outcome().replies().getFirst().people()).extracting(PersonCard::user).contains("claire");
        }
    }

    @Nested
    class PainPoints {

        @Test
        void aPrinterThatJamsIsNotAPasswordThatExpires() {
            Said password = chat.in("it").from("emma").says("C'est galère de devoir changer de mot de passe tous les "
                    + "90 jours, j'oublie le nouveau à chaque fois. #motdepasse");
            Said printer = chat.in("it").from("kevin").says(
                    "c'est galère, l'imprimante du 2e étage se bloque tous les jours");

            assertThat(printer.capturedId()).isNotEqualTo(password.capturedId());
            assertThat(chat.entry(password.capturedId()).votes()).isEqualTo(1);
            assertThat(printer.text()).startsWith("Irritant #" + printer.capturedId());
        }

        @Test
        void theSameInEnglishTooSharingAComplaintIsNotSharingAProblem() {
            Said vpn = chat.in("it").from("sarah").says("so frustrating, the VPN drops every afternoon");
            Said badge = chat.in("it").from("oliver").says("so frustrating, my badge fails every afternoon");

            assertThat(badge.capturedId()).isNotEqualTo(vpn.capturedId());
        }

        @Test
        void aRestatementOfTheSameProblemIsAPlusOneThatSaysHowToTakeItBack() {
            Said first = chat.in("it").from("lucie").says("c'est galère, l'imprimante du 2e étage se bloque tous les jours");
            Said again = chat.in("support").from("kevin").says(
                    "#irritant l'imprimante du 2e étage est encore bloquée");

            assertThat(again.capturedId()).isEqualTo(first.capturedId());
            assertThat(again.text()).contains("+1 sur l’irritant #" + first.capturedId())
                    .endsWith("pas le même problème ? /kb retire " + first.capturedId());
        }
    }

    @Nested
    class Unvote {

        long painPoint;

        @BeforeEach
        void kevinBackedLuciesPainPoint() {
            painPoint = chat.in("it").from("lucie").says("#pain The printer on floor 2 jams every day").capturedId();
            Said backed = chat.in("it").from("kevin").says("#pain the floor 2 printer jams again");
            assertThat(backed.capturedId()).isEqualTo(painPoint);
            assertThat(backed.text()).endsWith("not the same problem? /kb unvote " + painPoint);
        }

        @Test
        void theReporterTakesBackTheirPlusOne() {
            Said undone = chat.dm("kevin").says("/kb unvote " + painPoint);

            assertThat(undone.text()).startsWith("Took back your +1 on pain point #" + painPoint + " (1 vote)");
            assertThat(chat.entry(painPoint).votes()).isEqualTo(1);
            assertThat(chat.dm("kevin").says("/kb unvote #" + painPoint).text())
                    .isEqualTo("You have no +1 on pain point #" + painPoint + " to take back.");
        }

        @Test
        void theFrenchAliasAnswersInFrench() {
            assertThat(chat.dm("kevin").says("/kb retire " + painPoint).text())
                    .startsWith("Votre +1 sur l’irritant #" + painPoint + " est retiré");
        }

        @Test
        void errorsAreOneLineEach() {
            long faq = chat.in("it").from("kim").says("#faq Where is the printer guide? | On the IT wiki").capturedId();

            assertThat(chat.dm("kevin").says("/kb unvote " + faq).outcome().error())
                    .isEqualTo("#" + faq + " is not a pain point: only pain points take a +1.");
            assertThat(chat.dm("kevin").says("/kb unvote 999").outcome().error()).isEqualTo("No entry #999 that you can see.");
            assertThat(chat.dm("kevin").says("/kb unvote").outcome().error()).isEqualTo("Usage: /kb unvote <id>");
            assertThat(chat.dm("kevin").says("/kb retire abc").outcome().error())
                    .isEqualTo("« abc » n’est pas un numéro de fiche : utilisez le numéro affiché, comme #12.");
        }

        @Test
        void helpTellsHowInBothLanguages() {
            assertThat(chat.dm("kevin").says("/kb help").text()).contains("/kb unvote <id>");
            assertThat(chat.dm("kevin").says("/kb aide").text()).contains("/kb retire <numéro>");
        }
    }
}
