package dev.passerelle.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Knowledge from a private channel or a DM never reaches someone who cannot see that conversation. */
@WithConversation(knowledgeManagers = {"kim", "marc"})
class VisibilityTests {

    Conversation chat;
    Said budgetFaq;

    @BeforeEach
    void privateFinanceChannel() {
        budgetFaq = chat.inPrivate("finance-direction").from("marc")
                .says("#faq What is the budget freeze? | No new purchases over 1000 euros until September");
        chat.inPrivate("finance-direction").from("nathalie").says("Ok, noted");
    }

    @Test
    void membersOfThePrivateChannelGetItsAnswers() {
        Reply reply = chat.dm("nathalie").says("what is the budget freeze?").outcome().replies().getFirst();

        assertThat(reply.entries()).extracting(EntryCard::id).contains(budgetFaq.capturedId());
    }

    @Test
    void aMemberAskingInAPublicChannelGetsNoPrivateAnswerThereBecauseEveryoneReadsIt() {
        Said inPublic = chat.in("general").from("nathalie").toBot().says("what is the budget freeze?");
        Said inDm = chat.dm("nathalie").says("what is the budget freeze?");

        assertThat(inPublic.outcome().replies().getFirst().entries()).isEmpty();
        assertThat(inPublic.text()).doesNotContain("1000 euros");
        assertThat(inDm.outcome().replies().getFirst().entries()).extracting(EntryCard::id)
                .contains(budgetFaq.capturedId());
    }

    @Test
    void aMemberAskingInThePrivateChannelItselfGetsItsAnswers() {
        Said asked = chat.inPrivate("finance-direction").from("marc").toBot().says("what is the budget freeze?");

        assertThat(asked.outcome().replies().getFirst().entries()).extracting(EntryCard::id)
                .contains(budgetFaq.capturedId());
    }

    @Test
    void aMemberAskingWhoKnowsInAPublicChannelGetsNoPrivateEvidence() {
        Said question = chat.inPrivate("finance-direction").from("nathalie").says("When is the salary review due?");
        chat.inPrivate("finance-direction").from("marc").inThread(question.id())
                .says("Managers send their salary review proposals by November 15");

        Reply reply = chat.in("general").from("nathalie").toBot().says("who knows about salary review?")
                .outcome().replies().getFirst();

        assertThat(reply.people()).isEmpty();
        assertThat(reply.text()).doesNotContain("November 15");
    }

    @Test
    void aNonMemberNeverSeesPrivateAnswersNorTheirText() {
        Said asked = chat.dm("hugo").says("what is the budget freeze?");

        assertThat(asked.outcome().replies().getFirst().entries()).isEmpty();
        assertThat(asked.text()).doesNotContain("1000 euros");
    }

    @Test
    void aNonMemberAskingInAPublicChannelSeesNothingPrivateEither() {
        Said asked = chat.in("general").from("hugo").toBot().says("budget freeze purchases?");

        assertThat(asked.outcome().replies().getFirst().entries()).isEmpty();
    }

    @Test
    void privateEvidenceNeverNamesOrJustifiesAnExpertForANonMember() {
        Said question = chat.inPrivate("finance-direction").from("nathalie").says("When is the salary review due?");
        Said answer = chat.inPrivate("finance-direction").from("marc").inThread(question.id())
                .says("Managers send their salary review proposals by November 15");
        chat.inPrivate("finance-direction").from("nathalie").inThread(question.id()).says("merci !");

        Reply outsider = chat.dm("hugo").says("who knows about salary review?").outcome().replies().getFirst();
        Reply member = chat.dm("nathalie").says("who knows about salary review?").outcome().replies().getFirst();

        assertThat(outsider.people()).isEmpty();
        assertThat(outsider.text()).doesNotContain("November 15");
        assertThat(member.people()).extracting(PersonCard::user).containsExactly("marc");
        assertThat(member.people().getFirst().evidence()).contains(answer.id());
    }

    @Test
    void showAndListsHidePrivateEntriesFromNonMembersEvenKnowledgeManagers() {
        Said pain = chat.inPrivate("finance-direction").from("marc").says("#pain Budget tool crashes at quarter close");

        assertThat(chat.dm("hugo").says("/kb show " + budgetFaq.capturedId()).outcome().error())
                .isEqualTo("No entry #" + budgetFaq.capturedId() + " that you can see.");
        assertThat(chat.dm("hugo").says("/kb painpoints").text()).doesNotContain("Budget tool");
        assertThat(chat.dm("kim").says("/kb pending").text()).doesNotContain("budget freeze");
        assertThat(chat.dm("kim").says("/kb verify " + budgetFaq.capturedId()).outcome().error())
                .startsWith("No entry #");
        assertThat(chat.dm("marc").says("/kb painpoints").text()).contains("Budget tool");
        assertThat(pain.outcome().captured()).hasSize(1);
    }

    @Test
    void aDirectMessageToTheBotStaysWithItsAuthor() {
        Said tip = chat.dm("alice").says("#insight My personal trick: the door code of floor 3 is 4512");

        assertThat(chat.dm("bob").says("door code floor 3?").text()).doesNotContain("4512");
        assertThat(chat.dm("alice").says("door code floor 3?").outcome().replies().getFirst().entries())
                .extracting(EntryCard::id).contains(tip.capturedId());
    }

    @Test
    void joiningThePrivateChannelOpensItsKnowledge() {
        assertThat(chat.dm("hugo").says("what is the budget freeze?").outcome().replies().getFirst().entries()).isEmpty();

        chat.inPrivate("finance-direction").from("hugo").says("Bonjour, je rejoins le canal");

        assertThat(chat.dm("hugo").says("what is the budget freeze?").outcome().replies().getFirst().entries())
                .extracting(EntryCard::id).contains(budgetFaq.capturedId());
    }
}
