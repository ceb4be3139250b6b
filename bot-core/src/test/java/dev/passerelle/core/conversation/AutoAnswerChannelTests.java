package dev.passerelle.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In an auto-answer channel every message reaches the bot, yet nobody spoke to it: questions are answered (or told
 * whom to ask), "ok", 👍, thanks and greetings are left alone, unless they mention the bot; in a DM they keep their
 * friendly reply.
 */
@WithConversation
class AutoAnswerChannelTests {

    static final String HELPDESK = "helpdesk";

    Conversation chat;
    final AtomicInteger ids = new AtomicInteger();

    @BeforeEach
    void knowledge() {
        chat.in("it").from("bob").says("#faq How do I reset my password? | Go to the password portal and confirm "
                + "with your MFA app. #password");
        chat.in("rh").from("bob").says("#faq Combien de jours de congés ai-je par an ? | 25 jours ouvrés, plus les RTT");
    }

    /** What the bot makes of {@code text} posted in the auto-answer channel without a mention. */
    Said posted(String text) {
        String id = "aa" + ids.incrementAndGet();
        Message message = chat.in(HELPDESK).from("alice").inbound(id, text).autoAnswered();
        return new Said(id, chat.submit(message));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ok", "OK!", "👍", "🎉", "+1", "thanks!", "thank you", "cool", "hello everyone", "hi",
            "good morning", "merci", "merci beaucoup !", "d’accord", "bonjour à tous", "salut", "ça marche",
            "bonne journée"})
    void smallTalkThatDoesNotMentionTheBotGetsNoReply(String text) {
        Said said = posted(text);

        assertThat(said.outcome().replies()).as(text).isEmpty();
        assertThat(chat.passerelle().store().entries().list(EntryKind.QUESTION, EntryStatus.OPEN, 10)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ok", "👍", "thanks!", "merci", "bonjour"})
    void smallTalkThatMentionsTheBotOrIsSaidInADirectMessageIsAnsweredInKind(String text) {
        Said mentioned = chat.in(HELPDESK).from("alice").toBot().says(text);
        Said direct = chat.dm("alice").says(text);

        assertThat(mentioned.outcome().replies()).as(text).singleElement()
                .satisfies(reply -> assertThat(reply.text()).isNotBlank());
        assertThat(direct.text()).isEqualTo(mentioned.text());
    }

    @Test
    void aQuestionIsAnsweredInEnglish() {
        assertThat(posted("how do I reset my password?").text()).startsWith("Here is what I found:")
                .contains("How do I reset my password?");
    }

    @Test
    void aQuestionIsAnsweredInFrench() {
        assertThat(posted("combien de jours de congés par an ?").text()).startsWith("Voici ce que j’ai trouvé")
                .contains("Combien de jours de congés ai-je par an ?");
    }

    @Test
    void aQuestionNobodyAnsweredYetSaysSoAndIsNotedInEnglishAndFrench() {
        Said english = posted("where is the 2031 offsite agenda?");
        Said french = posted("où est l’agenda du séminaire 2031 ?");

        assertThat(english.text()).startsWith("I don’t have a confident answer");
        assertThat(french.text()).startsWith("Je n’ai pas encore de réponse sûre");
        // The same question in the other language: the answer matcher is sure it asks the same thing, one gap.
        assertThat(chat.passerelle().store().entries().list(EntryKind.QUESTION, EntryStatus.OPEN, 10)).hasSize(1);
    }

    @Test
    void wordsThatAreNoQuestionGetTheAnswerOnlyWhenTheBotIsSure() {
        Said sure = posted("reset password MFA portal");
        Said unsure = posted("lunch at noon");

        assertThat(sure.text()).startsWith("Here is what I found:");
        assertThat(unsure.outcome().replies()).isEmpty();
        assertThat(chat.passerelle().store().entries().list(EntryKind.QUESTION, EntryStatus.OPEN, 10)).isEmpty();
    }

    @Test
    void thanksAfterTheAnswerIsLearnedQuietly() {
        Said asked = posted("how to reset my password?");
        assertThat(asked.text()).startsWith("Here is what I found:");

        Message thanks = chat.in(HELPDESK).from("alice").inThread(asked.id()).inbound("aa-thanks", "thanks!")
                .autoAnswered();

        assertThat(chat.submit(thanks).replies()).isEmpty();
        assertThat(chat.passerelle().store().entries().alternates(1)).singleElement()
                .satisfies(alternate -> assertThat(alternate.text()).isEqualTo("how to reset my password?"));
    }
}
