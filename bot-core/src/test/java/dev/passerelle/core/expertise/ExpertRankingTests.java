package dev.passerelle.core.expertise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** "Who knows" and the people suggested when nothing answers, on a real store and index, from what people did. */
@WithConversation
class ExpertRankingTests {

    Conversation chat;

    @Nested
    class ByRole {

        @Test
        void theConfirmedAnswererOutranksTheFaqAuthorWhoOutranksTheSkillOnlyPersonAndTheComplainerIsNotNamed() {
            vpnKnowledge(chat);

            Reply reply = chat.dm("hugo").says("who knows about the VPN?").outcome().replies().getFirst();

            assertThat(reply.people()).extracting(PersonCard::user).containsExactly("claire", "priya", "thomas");
        }

        @Test
        void aGivenAnswerOutranksAnFaqOnTheSameTopic() {
            Said question = chat.in("it").from("dave").says("How do I renew my laptop certificate?");
            chat.in("it").from("marc").inThread(question.id()).says("Run the certificate renewal from the IT portal");
            chat.in("it").from("priya").says("#faq Where is the certificate renewal page? | On the IT portal, Certificates");

            Reply reply = chat.dm("hugo").says("who knows about certificate renewal?").outcome().replies().getFirst();

            assertThat(reply.people()).extracting(PersonCard::user).containsExactly("marc", "priya");
        }

        @Test
        void complainingAloneDoesNotMakeAnExpert() {
            chat.in("sales").from("sarah").says("#pain The CRM is so slow on Monday mornings");
            chat.in("sales").from("sarah").says("#pain The CRM logs me out every hour");

            Said asked = chat.dm("hugo").says("who knows about the CRM?");

            assertThat(asked.outcome().replies().getFirst().people()).isEmpty();
            assertThat(asked.text()).startsWith("I don’t know anyone who knows about");
        }

        @Test
        void aComplaintIsNeverShownAsEvidence() {
            chat.in("sales").from("claire").says("#faq How do I export a CRM report? | Reports, then Export");
            chat.in("sales").from("claire").says("#pain The CRM logs me out every hour");

            PersonCard claire = chat.dm("hugo").says("who knows about the CRM?").outcome().replies().getFirst()
                    .people().getFirst();

            assertThat(claire.reasons()).singleElement().asString().startsWith("wrote FAQ #");
        }

        @Test
        void frenchComplainingAloneDoesNotMakeAnExpertEither() {
            chat.in("ventes").from("sarah").says("#irritant Le CRM plante tous les lundis matin");

            Said asked = chat.dm("hugo").says("qui connaît le CRM ?");

            assertThat(asked.outcome().replies().getFirst().people()).isEmpty();
        }
    }

    @Nested
    class OneRanking {

        @Test
        void thePeopleSuggestedForAnUnansweredQuestionAreTheWhoKnowsRanking() {
            Said question = chat.in("it").from("dave").says("Which VPN profile should I use?");
            chat.in("it").from("marc").inThread(question.id()).says("The Home profile of the VPN client");
            chat.dm("thomas").says("/kb skills add VPN");
            chat.in("it").from("sarah").says("#pain The VPN is slow");

            List<String> who = users(chat.dm("hugo").says("who knows about the VPN?"));
            Said asked = chat.dm("hugo").says("which VPN profile do I pick at home?");

            assertThat(asked.text()).startsWith("I don’t have a confident answer yet, but these people may know");
            assertThat(who).containsExactly("marc", "thomas");
            assertThat(users(asked)).as("the same order; only people whose evidence holds enough of a longer question")
                    .containsExactly("marc");
        }

        @Test
        void unrelatedPeopleAreNotSuggestedForAnUnrelatedQuestion() {
            chat.dm("thomas").says("/kb skills add wifi, network");
            chat.in("it").from("priya").says("#faq Combien de jours faut-il pour recevoir un badge ? | Deux jours ouvrés");
            chat.in("it").from("marc").says("#insight Le réseau invité change de code chaque jour");

            Said asked = chat.dm("alice").says("combien de jours de congés j'ai par an ?");

            assertThat(asked.outcome().replies().getFirst().people()).isEmpty();
        }

