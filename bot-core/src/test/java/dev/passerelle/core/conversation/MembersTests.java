package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Sender;
import static dev.passerelle.core.Conversation.channel;
import static dev.passerelle.core.Conversation.privateChannel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The member list the platform gives for a private channel decides who reads its knowledge, posted or not. */
@WithConversation(knowledgeManagers = "kim")
class MembersTests {

    static final String FINANCE = "finance-direction";

    Conversation chat;
    Said budgetFaq;

    @BeforeEach
    void privateFinanceChannel() {
        budgetFaq = chat.inPrivate(FINANCE).from("marc")
                .says("#faq What is the budget freeze? | No new purchases over 1000 euros until September");
    }

    void members(String... users) {
        chat.members(privateChannel(FINANCE), List.of(users).stream().map(Sender::of).toList(), Instant.now());
    }

    List<Long> answersFor(String user) {
        return chat.dm(user).says("what is the budget freeze?").outcome().replies().getFirst().entries().stream()
                .map(EntryCard::id).toList();
    }

    @Test
    void aListedMemberWhoNeverPostedSeesTheChannelsPrivateFaq() {
        assertThat(answersFor("nathalie")).doesNotContain(budgetFaq.capturedId());

        members("marc", "nathalie");

        assertThat(answersFor("nathalie")).contains(budgetFaq.capturedId());
    }

    @Test
    void someoneLeftOffTheListNoLongerSeesIt() {
        members("marc", "nathalie");

        members("marc");

        assertThat(answersFor("nathalie")).doesNotContain(budgetFaq.capturedId());
        assertThat(answersFor("marc")).contains(budgetFaq.capturedId());
    }

    @Test
    void someoneWhoPostedThenLeftTheChannelNoLongerSeesIt() {
        chat.inPrivate(FINANCE).from("hugo").says("Bonjour, je rejoins le canal");
        assertThat(answersFor("hugo")).contains(budgetFaq.capturedId());

        members("marc");

        assertThat(answersFor("hugo")).doesNotContain(budgetFaq.capturedId());
    }

    @Test
    void theListAlsoDecidesWhoMayGiveFeedbackOnItsEntries() {
        members("marc", "nathalie");
        members("marc");

        Outcome refused = chat.feedback(channel("general"), Sender.of("nathalie"),
                budgetFaq.capturedId(), true, Language.EN, Instant.now());

        assertThat(refused.error()).isEqualTo("No entry #" + budgetFaq.capturedId() + " that you can see.");
    }
}
