package dev.passerelle.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@WithConversation(knowledgeManagers = "kim")
class AddressedMessagesTests {

    Conversation chat;

    Entry entry(long id) {
        return chat.entry(id);
    }

    @Nested
    class EveryMessageToTheBotGetsAReply {

        /** One "word" of 40,000 letters, the longest text accepted: the analyzer cuts it into hundreds of terms. */
        @Test
        void aWordAsLongAsTheLimitGetsTheUsualReply() {
            chat.in("it").from("bob").says("#faq How do I reset my password? | Use the self-service portal");

            Said asked = chat.dm("frank").says("x".repeat(40_000));

            assertThat(asked.outcome().error()).isNull();
            assertThat(asked.text()).startsWith("I don’t have a confident answer");
        }

        @Test
        void oneWordInADirectMessageIsAQuestion() {
            Said faq = chat.in("it").from("kim").says("#faq How do I connect to the VPN? | Install the GlobalProtect client");

            Said asked = chat.dm("alice").says("VPN");

            assertThat(asked.outcome().replies()).singleElement()
                    .satisfies(reply -> assertThat(reply.entries()).extracting(EntryCard::id).contains(faq.capturedId()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"press kit", "expense report", "Where's the 2024 price grid",
            "How to make font strikethrough on github."})
        void wordsAndQuestionsWithoutAQuestionMarkAreAnswered(String text) {
            Said asked = chat.dm("alice").says(text);

            assertThat(asked.outcome().replies()).singleElement()
                    .satisfies(reply -> assertThat(reply.text()).isNotBlank());
            Entry gap = entry(asked.capturedId());
            assertThat(gap.kind()).as("nothing known: the gap is noted").isEqualTo(EntryKind.QUESTION);
            assertThat(gap.title()).isEqualTo(text);
        }

        @Test
        void aTeamsMentionThatIsNoCommandIsAnswered() {
            var mention = new Message(Platform.TEAMS, "tenant", "19:general", ChannelType.PUBLIC, Sender.of("29:bob"),
                    "show members", null, "t1", Instant.now(), true);

            assertThat(chat.submit(mention).replies()).singleElement()
                    .satisfies(reply -> assertThat(reply.text()).isNotBlank());
        }

        @Test
        void chatterInAChannelStaysSilentAndUncaptured() {
            Said said = chat.in("general").from("alice").says("VPN");

            assertThat(said.outcome().isNothing()).isTrue();
        }

        @Test
        void anAnswerToSomeoneElsesQuestionIsNotAnsweredAsAQuestionWhereEveryMessageIsAddressed() {
            // In an auto-answer channel every message is addressed; replies to a person stay theirs.
            Said question = chat.in("it").from("hugo").says("How do I move MFA to a new phone?");
            Said answer = chat.in("it").from("thomas").toBot().inThread(question.id())
                    .says("Open the authenticator and export accounts");

            assertThat(answer.outcome().replies()).isEmpty();
            assertThat(chat.passerelle().store().evidence().findByMessage(Conversation.channel("it").key(), answer.id()))
                    .isPresent();
        }
    }

    @Nested
    class SmallTalk {

        @Test
        void bonjourGetsAFriendlyFrenchReplyAndNoGap() {
            Said said = chat.dm("claire").says("bonjour");

            assertThat(said.text()).startsWith("Bonjour !").contains("qui connaît");
            assertThat(said.outcome().captured()).isEmpty();
            assertThat(chat.passerelle().store().entries().list(EntryKind.QUESTION, EntryStatus.OPEN, 10)).isEmpty();
        }

        @Test
        void greetingsThanksAndOtherSmallTalkGetDifferentReplies() {
            String hello = chat.dm("alice").says("hi there").text();
            String thanks = chat.dm("alice").says("thanks!").text();
            String howAreYou = chat.dm("alice").says("how are you").text();
            String merci = chat.dm("alice").says("merci").text();
            String cava = chat.dm("alice").says("ça va ?").text();

            assertThat(hello).startsWith("Hello!");
            assertThat(thanks).startsWith("Glad to help!");
            assertThat(howAreYou).startsWith("I’m here when you need an answer");
            assertThat(merci).startsWith("Avec plaisir !");
            assertThat(cava).startsWith("Je suis là");
            assertThat(chat.passerelle().store().entries().list(EntryKind.QUESTION, EntryStatus.OPEN, 10)).isEmpty();
        }

