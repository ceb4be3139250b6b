package dev.passerelle.core.conversation;

import static dev.passerelle.core.Conversation.channel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A folded ask of a knowledge gap is taken back when its message is deleted or edited into another question: the
 * gap counts one asker less; it stays while someone asks it, and goes, its id never given again, when nobody does.
 */
@WithConversation(knowledgeManagers = "kim")
class GapAskChangesTests {

    static final String GRID = "Where is the 2024 price grid?";

    Conversation chat;

    long gapOf(Said asked) {
        return GapFoldingTests.gapOf(asked);
    }

    Optional<Entry> gap(long id) {
        return chat.passerelle().store().entries().find(id);
    }

    Said ask(String who, String text) {
        return chat.in("sales").from(who).toBot().says(text);
    }

    @Test
    void deletingAFoldedAskTakesItsVoteBack() {
        long gap = gapOf(ask("alice", GRID));
        Said again = ask("hugo", "where is the price grid for 2024 ?");
        assertThat(gap(gap).orElseThrow().votes()).isEqualTo(2);

        chat.deleted(channel("sales"), again.id(), Instant.now());

        assertThat(gap(gap).orElseThrow().votes()).isEqualTo(1);
        assertThat(chat.passerelle().store().entries().findBySource(channel("sales").key(), again.id(),
                EntryKind.QUESTION)).isEmpty();
    }

    @Test
    void editingAFoldedAskIntoAnotherQuestionTakesItBackButATypoFixDoesNot() {
        long gap = gapOf(ask("alice", GRID));
        Said hugo = ask("hugo", "where is the price grid for 2024 ?");
        Said emma = ask("emma", "where is the 2024 price grid ?");

        chat.edited(channel("sales"), Sender.of("hugo"), hugo.id(), "where is the 2025 budget?", Instant.now());
        chat.edited(channel("sales"), Sender.of("emma"), emma.id(), "Where is the 2024 price-grid?", Instant.now());

        assertThat(gap(gap).orElseThrow().votes()).isEqualTo(2);
        assertThat(chat.passerelle().store().entries().askedBy(channel("sales").key(), hugo.id())).isEmpty();
        assertThat(chat.passerelle().store().entries().askedBy(channel("sales").key(), emma.id())).isPresent();
    }

    @Test
    void someoneElseEditingTheMessageChangesNothing() {
        long gap = gapOf(ask("alice", GRID));
        Said hugo = ask("hugo", "where is the price grid for 2024 ?");

        chat.edited(channel("sales"), Sender.of("emma"), hugo.id(), "where is the 2025 budget?", Instant.now());

        assertThat(gap(gap).orElseThrow().votes()).isEqualTo(2);
    }

    @Test
    void deletingTheGapsOwnMessagePassesItToTheNextAskerWithItsId() {
        Said first = ask("alice", GRID);
        long gap = gapOf(first);
        Said again = ask("hugo", "where is the price grid for 2024 ?");

        chat.deleted(channel("sales"), first.id(), Instant.now());

        Entry kept = gap(gap).orElseThrow();
        assertThat(kept.votes()).isEqualTo(1);
        assertThat(kept.title()).isEqualTo(GRID);
        assertThat(kept.source()).isEqualTo(again.id());
        assertThat(gapOf(ask("emma", "WHERE is the 2024 Price-Grid?"))).isEqualTo(gap);
    }

    @Test
    void editingTheGapsOwnMessageIntoAnotherQuestionLeavesTheGapToItsOtherAskers() {
        Said first = ask("alice", GRID);
        long gap = gapOf(first);
        ask("hugo", "where is the price grid for 2024 ?");

        chat.edited(channel("sales"), Sender.of("alice"), first.id(), "Where is the 2025 budget?", Instant.now());

        Entry kept = gap(gap).orElseThrow();
        assertThat(kept.title()).isEqualTo(GRID);
        assertThat(kept.votes()).isEqualTo(1);
    }

    @Test
    void aGapNobodyAsksAnyMoreIsGoneAndItsIdIsNotGivenAgain() {
        Said first = ask("alice", GRID);
        long gap = gapOf(first);
        Said again = ask("hugo", "where is the price grid for 2024 ?");

        chat.deleted(channel("sales"), again.id(), Instant.now());
        chat.deleted(channel("sales"), first.id(), Instant.now());

        assertThat(gap(gap)).isEmpty();
        assertThat(chat.dm("kim").says("/kb show " + gap).text()).isEqualTo("No entry #" + gap + " that you can see.");
        assertThat(gapOf(ask("emma", GRID))).isGreaterThan(gap);
    }
}
