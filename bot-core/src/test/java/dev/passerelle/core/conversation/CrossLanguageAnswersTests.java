package dev.passerelle.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import org.junit.jupiter.api.Test;

/** Questions answered by knowledge written in the other language, through the built-in workplace vocabulary. */
@WithConversation
class CrossLanguageAnswersTests {

    Conversation chat;

    @Test
    void anEnglishQuestionIsAnsweredInEnglishWithAFrenchFaq() {
        Said faq = chat.in("finance").from("nathalie").says(
                "#faq Comment faire une note de frais ? | Dans Notilus, menu Saisie, avec les justificatifs");
        Said asked = chat.dm("alice").says("how do I do an expense report?");

        assertThat(asked.outcome().replies().getFirst().entries()).first()
                .satisfies(card -> assertThat(card.id()).isEqualTo(faq.capturedId()));
        // Found through a translation, a little less surely than through the words typed: in a DM, at least as the
        // first suggestion, in English.
        assertThat(asked.text()).satisfiesAnyOf(text -> assertThat(text).startsWith("Here is what I found"),
                text -> assertThat(text).startsWith("Not sure, but these may help"));
    }

    @Test
    void aFrenchQuestionIsAnsweredInFrenchWithAnEnglishFaq() {
        Said faq = chat.in("it").from("bob").says("#faq How do I reset my password? | Use the self-service portal");
        Said asked = chat.dm("hugo").says("comment réinitialiser mon mot de passe ?");

        assertThat(asked.outcome().replies().getFirst().entries()).first()
                .satisfies(card -> assertThat(card.id()).isEqualTo(faq.capturedId()));
        assertThat(asked.text()).startsWith("Voici ce que j’ai trouvé");
    }
}
