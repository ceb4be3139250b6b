package dev.passerelle.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@WithConversation(knowledgeManagers = "kim")
class KnowledgeBotTests {

    Conversation chat;

    Entry entry(long id) {
        return chat.passerelle().store().entries().find(id).orElseThrow();
    }

    @Nested
    class Capturing {

        @Test
        void taggedFaqBecomesADraftFaqAndTheAuthorIsToldInEnglish() {
            Said said = chat.in("it").from("bob").says("#faq How do I reset my password? | Use the self-service portal");

            Entry faq = entry(said.capturedId());
            assertThat(faq.kind()).isEqualTo(EntryKind.FAQ);
            assertThat(faq.status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(faq.title()).isEqualTo("How do I reset my password?");
            assertThat(faq.body()).isEqualTo("Use the self-service portal");
            assertThat(faq.source()).isEqualTo(said.id());
            assertThat(said.outcome().replies()).singleElement().satisfies(reply -> {
                assertThat(reply.ephemeral()).isTrue();
                assertThat(reply.text()).startsWith("Saved as FAQ #" + faq.id());
            });
        }

        @Test
        void faqFromAKnowledgeManagerIsVerifiedAtOnce() {
            Said said = chat.in("it").from("kim").says("#faq Where is the VPN guide? | On the IT wiki, page VPN");

            assertThat(entry(said.capturedId()).status()).isEqualTo(EntryStatus.VERIFIED);
        }

        @Test
        void frenchTipIsCapturedAsAnInsightAndAcknowledgedInFrench() {
            Said said = chat.in("ventes").from("claire").says("#astuce Dans Salesforce, épinglez la vue des opportunités #crm");

            Entry insight = entry(said.capturedId());
            assertThat(insight.kind()).isEqualTo(EntryKind.INSIGHT);
            assertThat(insight.tags()).contains("crm");
            assertThat(said.text()).startsWith("Astuce #" + insight.id() + " enregistrée");
        }

        @Test
        void untaggedTipAndPainPointAreRecognised() {
            Said tip = chat.in("it").from("priya").says("Tip: press Win+L to lock your laptop when you leave your desk");
            Said pain = chat.in("finance").from("marc").says("C'est galère de saisir les notes de frais sur mobile");

            assertThat(entry(tip.capturedId()).kind()).isEqualTo(EntryKind.INSIGHT);
            assertThat(entry(pain.capturedId()).kind()).isEqualTo(EntryKind.PAIN_POINT);
        }

        @Test
        void chatterIsNeverCapturedNorAnswered() {
            Said said = chat.in("general").from("alice").says("Bonjour à tous, bon week-end !");

            assertThat(said.outcome().captured()).isEmpty();
            assertThat(said.outcome().replies()).isEmpty();
        }

        @Test
        void aPainPointRestatedBySomeoneElseAddsAVoteInsteadOfADuplicate() {
            Said first = chat.in("finance").from("lucie").says(
                    "#irritant L'application de notes de frais rejette les photos de tickets");
            Said second = chat.in("support").from("kevin").says(
                    "#irritant l'appli notes de frais rejette encore mes photos de tickets");
            Said again = chat.in("support").from("kevin").says(
                    "#irritant les photos de tickets rejetées par l'application de notes de frais");

            assertThat(second.capturedId()).isEqualTo(first.capturedId());
            assertThat(entry(first.capturedId()).votes()).isEqualTo(2);
            assertThat(second.text()).contains("+1");
            assertThat(again.text()).startsWith("Vous soutenez déjà");
            assertThat(entry(first.capturedId()).votes()).isEqualTo(2);
        }

        @Test
        void aDifferentPainPointIsKeptApart() {
            Said vpn = chat.in("it").from("sarah").says("#pain The VPN drops every afternoon");
            Said printer = chat.in("it").from("oliver").says("#pain The printer on floor 2 jams every day");

            assertThat(printer.capturedId()).isNotEqualTo(vpn.capturedId());
        }

        @Test
        void faqWithoutAnAnswerGetsTheUsageAndStoresNothing() {
            Said said = chat.in("it").from("bob").says("#faq Where is the VPN guide");

            assertThat(said.outcome().captured()).isEmpty();
            assertThat(said.outcome().error()).contains("#faq <question> | <answer>");
        }
    }

