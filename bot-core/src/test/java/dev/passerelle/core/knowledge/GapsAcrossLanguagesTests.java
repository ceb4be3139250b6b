package dev.passerelle.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A question nobody could answer, asked in French and then in English (or the other way), is one gap asked twice,
 * as a rewording in one language is; a different question in the other language is a gap of its own, even when it
 * shares all words but one. On a real store and index holding a small company's knowledge, with the built-in
 * vocabulary, what every machine has.
 */
@WithConversation(knowledgeManagers = "kim")
class GapsAcrossLanguagesTests {

    Conversation chat;

    @BeforeEach
    void knowledge() {
        LumenKnowledge.postedBy(chat, "kim");
    }

    static long gapOf(Said asked) {
        return asked.outcome().captured().stream().filter(c -> c.kind() == EntryKind.QUESTION).findFirst()
                .orElseThrow(() -> new AssertionError("no gap noted for: " + asked.text())).id();
    }

    /** The question first asked, the one asked next in the same channel, and whether they ask the same thing. */
    static Stream<Arguments> askedInBothLanguages() {
        return Stream.of(
                Arguments.of("comment réserver une salle de réunion au siège",
                        "how do I book a meeting room at headquarters", true),
                Arguments.of("how do I book a meeting room at headquarters",
                        "comment réserver une salle de réunion au siège ?", true),
                Arguments.of("Comment réserver une salle de réunion", "how to book a conference room?", true),
                Arguments.of("où est la fiche de paie de janvier ?", "where is the January payslip?", true),
                Arguments.of("comment commander un nouvel écran", "how do I order a new monitor", true),
                Arguments.of("comment ajouter une signature à mes e-mails ?", "how do I add a signature to my emails?",
                        true),
                Arguments.of("comment réserver une salle de réunion au siège", "how do I book a meeting room in Lyon",
                        false),
                Arguments.of("où est la fiche de paie de janvier", "where is the February payslip", false),
                Arguments.of("comment demander un jour de congé", "how do I cancel a day off", false),
                Arguments.of("comment commander un nouvel écran", "how do I order a new laptop", false),
                Arguments.of("comment réserver une salle de réunion au siège", "how do I book a train ticket", false));
    }

    @ParameterizedTest(name = "{0} / {1}: same {2}")
    @MethodSource
    void askedInBothLanguages(String first, String next, boolean same) {
        long gap = gapOf(chat.in("general").from("alice").toBot().says(first));
        long again = gapOf(chat.in("general").from("bob").toBot().says(next));

        if (same) {
            assertThat(again).as("one more ask of the gap first noted").isEqualTo(gap);
            assertThat(chat.entry(gap).votes()).isEqualTo(2);
        } else {
            assertThat(again).as("a gap of its own").isNotEqualTo(gap);
            assertThat(chat.entry(gap).votes()).isEqualTo(1);
        }
    }

    @Test
    void theSamePersonAskingInFrenchThenInEnglishInTheirDirectMessagesKeepsOneGap() {
        long gap = gapOf(chat.dm("hugo").says("comment réserver une salle de réunion au siège"));

        assertThat(gapOf(chat.dm("hugo").says("how do I book a meeting room at headquarters"))).isEqualTo(gap);
        assertThat(chat.passerelle().store().entries().list(EntryKind.QUESTION, EntryStatus.OPEN, 50))
                .extracting(Entry::title).containsOnlyOnce("comment réserver une salle de réunion au siège")
                .doesNotContain("how do I book a meeting room at headquarters");
    }

    @Test
    void theGapListGroupsTheSameQuestionAskedInBothLanguagesAndNotADifferentOne() {
        long french = gapOf(chat.dm("hugo").says("comment réserver une salle de réunion au siège"));
        long english = gapOf(chat.dm("emma").says("how do I book a meeting room at headquarters"));
        long lyon = gapOf(chat.dm("lea").says("how do I book a meeting room in Lyon"));

        String list = chat.dm("kim").says("/kb gaps").text();

        assertThat(List.of(french, english, lyon)).doesNotHaveDuplicates();
        assertThat(list).contains("#" + french + " “comment réserver une salle de réunion au siège” — 2 askers (same "
                + "question as #" + english + ")");
        assertThat(list).contains("#" + lyon + " “how do I book a meeting room in Lyon” — 1 asker");
    }
}
