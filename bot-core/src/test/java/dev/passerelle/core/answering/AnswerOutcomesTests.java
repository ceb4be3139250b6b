package dev.passerelle.core.answering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.EntryKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three outcomes of a question: the answer, suggestions to whoever asked the bot itself, or nothing. */
@WithConversation(knowledgeManagers = "kim")
class AnswerOutcomesTests {

    /** One word of the expense report FAQ's title: likely what is meant, not enough to be sure. */
    private static final String PARTLY_MATCHING = "expenses?";
    /** Half of its words in the French expense FAQ's title ("dîner" and "client" are not). */
    private static final String PARTLY_MATCHING_FR = "une note de frais pour un dîner client ?";

    Conversation chat;

    @BeforeEach
    void postKnowledge() {
        chat.in("finance").from("kim").says("#faq How do I submit an expense report? | Use Expensya: take a photo of "
                + "each receipt, group them in one report per month with the project code, and submit it to your manager.");
        chat.in("finance").from("kim").says("#faq Comment soumettre une note de frais ? | Dans Expensya : photographiez "
                + "chaque justificatif, regroupez-les dans une note mensuelle avec le code projet et soumettez-la.");
        chat.in("it").from("kim").says("#faq How do I reset my password? | Go to the password portal and confirm with "
                + "your MFA app. #password");
        chat.in("it").from("kim").says("#faq How do I get a laptop as a new hire? | Your manager files a 'New joiner' "
                + "request in the IT portal. #onboarding");
        chat.in("sales").from("kim").says("#faq How do I merge duplicate accounts in Salesforce? | Open one of the "
                + "accounts and use the 'Duplicates' card. #crm");
    }

    @Test
    void aConfidentAnswerIsMarkedConfidentWithFeedbackButtons() {
        Reply reply = chat.dm("alice").says("how do I reset my password?").outcome().replies().getFirst();

        assertThat(reply.text()).startsWith("Here is what I found:");
        assertThat(reply.entries()).first().satisfies(card -> {
            assertThat(card.title()).isEqualTo("How do I reset my password?");
            assertThat(card.confident()).isTrue();
            assertThat(card.buttons()).hasSize(2);
        });
    }

    @Test
    void likelyAnswersInADirectMessageAreSuggestionsAndTheGapIsNoted() {
        Said asked = chat.dm("alice").says(PARTLY_MATCHING);

        Reply reply = asked.outcome().replies().getFirst();
        assertThat(reply.text()).startsWith("Not sure, but these may help:");
        assertThat(reply.entries()).isNotEmpty().hasSizeLessThanOrEqualTo(3).noneMatch(EntryCard::confident);
        assertThat(reply.entries().getFirst().title()).isEqualTo("How do I submit an expense report?");
        assertThat(reply.entries()).allSatisfy(card -> assertThat(card.buttons()).hasSize(1));
        assertThat(chat.entry(asked.capturedId()).kind()).isEqualTo(EntryKind.QUESTION);
        assertThat(reply.text()).contains("I also noted the question as #" + asked.capturedId());
    }

    @Test
    void suggestionsAreMarkedInFrenchToo() {
        Said asked = chat.dm("hugo").says(PARTLY_MATCHING_FR);

        assertThat(asked.text()).startsWith("Pas sûr, mais ceci peut aider :");
        assertThat(asked.outcome().replies().getFirst().entries()).first()
                .satisfies(card -> assertThat(card.title()).isEqualTo("Comment soumettre une note de frais ?"));
    }

    @Test
    void suggestionsAreNeverPostedInAChannelUnlessAskedWithTheCommand() {
        Said mentioned = chat.in("general").from("alice").toBot().says(PARTLY_MATCHING);
        Said commanded = chat.in("general").from("alice").says("/kb ask " + PARTLY_MATCHING);

        assertThat(mentioned.outcome().replies().getFirst().entries()).isEmpty();
        assertThat(mentioned.text()).startsWith("I don’t have a confident answer");
        assertThat(commanded.text()).startsWith("Not sure, but these may help:");
    }

    @Test
    void withNothingLikelyTheBotSaysSoAndNotesTheGap() {
        Said asked = chat.dm("alice").says("What is the wifi guest code at the Lyon office?");

        assertThat(asked.outcome().replies().getFirst().entries()).isEmpty();
        assertThat(asked.text()).startsWith("I don’t have a confident answer");
        assertThat(chat.entry(asked.capturedId()).kind()).isEqualTo(EntryKind.QUESTION);
    }

