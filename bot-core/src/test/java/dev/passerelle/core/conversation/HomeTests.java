package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.vocabulary.Language;
import org.junit.jupiter.api.Test;

/** The bot's home page: who I am, what I asked that is still open, what hurts most, and for curators what to review. */
@WithConversation(knowledgeManagers = "kim")
class HomeTests {

    Conversation chat;

    Home home(String user, Language language) {
        return chat.bot().home(Platform.LOCAL, "local", Sender.of(user), language);
    }

    Home home(String user) {
        return home(user, Language.EN);
    }

    @Test
    void aMemberSeesTheirProfileAndDeclaredSkills() {
        chat.in("sales").from(new Sender("alice", "Alice Martin", null, "Sales")).says("Bonjour à tous");
        chat.dm("alice").says("/kb skills add CRM, invoicing");

        Home home = home("alice");

        assertThat(home.me().user()).isEqualTo("alice");
        assertThat(home.me().name()).isEqualTo("Alice Martin");
        assertThat(home.me().team()).isEqualTo("Sales");
        assertThat(home.skills()).containsExactlyInAnyOrder("CRM", "invoicing");
        assertThat(home.role()).isEqualTo("member");
    }

    @Test
    void aMemberSeesTheirOwnQuestionsTheBotCouldNotAnswer() {
        chat.in("it").from("bob").says("#faq How do I reset my password? | Use the self-service portal");
        chat.dm("alice").says("how can I reset my password?");
        Said open = chat.dm("alice").says("What is the wifi guest code at the Lyon office?");
        chat.dm("hugo").says("Where is the parking badge form?");

        Home home = home("alice");

        assertThat(home.openQuestions()).extracting(EntryCard::id).containsExactly(open.capturedId());
        assertThat(home.openQuestions().getFirst().title()).isEqualTo("What is the wifi guest code at the Lyon office?");
    }

    @Test
    void aMemberSeesOpenPainPointsMostBackedFirstAndNoReviewQueue() {
        Said printer = chat.in("it").from("oliver").says("#pain The printer on floor 2 jams every day");
        Said vpn = chat.in("it").from("sarah").says("#pain The VPN drops every afternoon");
        chat.in("support").from("kevin").says("#pain the VPN drops every afternoon again");
        chat.in("support").from("emma").says("#pain VPN drops every afternoon, so annoying");
        chat.in("it").from("bob").says("#faq How do I reset my password? | Use the self-service portal");

        Home home = home("alice");

        assertThat(home.painPoints()).extracting(EntryCard::id).containsExactly(vpn.capturedId(), printer.capturedId());
        assertThat(home.painPoints()).extracting(EntryCard::votes).containsExactly(3, 1);
        assertThat(home.reviewQueue()).isEmpty();
    }

    @Test
    void aKnowledgeManagerSeesTheReviewQueue() {
        Said faq = chat.in("it").from("bob").says("#faq How do I reset my password? | Use the self-service portal");
        Said tip = chat.in("it").from("priya").says("#insight Press Win+L to lock your laptop");
        chat.in("it").from("kim").says("#faq Where is the VPN guide? | On the IT wiki, page VPN");

        Home home = home("kim");

        assertThat(home.role()).isEqualTo("knowledge manager");
        assertThat(home.reviewQueue()).extracting(EntryCard::id)
                .containsExactlyInAnyOrder(faq.capturedId(), tip.capturedId());
    }

    @Test
    void privatePainPointsAndDraftsShowOnlyToMembersOfTheirChannel() {
        Said pain = chat.inPrivate("finance-direction").from("marc").says("#pain Budget tool crashes at quarter close");
        chat.inPrivate("finance-direction").from("marc")
                .says("#faq What is the budget freeze? | No new purchases over 1000 euros until September");

        assertThat(home("hugo").painPoints()).isEmpty();
        assertThat(home("kim").reviewQueue()).as("a curator outside the channel").isEmpty();
        assertThat(home("marc").painPoints()).extracting(EntryCard::id).containsExactly(pain.capturedId());
    }

    @Test
    void labelsAreInFrenchWhenAskedInFrench() {
        chat.dm("claire").says("/kb compétences ajoute CRM");

        Home home = home("claire", Language.FR);

        assertThat(home.language()).isEqualTo(Language.FR);
        assertThat(home.role()).isEqualTo("membre");
        assertThat(home.say("home.questions")).isEqualTo("Vos questions ouvertes");
        assertThat(home.say("home.painPoints")).isEqualTo("Irritants les plus soutenus");
        assertThat(home.say("home.skills", String.join(", ", home.skills()))).isEqualTo("Vos compétences : CRM");
    }
}
