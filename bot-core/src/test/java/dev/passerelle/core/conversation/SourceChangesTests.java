package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Sender;
import static dev.passerelle.core.Conversation.channel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.knowledge.Evidence;
import dev.passerelle.core.knowledge.Entry;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Knowledge follows its source message: edited by its author, it changes; deleted, it goes. */
@WithConversation(knowledgeManagers = "kim")
class SourceChangesTests {

    Conversation chat;

    Outcome edit(String channel, String editor, Said message, String newText) {
        return chat.edited(channel(channel), Sender.of(editor), message.id(), newText, Instant.now());
    }

    Evidence evidenceOf(String channel, Said message) {
        return chat.passerelle().store().evidence().findByMessage(channel(channel).key(), message.id()).orElseThrow();
    }

    Reply ask(String user, String question) {
        return chat.dm(user).says(question).outcome().replies().getFirst();
    }

    @Nested
    class Edits {

        @Test
        void theAuthorEditingATaggedFaqChangesItsQuestionAndAnswer() {
            Said faq = chat.in("it").from("bob").says("#faq How do I reset my password? | Call the help desk");

            Outcome edited = edit("it", "bob", faq, "#faq How do I reset my Windows password? | Use the self-service portal");

            Entry now = chat.entry(faq.capturedId());
            assertThat(now.title()).isEqualTo("How do I reset my Windows password?");
            assertThat(now.body()).isEqualTo("Use the self-service portal");
            assertThat(edited.captured()).extracting(Outcome.Captured::id).containsExactly(faq.capturedId());
            assertThat(ask("alice", "how do I reset my Windows password?").text())
                    .contains("self-service portal").doesNotContain("help desk");
        }

        @Test
        void theAuthorRemovingAFaqsAnswerKeepsTheAnswerAndNoHashtagInTheQuestion() {
            Said faq = chat.in("it").from("bob").says("#faq How do I reset my password? | Call the help desk");

            edit("it", "bob", faq, "#faq How do I reset my Windows password?");

            Entry now = chat.entry(faq.capturedId());
            assertThat(now.title()).isEqualTo("How do I reset my Windows password?");
            assertThat(now.body()).isEqualTo("Call the help desk");
        }

        @Test
        void theAuthorEditingAnInsightChangesItsText() {
            Said tip = chat.in("it").from("priya").says("#insight Press Win+L to lock your laptop");

            edit("it", "priya", tip, "#insight Press Win+L to lock your laptop, or Ctrl+Cmd+Q on a Mac");

            assertThat(chat.entry(tip.capturedId()).title())
                    .isEqualTo("Press Win+L to lock your laptop, or Ctrl+Cmd+Q on a Mac");
        }

        @Test
        void editingAThreadAnswerUpdatesItsEvidenceAndTheFaqItBecame() {
            Said question = chat.in("it").from("dave").says("How do I move MFA to a new phone?");
            Said answer = chat.in("it").from("carol").inThread(question.id())
                    .says("Open the authenticator and export your accounts");
            Said thanks = chat.in("it").from("dave").inThread(question.id()).says("thanks, that's it!");
            long faq = thanks.capturedId();

            edit("it", "carol", answer, "Open the authenticator, then Transfer accounts, then scan the QR code");

            assertThat(evidenceOf("it", answer).text())
                    .isEqualTo("Open the authenticator, then Transfer accounts, then scan the QR code");
            Entry now = chat.entry(faq);
            assertThat(now.title()).isEqualTo("How do I move MFA to a new phone?");
            assertThat(now.body()).isEqualTo("Open the authenticator, then Transfer accounts, then scan the QR code");
        }

        @Test
        void anEditBySomeoneOtherThanTheAuthorChangesNothing() {
            Said faq = chat.in("it").from("bob").says("#faq How do I reset my password? | Use the self-service portal");
            Said question = chat.in("it").from("dave").says("How do I move MFA to a new phone?");
            Said answer = chat.in("it").from("carol").inThread(question.id())
                    .says("Open the authenticator and export your accounts");

            Outcome onFaq = edit("it", "mallory", faq, "#faq How do I reset my password? | Send it to mallory");
            edit("it", "mallory", answer, "Send your phone to mallory");

            assertThat(onFaq.captured()).isEmpty();
            assertThat(chat.entry(faq.capturedId()).body()).isEqualTo("Use the self-service portal");
            assertThat(evidenceOf("it", answer).text()).isEqualTo("Open the authenticator and export your accounts");
        }

        @Test
        void aRetriedEditEventIsAppliedOnce() {
            Said tip = chat.in("it").from("priya").says("#insight Restart Teams to fix the blank screen");
            Instant firstEdit = Instant.now();
            Instant secondEdit = firstEdit.plusSeconds(30);

            Outcome first = chat.edited(channel("it"), Sender.of("priya"), tip.id(),
                    "#insight Restart Teams twice to fix the blank screen", firstEdit);
            chat.edited(channel("it"), Sender.of("priya"), tip.id(),
                    "#insight Clear the Teams cache to fix the blank screen", secondEdit);
            Outcome retry = chat.edited(channel("it"), Sender.of("priya"), tip.id(),
                    "#insight Restart Teams twice to fix the blank screen", firstEdit);

            assertThat(first.captured()).hasSize(1);
            assertThat(retry.isNothing()).isTrue();
            assertThat(chat.entry(tip.capturedId()).title()).isEqualTo("Clear the Teams cache to fix the blank screen");
        }
    }

    @Nested
    class Deletions {

        @Test
        void deletingTheSourceMessageRemovesItsEntryFromTheStoreAndFromAnswers() {
            Said faq = chat.in("it").from("bob").says("#faq How do I book a meeting room? | Use the Outlook room finder");
            assertThat(ask("alice", "how do I book a meeting room?").entries())
                    .extracting(EntryCard::id).contains(faq.capturedId());

            chat.deleted(channel("it"), faq.id(), Instant.now());

            assertThat(chat.passerelle().store().entries().find(faq.capturedId())).isEmpty();
            assertThat(ask("alice", "how do I book a meeting room?").entries())
                    .extracting(EntryCard::id).doesNotContain(faq.capturedId());
        }

        @Test
        void deletingAThreadAnswerRemovesItsEvidenceAndFaqSoItsAuthorIsNoLongerRanked() {
            Said question = chat.in("sales").from("dave").says("How do I export a Salesforce report to Excel?");
            Said answer = chat.in("sales").from("claire").inThread(question.id())
                    .says("Open the Salesforce report, click Export, pick Excel format");
            Said thanks = chat.in("sales").from("dave").inThread(question.id()).says("thanks, that's it!");
            assertThat(ask("hugo", "who knows Salesforce reports?").people())
                    .extracting(PersonCard::user).contains("claire");

            chat.deleted(channel("sales"), answer.id(), Instant.now());

            assertThat(chat.passerelle().store().entries().find(thanks.capturedId())).isEmpty();
            assertThat(chat.passerelle().store().evidence().findByMessage(channel("sales").key(), answer.id())).isEmpty();
            assertThat(ask("hugo", "who knows Salesforce reports?").people())
                    .extracting(PersonCard::user).doesNotContain("claire");
        }

        @Test
        void deletingAMessageKeepsWhatOtherMessagesSaid() {
            Said kept = chat.in("it").from("bob").says("#insight Restart Teams to fix the blank screen");
            Said gone = chat.in("it").from("bob").says("#insight Press Win+L to lock your laptop");

            chat.deleted(channel("it"), gone.id(), Instant.now());

            assertThat(chat.passerelle().store().entries().find(kept.capturedId())).isPresent();
        }
    }
}