        @Test
        void relatedPeopleAreStillSuggestedForAQuestionInTheirField() {
            chat.dm("julie").says("/kb compétences ajoute congés, RH");
            chat.dm("thomas").says("/kb skills add wifi, network");

            Said asked = chat.dm("alice").says("combien de jours de congés j'ai par an ?");

            assertThat(users(asked)).containsExactly("julie");
        }
    }

    @Nested
    class Recency {

        @Test
        void evidenceFadesWithTheHalfLifeWhileADeclaredSkillStays() {
            chat.in("it").from("priya").says("#faq How do I install the VPN client? | Download it from the IT portal");
            chat.in("it").from("priya").says("#insight The VPN client needs a restart after each update");
            chat.dm("thomas").says("/kb skills add VPN client");
            Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(60)), ZoneOffset.UTC);

            assertThat(ranked(Settings.defaults().expertHalfLife(), later)).as("two months at a one-year half-life")
                    .containsExactly("priya", "thomas");
            assertThat(ranked(Duration.ofDays(14), later)).as("two months at a two-week half-life")
                    .containsExactly("thomas", "priya");
        }

        @Test
        void theDefaultHalfLifeIsAYear() {
            assertThat(Settings.defaults().expertHalfLife()).isEqualTo(Duration.ofDays(365));
        }

        private List<String> ranked(Duration halfLife, Clock clock) {
            var store = chat.passerelle().store();
            ExpertFinder finder = new ExpertFinder(chat.passerelle().index(), store.people(), halfLife, clock);
            return finder.find("VPN client", Language.EN, Audience.publicOnly(), -1, 5).stream()
                    .map(expert -> store.people().find(expert.personId()).orElseThrow().displayName()).toList();
        }
    }

    @Nested
    class Evidence {

        @Test
        void eachPieceIsNamedWithWhatItIsAndWhereItIs() {
            Said question = chat.in("it").from("dave").says("How do I connect to the VPN from home?");
            Said answer = chat.in("it").from("claire").inThread(question.id())
                    .says("Open the VPN client and pick the Home profile");
            chat.in("it").from("dave").inThread(question.id()).says("thanks, that's it!");

            PersonCard claire = chat.dm("hugo").says("who knows about the VPN?").outcome().replies().getFirst()
                    .people().getFirst();

            assertThat(claire.evidence()).first().isEqualTo(answer.id());
            assertThat(claire.reasons()).first().asString()
                    .startsWith("answered “How do I connect to the VPN from home?”, and the asker confirmed it");
            assertThat(claire.sources()).first().satisfies(source -> {
                assertThat(source.messageId()).isEqualTo(answer.id());
                assertThat(source.label()).matches("confirmed answer to #\\d+");
            });
        }

        @Test
        void frenchLabelsForAFrenchAsker() {
            Said faq = chat.in("it").from("priya").says("#faq Comment installer le VPN ? | Depuis le portail IT");

            PersonCard priya = chat.dm("hugo").says("qui connaît le VPN ?").outcome().replies().getFirst()
                    .people().getFirst();

            long id = faq.capturedId();
            assertThat(priya.reasons()).containsExactly("a rédigé la FAQ #" + id + " : Comment installer le VPN ?");
            assertThat(priya.sources()).extracting(PersonCard.Source::label).containsExactly("FAQ #" + id);
        }
    }

    /**
     * Claire's answer about the VPN was confirmed by the asker, Priya wrote a FAQ about it, Thomas only declared it,
     * Sarah only complained about it.
     */
    static void vpnKnowledge(Conversation chat) {
        Said question = chat.in("it").from("dave").says("How do I connect to the VPN from home?");
        chat.in("it").from("claire").inThread(question.id()).says("Open the VPN client and pick the Home profile");
        chat.in("it").from("dave").inThread(question.id()).says("thanks, that's it!");
        chat.in("it").from("priya").says("#faq How do I install the VPN client? | Download it from the IT portal");
        chat.dm("thomas").says("/kb skills add VPN");
        chat.in("it").from("sarah").says("#pain The VPN drops every hour when I work from home");
    }

    static List<String> users(Said said) {
        return said.outcome().replies().getFirst().people().stream().map(PersonCard::user).toList();
    }
}