        @Test
        void aMentionThatGreetsIsAnsweredInItsThread() {
            Said said = chat.in("general").from("alice").toBot().says("good morning 👋");

            assertThat(said.outcome().replies()).singleElement()
                    .satisfies(reply -> assertThat(reply.thread()).isEqualTo(said.id()));
        }

        @Test
        void greetingsInAChannelStaySilent() {
            assertThat(chat.in("general").from("alice").says("Bonjour à tous !").outcome().isNothing()).isTrue();
        }

        @Test
        void theAskersMerciInTheirQuestionsThreadStillConfirmsTheAnswerEvenWhenAddressed() {
            Said question = chat.in("sales").from("dave").says("Comment fusionner deux comptes dans Salesforce ?");
            chat.in("sales").from("carol").inThread(question.id())
                    .says("Ouvre le compte principal, puis Fusionner les comptes dans le menu");

            Said thanks = chat.in("sales").from("dave").toBot().inThread(question.id()).says("merci !");

            assertThat(thanks.outcome().captured()).extracting(Outcome.Captured::kind).contains(EntryKind.FAQ);
            assertThat(thanks.text()).startsWith("Réponse de carol enregistrée");
        }
    }

    @Nested
    class SelfAnswers {

        @Test
        void theAskerAnsweringTheirOwnQuestionInItsThreadMakesADraftFaq() {
            Said question = chat.in("rh").from("lea").says("Comment poser un jour de télétravail exceptionnel ?");

            Said found = chat.in("rh").from("lea").inThread(question.id())
                    .says("Trouvé : il faut passer par le portail RH, onglet Absences");

            Entry faq = found.outcome().captured().stream().map(c -> entry(c.id()))
                    .filter(e -> e.kind() == EntryKind.FAQ).findFirst().orElseThrow();
            assertThat(faq.title()).isEqualTo("Comment poser un jour de télétravail exceptionnel ?");
            assertThat(faq.body()).isEqualTo("il faut passer par le portail RH, onglet Absences");
            assertThat(faq.status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(faq.source()).isEqualTo(found.id());
            Entry asked = chat.passerelle().store().entries()
                    .findBySource(Conversation.channel("rh").key(), question.id(), EntryKind.QUESTION).orElseThrow();
            assertThat(entry(asked.id()).status()).isEqualTo(EntryStatus.ANSWERED);
            assertThat(found.outcome().replies()).singleElement().satisfies(reply -> {
                assertThat(reply.thread()).isEqualTo(question.id());
                assertThat(reply.text()).startsWith("Vous avez trouvé la réponse vous-même : enregistrée comme FAQ #"
                        + faq.id());
            });
        }

        @Test
        void anEnglishSelfAnswerAfterNevermindIsKeptWithoutItsOpener() {
            Said question = chat.in("it").from("hugo").says("How do I get the staging database password?");

            Said found = chat.in("it").from("hugo").inThread(question.id())
                    .says("nevermind, solved: it is in the vault under team-ops/staging");

            assertThat(found.outcome().captured()).extracting(c -> entry(c.id()).body())
                    .contains("it is in the vault under team-ops/staging");
            assertThat(found.text()).startsWith("You answered your own question");
        }

        @Test
        void editingTheSelfAnswerUpdatesTheFaqWithoutItsOpener() {
            Said question = chat.in("it").from("hugo").says("How do I get the staging database password?");
            Said found = chat.in("it").from("hugo").inThread(question.id())
                    .says("found it: it is in the vault under team-ops");
            long faq = found.outcome().captured().stream().filter(c -> c.kind() == EntryKind.FAQ).findFirst()
                    .orElseThrow().id();

            chat.edited(Conversation.channel("it"), Sender.of("hugo"), found.id(),
                    "found it: it is in the vault under team-ops/staging", Instant.now());

            assertThat(entry(faq).body()).isEqualTo("it is in the vault under team-ops/staging");
        }

        @Test
        void someoneElsesFoundItIsAnAnswerNotASelfAnswer() {
            Said question = chat.in("it").from("hugo").says("How do I get the staging database password?");

            Said other = chat.in("it").from("emma").inThread(question.id())
                    .says("found it: it is in the vault under team-ops/staging");

            assertThat(other.outcome().captured()).isEmpty();
            assertThat(chat.passerelle().store().evidence().findByMessage(Conversation.channel("it").key(), other.id()))
                    .isPresent();
        }
    }
}
