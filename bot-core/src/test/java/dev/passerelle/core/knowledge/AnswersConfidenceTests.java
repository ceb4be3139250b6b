package dev.passerelle.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.knowledge.Confidence.Level;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.Language;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ranking and confidence on a realistic knowledge base in two languages, on a real store and index. */
@WithConversation(knowledgeManagers = "kim")
class AnswersConfidenceTests {

    Conversation chat;
    private Answers answers;

    @BeforeEach
    void postTheCompanysKnowledge() {
        LumenKnowledge.postedBy(chat, "kim");
        answers = new Answers(chat.passerelle().store().entries(), chat.passerelle().index(), Clock.systemUTC());
    }

    /**
     * Half the question's weight ("forgot", which no entry holds) is unmatched: calibrated on public data, that is a
     * suggestion, not an answer, until someone confirms it and the question becomes one of the entry's alternates.
     */
    @Test
    void aForgottenPasswordFindsTheResetFaqAtLeastAsASuggestion() {
        Answers.Ranked ranked = rank("I forgot my password, what should I do", Language.EN);

        assertThat(ranked.level()).isIn(Level.CONFIDENT, Level.LIKELY);
        assertThat(ranked.found().getFirst().entry().title()).isEqualTo("How do I reset my password?");
    }

    @Test
    void aQuestionWordForWordIsConfident() {
        Answers.Ranked ranked = rank("Comment soumettre une note de frais ?", Language.FR);

        assertThat(ranked.level()).isEqualTo(Level.CONFIDENT);
        assertThat(ranked.found().getFirst().entry().title()).isEqualTo("Comment soumettre une note de frais ?");
    }

    @Test
    void anEnglishQuestionFindsAFrenchFaqAtLeastAsLikely() {
        Answers.Ranked ranked = rank("how do I reassign a lead to a colleague in Salesforce?", Language.EN);

        assertThat(ranked.level()).isIn(Level.CONFIDENT, Level.LIKELY);
        assertThat(ranked.found().getFirst().entry().title())
                .isEqualTo("Comment je réaffecte un lead à un collègue dans Salesforce ?");
    }

    @Test
    void smallTalkGetsNothingInEitherLanguage() {
        assertThat(rank("are you a robot", Language.EN).level()).isEqualTo(Level.NONE);
        assertThat(rank("quel temps fait-il", Language.FR).level()).isEqualTo(Level.NONE);
        assertThat(rank("tell me a joke", Language.EN).level()).isEqualTo(Level.NONE);
        assertThat(rank("tu es marié ?", Language.FR).level()).isEqualTo(Level.NONE);
    }

    @Test
    void aQuestionAboutSomethingTheBaseDoesNotKnowGetsNothing() {
        Answers.Ranked ranked = rank("What is the wifi guest code at the Lyon office?", Language.EN);

        assertThat(ranked.level()).isNotEqualTo(Level.CONFIDENT);
        assertThat(ranked.features().share()).isLessThan(0.5);
    }

    @Test
    void showsNothingWhenItHasNoIdea() {
        assertThat(answers.search("are you a robot", Language.EN, Audience.publicOnly(), 3)).isEmpty();
        assertThat(answers.search("I forgot my password", Language.EN, Audience.publicOnly(), 3)).isNotEmpty();
    }

    private Answers.Ranked rank(String question, Language language) {
        return answers.rank(question, language, Audience.publicOnly(), 3);
    }
}