    @Nested
    class Threads {

        @Test
        void anAnswerTheAskerConfirmsBecomesADraftFaqSourcedFromTheAnswer() {
            Said question = chat.in("sales").from("dave").says("Comment fusionner deux comptes dans Salesforce ?");
            assertThat(question.outcome().replies()).as("not addressed to the bot: silent").isEmpty();
            Said answer = chat.in("sales").from("carol").inThread(question.id())
                    .says("Ouvre le compte principal, puis Fusionner les comptes dans le menu");
            Said thanks = chat.in("sales").from("dave").inThread(question.id()).says("merci, c'est exactement ça !");

            Entry faq = thanks.outcome().captured().stream().map(c -> entry(c.id()))
                    .filter(e -> e.kind() == EntryKind.FAQ).findFirst().orElseThrow();
            assertThat(faq.status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(faq.title()).isEqualTo("Comment fusionner deux comptes dans Salesforce ?");
            assertThat(faq.body()).startsWith("Ouvre le compte principal");
            assertThat(faq.source()).isEqualTo(answer.id());
            assertThat(chat.passerelle().store().people().find(faq.authorId()).orElseThrow().displayName())
                    .isEqualTo("carol");
            assertThat(thanks.outcome().replies()).singleElement()
                    .satisfies(reply -> assertThat(reply.thread()).isEqualTo(question.id()));
        }

        @Test
        void thanksFromSomeoneOtherThanTheAskerConfirmsNothing() {
            Said question = chat.in("it").from("hugo").says("How do I move MFA to a new phone?");
            chat.in("it").from("thomas").inThread(question.id()).says("Open the authenticator and export accounts");
            Said thanks = chat.in("it").from("emma").inThread(question.id()).says("thanks!");

            assertThat(thanks.outcome().captured()).isEmpty();
        }
    }

    @Nested
    class Answering {

        @Test
        void aQuestionToTheBotIsAnsweredWithTheMatchingEntryAndItsSource() {
            Said faq = chat.in("it").from("bob").says("#faq How do I reset my password? | Use the self-service portal");
            Said asked = chat.dm("alice").says("how can I reset my password?");

            Reply reply = asked.outcome().replies().getFirst();
            assertThat(reply.entries()).first().satisfies(card -> {
                assertThat(card.id()).isEqualTo(faq.capturedId());
                assertThat(card.source()).isEqualTo(faq.id());
            });
            assertThat(reply.text()).contains("self-service portal");
        }

        @Test
        void frenchQuestionFindsFrenchKnowledgeWithOtherInflectionsAndAnswersInFrench() {
            chat.in("finance").from("nathalie").says(
                    "#faq Que faire en cas de problème sur une facture ? | Demandez un avoir à la comptabilité");
            Said asked = chat.dm("hugo").says("problèmes de facturation ?");

            assertThat(asked.outcome().replies().getFirst().entries()).isNotEmpty();
            assertThat(asked.text()).startsWith("Voici ce que j’ai trouvé");
        }

        @Test
        void verifiedKnowledgeRanksAboveADraftSayingTheSame() {
            Said draft = chat.in("it").from("bob").says("#faq How do I book a meeting room? | Use the Outlook room finder");
            Said verified = chat.in("it").from("kim").says("#faq How do I book a meeting room? | Use the Outlook room finder");

            Reply reply = chat.dm("alice").says("how do I book a meeting room?").outcome().replies().getFirst();
            assertThat(reply.entries()).extracting(EntryCard::id)
                    .containsExactly(verified.capturedId(), draft.capturedId());
        }

        @Test
        void withoutAConfidentAnswerTheBotSaysSoSuggestsPeopleAndNotesTheGap() {
            chat.dm("thomas").says("/kb skills add wifi, network");
            Said asked = chat.dm("alice").says("What is the wifi guest code at the Lyon office?");

            assertThat(asked.text()).startsWith("I don’t have a confident answer yet, but these people may know");
            assertThat(asked.outcome().replies().getFirst().people()).extracting(PersonCard::user).containsExactly("thomas");
            Entry gap = entry(asked.capturedId());
            assertThat(gap.kind()).isEqualTo(EntryKind.QUESTION);
            assertThat(gap.status()).isEqualTo(EntryStatus.OPEN);
        }

