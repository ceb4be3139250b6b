package dev.passerelle.core.conversation;

import static dev.passerelle.core.Conversation.channel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A question nobody could answer, asked again with the same meaningful words in the same scope, is one more ask of
 * the open gap, not a new one: the gap counts its askers, and every asker is told its one id.
 */
@WithConversation(knowledgeManagers = "kim")
class GapFoldingTests {

    Conversation chat;

    static long gapOf(Said asked) {
        return asked.outcome().captured().stream().filter(c -> c.kind() == EntryKind.QUESTION).findFirst()
                .orElseThrow().id();
    }

    List<Entry> openGaps() {
        return chat.passerelle().store().entries().list(EntryKind.QUESTION, EntryStatus.OPEN, 50);
    }

    @Test
    void threeAsksOfTheSameQuestionAreOneGapAskedThreeTimes() {
        Said first = chat.in("sales").from("alice").toBot().says("Where is the 2024 price grid?");
        Said second = chat.in("sales").from("hugo").toBot().says("where is the price grid for 2024 ?");
        Said third = chat.in("general").from("emma").toBot().says("WHERE is the 2024 Price-Grid?");

        long gap = gapOf(first);
        assertThat(Stream.of(second, third).map(GapFoldingTests::gapOf)).containsOnly(gap);
        assertThat(third.text()).contains("I noted the question as #" + gap + " ");
        assertThat(openGaps()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Where is the 2024 price grid?");
            assertThat(entry.votes()).isEqualTo(3);
        });
    }

    @Test
    void theSamePersonAskingAgainInTheirDirectMessagesKeepsOneGapAndOneVote() {
        long gap = gapOf(chat.dm("alice").says("Où est la grille tarifaire 2024 ?"));

        assertThat(gapOf(chat.dm("alice").says("où est la grille tarifaire 2024?"))).isEqualTo(gap);
        assertThat(gapOf(chat.dm("alice").says("Où est la grille tarifaire de 2024 ?"))).isEqualTo(gap);

        assertThat(openGaps()).singleElement().extracting(Entry::votes).isEqualTo(1);
    }

    @Test
    void differentQuestionsStayDifferentGaps() {
        long grid = gapOf(chat.in("sales").from("alice").toBot().says("Where is the 2024 price grid?"));
        long older = gapOf(chat.in("sales").from("hugo").toBot().says("Where is the 2023 price grid?"));
        long narrower = gapOf(chat.in("sales").from("emma").toBot().says("Where is the 2024 price grid for Germany?"));

        assertThat(List.of(grid, older, narrower)).doesNotHaveDuplicates();
        assertThat(openGaps()).hasSize(3).allSatisfy(entry -> assertThat(entry.votes()).isEqualTo(1));
    }

    @Test
    void aQuestionThatSharesAllWordsButOneEachIsAnotherGap() {
        long headquarters = gapOf(chat.in("general").from("alice").toBot()
                .says("How do I book a meeting room at headquarters?"));
        long lyon = gapOf(chat.in("general").from("hugo").toBot().says("How do I book a meeting room in Lyon?"));

        assertThat(lyon).isNotEqualTo(headquarters);
        assertThat(chat.dm("kim").says("/kb gaps").text()).contains("#" + headquarters + " “How do I book a meeting "
                + "room at headquarters?” — 1 asker", "#" + lyon + " “How do I book a meeting room in Lyon?” — 1 asker");
    }

    @Test
    void privateAndPublicAsksOfTheSameQuestionDoNotFold() {
        long inPublic = gapOf(chat.in("sales").from("alice").toBot().says("Where is the 2024 price grid?"));
        long inPrivate = gapOf(chat.inPrivate("sales-leads").from("alice").toBot()
                .says("Where is the 2024 price grid?"));
        long inAliceDm = gapOf(chat.dm("alice").says("Where is the 2024 price grid?"));
        long inHugoDm = gapOf(chat.dm("hugo").says("Where is the 2024 price grid?"));

        assertThat(List.of(inPublic, inPrivate, inAliceDm, inHugoDm)).doesNotHaveDuplicates();
    }

    @Test
    void aGapNoLongerOpenTakesNoMoreAsks() {
        long archived = gapOf(chat.in("sales").from("alice").toBot().says("Where is the 2024 price grid?"));
        chat.dm("kim").says("/kb archive " + archived);
        assertThat(chat.entry(archived).status()).isEqualTo(EntryStatus.ARCHIVED);

        long again = gapOf(chat.in("sales").from("emma").toBot().says("where is the 2024 price grid?"));

        assertThat(again).isNotEqualTo(archived);
    }

    @Test
    void anAnswerInTheThreadOfAFoldedAskCountsForTheGap() {
        long gap = gapOf(chat.in("sales").from("alice").toBot().says("Where is the 2024 price grid?"));
        Said again = chat.in("sales").from("hugo").toBot().says("where is the price grid for 2024 ?");
        assertThat(gapOf(again)).isEqualTo(gap);

        Said answer = chat.in("sales").from("emma").inThread(again.id()).says("It is in the Sales drive, folder Pricing");

        assertThat(chat.passerelle().store().evidence().findByMessage(channel("sales").key(), answer.id()))
                .isPresent();
    }

    @Test
    void theThanksOfAFoldedAskerInTheirThreadTurnsTheAnswerIntoAFaqAndAnswersTheGap() {
        long gap = gapOf(chat.in("sales").from("alice").toBot().says("Where is the 2024 price grid?"));
        Said again = chat.in("sales").from("hugo").toBot().says("where is the price grid for 2024 ?");
        chat.in("sales").from("emma").inThread(again.id()).says("It is in the Sales drive, folder Pricing");

        Said thanks = chat.in("sales").from("hugo").inThread(again.id()).says("thanks!");

        Entry faq = chat.entry(thanks.capturedId());
        assertThat(faq.kind()).isEqualTo(EntryKind.FAQ);
        assertThat(faq.body()).isEqualTo("It is in the Sales drive, folder Pricing");
        assertThat(faq.thread()).isEqualTo(again.id());
        assertThat(chat.entry(gap).status()).isEqualTo(EntryStatus.ANSWERED);
    }
}
