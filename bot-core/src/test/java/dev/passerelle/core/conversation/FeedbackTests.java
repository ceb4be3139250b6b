package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Sender;
import static dev.passerelle.core.Conversation.channel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "Helpful" / "Not helpful": one opinion per person, the latest wins, and it moves answers up or down. */
@WithConversation(knowledgeManagers = "kim")
class FeedbackTests {

    static final String ROOM_FAQ = "#faq How do I book a meeting room? | Use the Outlook room finder";

    Conversation chat;
    Instant clock = Instant.parse("2026-03-02T09:00:00Z");

    /** A click under an answer shown in #general; each click is its own event, a second after the previous one. */
    Outcome feedback(String user, long entryId, boolean helpful) {
        clock = clock.plusSeconds(1);
        return chat.feedback(channel("general"), Sender.of(user), entryId, helpful, Language.EN, clock);
    }

    int helpful(long entryId) {
        return chat.entry(entryId).helpful();
    }

    static String text(Outcome outcome) {
        return String.join("\n", outcome.replies().stream().map(Reply::text).toList());
    }

    @Test
    void helpfulThenNotHelpfulFromTheSamePersonFlipsTheirOpinion() {
        long faq = chat.in("it").from("bob").says(ROOM_FAQ).capturedId();

        Outcome thanks = feedback("alice", faq, true);
        assertThat(helpful(faq)).isEqualTo(1);
        feedback("alice", faq, false);

        assertThat(text(thanks)).isEqualTo("Thanks, noted: it helps rank answers.");
        assertThat(helpful(faq)).isEqualTo(-1);
    }

    @Test
    void opinionsOfDifferentPeopleAddUp() {
        long faq = chat.in("it").from("bob").says(ROOM_FAQ).capturedId();

        feedback("alice", faq, true);
        feedback("hugo", faq, true);
        feedback("emma", faq, false);

        assertThat(helpful(faq)).isEqualTo(1);
    }

    @Test
    void theSameOpinionTwiceIsAlreadyNotedAndCountsOnce() {
        long faq = chat.in("it").from("bob").says(ROOM_FAQ).capturedId();
        feedback("alice", faq, true);

        Outcome again = feedback("alice", faq, true);

        assertThat(text(again)).isEqualTo("Your feedback on #" + faq + " was already noted.");
        assertThat(helpful(faq)).isEqualTo(1);
    }

    @Test
    void feedbackReordersTwoEquallyRelevantAnswers() {
        long first = chat.in("it").from("bob").says(ROOM_FAQ).capturedId();
        long second = chat.in("it").from("carol").says(ROOM_FAQ).capturedId();
        Reply before = chat.dm("alice").says("how do I book a meeting room?").outcome().replies().getFirst();
        assertThat(before.entries()).extracting(EntryCard::id).containsExactly(first, second);
        assertThat(before.entries().get(0).score()).isEqualTo(before.entries().get(1).score());

        feedback("hugo", second, true);
        feedback("emma", first, false);

        Reply after = chat.dm("alice").says("how do I book a meeting room?").outcome().replies().getFirst();
        assertThat(after.entries()).extracting(EntryCard::id).containsExactly(second, first);
        assertThat(after.entries().get(0).score()).isGreaterThan(after.entries().get(1).score());
    }

    @Test
    void feedbackOnAPrivateEntryFromANonMemberIsRefusedAsNotFound() {
        Said secret = chat.inPrivate("finance-direction").from("marc")
                .says("#faq What is the budget freeze? | No new purchases over 1000 euros until September");

        Outcome refused = feedback("hugo", secret.capturedId(), true);

        assertThat(refused.error()).isEqualTo("No entry #" + secret.capturedId() + " that you can see.");
        assertThat(helpful(secret.capturedId())).isZero();
    }
}
