package dev.passerelle.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.search.lucene.synonyms.FreeDict;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pain point restated in the other language is a +1 on the one already open, and a different problem said in the
 * other language is a new one: the same matcher decides both ({@code Capture.sameProblem}), on a real store and
 * index, its words carrying their confirmed translations.
 */
class PainPointsAcrossLanguagesTests {

    @TempDir
    Path dir;

    /** The pain point first reported, the one reported next, and whether they say the same problem. */
    static Stream<Arguments> withTheDictionaries() {
        return Stream.of(
                Arguments.of("c'est pénible, le chauffage du bureau est en panne et il fait froid",
                        "so annoying, the office heating is broken and it is cold", true),
                Arguments.of("the wifi in the meeting room is slow", "le wifi de la salle de réunion est lent", true),
                Arguments.of("the coffee machine in the kitchen leaks", "la machine à café de la cuisine fuit", true),
                Arguments.of("le chauffage du bureau est en panne et il fait froid",
                        "the office printer is out of toner", false),
                Arguments.of("the wifi in the meeting room is slow", "la salle de réunion est toujours réservée",
                        false),
                Arguments.of("c'est galère de devoir changer de mot de passe tous les 90 jours",
                        "so frustrating, the printer on the second floor jams every day", false));
    }

    @ParameterizedTest(name = "{0} / {1}: same {2}")
    @MethodSource
    void withTheDictionaries(String first, String next, boolean same) {
        assumeTrue(FreeDict.Direction.FRA_ENG.installedUnder(SynonymSettings.SYSTEM_DATA)
                && FreeDict.Direction.ENG_FRA.installedUnder(SynonymSettings.SYSTEM_DATA),
                "dict-freedict-fra-eng and dict-freedict-eng-fra are not installed");
        try (Conversation chat = Conversation.open(dir, new SynonymSettings(null,
                EnumSet.of(SynonymSource.BUILT_IN, SynonymSource.FREEDICT, SynonymSource.MYTHES),
                SynonymSettings.SYSTEM_DATA))) {
            assertSame(chat, first, next, same);
        }
    }

    /** With the built-in vocabulary only, what every machine has: its one-word pairs are enough for these. */
    static Stream<Arguments> withTheBuiltInVocabulary() {
        return Stream.of(
                Arguments.of("l'écran de la salle de réunion ne s'allume plus",
                        "the meeting room screen does not turn on anymore", true),
                Arguments.of("the meeting room printer is broken", "l'imprimante de la salle de réunion est cassée",
                        true),
                Arguments.of("l'écran de la salle de réunion ne s'allume plus", "my expense report was rejected",
                        false));
    }

    @ParameterizedTest(name = "{0} / {1}: same {2}")
    @MethodSource
    void withTheBuiltInVocabulary(String first, String next, boolean same) {
        try (Conversation chat = Conversation.open(dir, SynonymSettings.builtIn())) {
            assertSame(chat, first, next, same);
        }
    }

    @Nested
    class WithoutTranslations {

        @Test
        void aRestatementInTheOtherLanguageIsANewPainPoint() {
            try (Conversation chat = Conversation.open(dir, SynonymSettings.none())) {
                assertSame(chat, "the office heating is broken and it is cold",
                        "le chauffage du bureau est en panne et il fait froid", false);
            }
        }
    }

    private static void assertSame(Conversation chat, String first, String next, boolean same) {
        long reported = chat.in("it").from("lucie").says("#pain " + first).capturedId();
        Said restated = chat.in("support").from("kevin").says("#pain " + next);

        if (same) {
            assertThat(restated.capturedId()).as("a +1 on the pain point first reported").isEqualTo(reported);
            assertThat(chat.entry(reported).votes()).isEqualTo(2);
        } else {
            assertThat(restated.capturedId()).as("a new pain point").isNotEqualTo(reported);
            assertThat(chat.entry(reported).votes()).isEqualTo(1);
        }
    }
}