    /** Slack and Teams show a reply's blocks, not its text: the gap's number must be in them too. */
    @Test
    void withNothingLikelyTheBlocksSayTheGapWasNotedAsTheTextDoes() {
        Said asked = chat.dm("alice").says("What is the parking code at the Porto office?");

        Reply reply = asked.outcome().replies().getFirst();
        String noted = "I noted the question as #" + asked.capturedId() + " so the knowledge managers can fill the gap.";
        assertThat(reply.text()).endsWith(noted);
        assertThat(reply.blocks()).last().isEqualTo(new Block.Section(noted));
    }

    @Test
    void aDirectMessageListsTwoMoreEntriesOnASeeAlsoLine() {
        postVpnKnowledge();

        Reply reply = chat.dm("alice").says("how do I use the VPN on my laptop?").outcome().replies().getFirst();

        assertThat(reply.entries()).hasSize(3);
        assertThat(reply.related()).hasSize(2).noneMatch(EntryCard::confident)
                .allSatisfy(card -> assertThat(card.buttons()).isEmpty())
                .extracting(EntryCard::id).doesNotContainAnyElementsOf(reply.entries().stream().map(EntryCard::id).toList());
        assertThat(reply.text()).containsPattern("\\nSee also: #\\d+ .+ · #\\d+ ");
    }

    @Test
    void theSeeAlsoLineIsInFrenchForAFrenchQuestion() {
        postVpnKnowledge();

        Reply reply = chat.dm("hugo").says("comment utiliser le VPN sur mon portable ?").outcome().replies().getFirst();

        assertThat(reply.related()).hasSize(2);
        assertThat(reply.text()).contains("\nVoir aussi : #");
    }

    @Test
    void aChannelAnswerHasNoSeeAlsoLine() {
        postVpnKnowledge();

        Reply reply = chat.in("general").from("alice").toBot().says("how do I use the VPN on my laptop?").outcome()
                .replies().getFirst();

        assertThat(reply.entries()).isNotEmpty();
        assertThat(reply.related()).isEmpty();
        assertThat(reply.text()).doesNotContain("See also");
    }

    @Test
    void forgettingOnesPasswordIsAnsweredByTheResetFaqInBothLanguages() {
        chat.in("it").from("kim").says("#faq Comment réinitialiser mon mot de passe ? | Sur le portail des mots de "
                + "passe, avec l'application MFA. #password");

        Reply english = chat.dm("alice").says("I forgot my password, what should I do?").outcome().replies().getFirst();
        Reply french = chat.dm("hugo").says("j'ai oublié mon mot de passe").outcome().replies().getFirst();

        assertThat(english.entries()).first().satisfies(card -> {
            assertThat(card.title()).isEqualTo("How do I reset my password?");
            assertThat(card.confident()).isTrue();
        });
        assertThat(french.entries()).first().satisfies(card -> {
            assertThat(card.title()).isEqualTo("Comment réinitialiser mon mot de passe ?");
            assertThat(card.confident()).isTrue();
        });
    }

    @Test
    void aConfidentAnswerIsNotFollowedByEntriesThatShareOneWordWithTheQuestion() {
        chat.in("it").from("kim").says("#faq Comment se connecter au VPN depuis la maison ? | Installez GlobalProtect "
                + "depuis le Centre logiciel, portail vpn.lumen-conseil.fr.");
        chat.in("sales").from("kim").says("#faq Comment créer une opportunité dans Salesforce ? | Depuis le compte, "
                + "bouton Nouvelle opportunité.");

        Reply reply = chat.dm("hugo").says("comment se connecter au VPN depuis la maison").outcome().replies()
                .getFirst();

        assertThat(reply.entries()).extracting(EntryCard::title)
                .containsExactly("Comment se connecter au VPN depuis la maison ?");
        assertThat(reply.related()).isEmpty();
    }

    private void postVpnKnowledge() {
        chat.in("it").from("kim").says("#faq How do I use the VPN on my laptop? | Install GlobalProtect and sign in. #vpn");
        chat.in("it").from("kim").says("#faq Why does the VPN drop on my laptop? | Set the gateway to 'Best available'. #vpn");
        chat.in("it").from("kim").says("#faq Which VPN gateway should a laptop use abroad? | The one nearest you. #vpn");
        chat.in("it").from("kim").says("#faq Do I need the VPN for Salesforce on my laptop? | No, only for the ERP. #vpn");
        chat.in("it").from("kim").says("#faq Can I use the VPN on a personal laptop? | No, company laptops only. #vpn");
        chat.in("it").from("kim").says("#faq Where do I report a VPN outage? | In the IT portal, category Network. #vpn");
    }
}
