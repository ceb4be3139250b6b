package dev.passerelle.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The duplicate lookup a capture makes ({@link KnowledgeIndex#similar}: the two titles only, no match statistics,
 * the index as it shows now) finds the same candidates as the full ranked search it replaced, on the folding cases
 * of {@code PainPointsAcrossLanguagesTests} and {@code GapFoldingTests}; and what the index does not show yet (the
 * entry captured a moment ago, or earlier in the same transaction) is still found, from the change log.
 */
class DuplicateLookupTests {

    @TempDir
    Path dir;

    /** The text first captured, its kind, the text said next, and whether the capture folds the second into it. */
    static Stream<Arguments> goldenCases() {
        return Stream.of(
                Arguments.of(DocKind.PAIN_POINT, "l'écran de la salle de réunion ne s'allume plus",
                        "the meeting room screen does not turn on anymore", true),
                Arguments.of(DocKind.PAIN_POINT, "the meeting room printer is broken",
                        "l'imprimante de la salle de réunion est cassée", true),
                Arguments.of(DocKind.PAIN_POINT, "l'écran de la salle de réunion ne s'allume plus",
                        "my expense report was rejected", false),
                Arguments.of(DocKind.QUESTION, "Where is the 2024 price grid?", "where is the price grid for 2024 ?",
                        true),
                Arguments.of(DocKind.QUESTION, "Where is the 2024 price grid?", "WHERE is the 2024 Price-Grid?", true),
                Arguments.of(DocKind.QUESTION, "Où est la grille tarifaire 2024 ?",
                        "Où est la grille tarifaire de 2024 ?", true),
                Arguments.of(DocKind.QUESTION, "Where is the 2024 price grid?", "Who approves travel expenses?",
                        false));
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @MethodSource("goldenCases")
    void theNarrowLookupFindsWhatTheFullSearchFinds(DocKind kind, String first, String next, boolean same) {
        try (Conversation chat = Conversation.open(dir, SynonymSettings.builtIn())) {
            chat.in("it").from("lucie").says(kind == DocKind.PAIN_POINT ? "#pain " + first : first);
            chat.in("it").from("kevin").says(kind == DocKind.PAIN_POINT ? "#pain " + next : next);
            KnowledgeIndex index = chat.passerelle().index();
            index.catchUp();
            double share = kind == DocKind.PAIN_POINT ? 0.6 : 1.0;
            int words = kind == DocKind.PAIN_POINT ? 2 : 1;
            // The pain lookup searches the problem said, without the words that only complain.
            String probe = kind == DocKind.PAIN_POINT ? new dev.passerelle.core.understanding.PainPhrases().problemIn(next)
                    : next;

            for (Language language : Language.values()) {
                SearchQuery query = new SearchQuery(probe, language, Audience.publicOnly(), Set.of(kind), 10, share,
                        words);
                assertThat(ids(index.similar(query).hits())).as("in %s", language)
                        .containsExactlyInAnyOrderElementsOf(ids(index.search(query)));
            }
            List<Entry> kept = kind == DocKind.PAIN_POINT
                    ? chat.passerelle().store().entries().list(EntryKind.PAIN_POINT, EntryStatus.DRAFT, 10)
                    : chat.passerelle().store().entries().list(EntryKind.QUESTION, EntryStatus.OPEN, 10);
            assertThat(kept).as("folded into the first one").hasSize(same ? 1 : 2);
        }
    }

    @Test
    void aPainPointRestatedInTheSameTransactionIsAPlusOneOnIt() {
        try (Conversation chat = Conversation.open(dir, SynonymSettings.builtIn())) {
            List<Outcome> outcomes = inOneTransaction(chat, "#pain the meeting room printer is broken",
                    "#pain l'imprimante de la salle de réunion est cassée");

            long first = outcomes.getFirst().captured().getFirst().id();
            assertThat(outcomes.getLast().captured().getFirst().id()).isEqualTo(first);
            assertThat(chat.entry(first).votes()).isEqualTo(2);
        }
    }

    @Test
    void aQuestionAskedAgainInTheSameTransactionIsOneGap() {
        try (Conversation chat = Conversation.open(dir, SynonymSettings.builtIn())) {
            inOneTransaction(chat, "Where is the 2024 price grid?", "where is the price grid for 2024 ?");

            assertThat(chat.passerelle().store().entries().list(EntryKind.QUESTION, EntryStatus.OPEN, 10))
                    .singleElement().extracting(Entry::votes).isEqualTo(2);
        }
    }

    @Test
    void aQuestionAskedAgainRightAfterItsGapIsFoldedBeforeTheIndexShowsIt() {
        try (Conversation chat = Conversation.open(dir, SynonymSettings.builtIn())) {
            chat.in("sales").from("alice").says("Où est la grille tarifaire 2024 ?");
            chat.in("sales").from("hugo").says("où est la grille tarifaire 2024?");
            chat.in("sales").from("emma").says("Où est la grille tarifaire de 2024 ?");

            assertThat(chat.passerelle().store().entries().list(EntryKind.QUESTION, EntryStatus.OPEN, 10))
                    .singleElement().extracting(Entry::votes).isEqualTo(3);
        }
    }

    /** Two messages from two people in #it, applied as the history import does: in one transaction. */
    private static List<Outcome> inOneTransaction(Conversation chat, String first, String next) {
        var bot = chat.passerelle().bot();
        return chat.passerelle().store().transactions().inTransaction(() -> List.of(
                bot.handle(chat.in("it").from("lucie").inbound("h1", first)),
                bot.handle(chat.in("it").from("kevin").inbound("h2", next))));
    }

    private static List<Long> ids(List<Hit> hits) {
        return hits.stream().map(Hit::id).toList();
    }
}