        @Test
        void aQuestionInAChannelNotAddressedToTheBotGetsNoReply() {
            chat.in("it").from("bob").says("#faq How do I reset my password? | Use the self-service portal");

            assertThat(chat.in("general").from("alice").says("how do I reset my password?").outcome().replies()).isEmpty();
            assertThat(chat.in("general").from("alice").toBot().says("how do I reset my password?").outcome().replies())
                    .singleElement().satisfies(reply -> assertThat(reply.thread()).isNotNull());
        }
    }

    @Nested
    class WhoKnows {

        @Test
        void ranksTheConfirmedAnswererAboveABystanderWhoOnlyComplained() {
            Said question = chat.in("sales").from("dave").says("How do I export a Salesforce report to Excel?");
            Said answer = chat.in("sales").from("claire").inThread(question.id())
                    .says("Open the Salesforce report, click Export, pick Excel format");
            chat.in("sales").from("dave").inThread(question.id()).says("thanks, that's it!");
            chat.in("sales").from("sarah").says("#pain Salesforce reports are so slow on Monday mornings");

            Reply reply = chat.dm("hugo").says("who knows Salesforce reports?").outcome().replies().getFirst();

            assertThat(reply.people()).extracting(PersonCard::user).startsWith("claire");
            assertThat(reply.people().getFirst().evidence()).contains(answer.id());
            assertThat(reply.text()).contains("claire");
        }

        @Test
        void frenchWhoKnowsIsAnsweredInFrenchAndNeverNamesTheAsker() {
            Said declared = chat.dm("julien").says("/kb skills add CRM, Salesforce");
            chat.dm("claire").says("/kb compétences ajoute CRM");

            Said said = chat.dm("claire").says("qui connaît le CRM ?");

            assertThat(said.text()).startsWith("Les personnes qui s’y connaissent en « CRM »");
            assertThat(said.outcome().replies().getFirst().people()).singleElement().satisfies(person -> {
                assertThat(person.user()).isEqualTo("julien");
                assertThat(person.evidence()).as("the message that declared the skill").containsExactly(declared.id());
            });
        }

        @Test
        void nobodyKnownSaysSo() {
            Said said = chat.dm("hugo").says("who knows about quantum accounting?");

            assertThat(said.text()).startsWith("I don’t know anyone who knows about “quantum accounting”");
        }
    }

    @Nested
    class Robustness {

        @Test
        void aRetriedDeliveryIsHandledOnce() {
            Said first = chat.in("it").from("bob").says("evt-1", "#insight Restart Teams to fix the blank screen");
            Said retry = chat.in("it").from("bob").says("evt-1", "#insight Restart Teams to fix the blank screen");

            assertThat(first.outcome().captured()).hasSize(1);
            assertThat(retry.outcome().isNothing()).isTrue();
        }

        @Test
        void emptyOverlongAndBinaryMessagesAreRefusedInTheSendersLanguageAndStoreNothing() {
            Said kept = chat.in("it").from("bob").says("#insight Restart Teams to fix the blank screen");

            Said empty = chat.in("it").from("bob").says("   ");
            Said overlong = chat.in("it").from("bob").says("#insight " + "très long ".repeat(5_000));
            Said binary = chat.in("it").from("bob").says("#insight bad\u0000bytes");

            assertThat(empty.outcome().error()).startsWith("Empty message");
            assertThat(overlong.outcome().error()).startsWith("Message trop long (50009 caractères");
            assertThat(binary.outcome().error()).contains("binary");
            assertThat(empty.outcome().captured()).isEmpty();
            assertThat(overlong.outcome().captured()).isEmpty();
            assertThat(chat.passerelle().store().entries().find(kept.capturedId())).isPresent();
        }

        @Test
        void echoedTextNeverPingsAWholeChannel() {
            chat.in("it").from("mallory").says("#faq How to alert everyone? | Write @channel or <!here> or @everyone");

            Said asked = chat.dm("alice").says("how to alert everyone?");

            assertThat(asked.text()).contains("Write").doesNotContain("@channel").doesNotContain("<!here>")
                    .doesNotContain("@everyone");
            assertThat(asked.outcome().replies().getFirst().entries().getFirst().body()).doesNotContain("@channel");
        }
    }
}
