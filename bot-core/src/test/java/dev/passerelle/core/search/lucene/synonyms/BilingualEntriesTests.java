package dev.passerelle.core.search.lucene.synonyms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.search.lucene.synonyms.BilingualEntries.Entry;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How two dictionaries, one each way, make one table of translations: senses interleaved, agreement first. */
class BilingualEntriesTests {

    private static final List<Entry> FRENCH_ENGLISH = List.of(
            new Entry("vieux", List.of(List.of("decayed", "decrepit", "dilapidated", "lapsed", "rickety"),
                    List.of("old"))),
            new Entry("marié", List.of(List.of("married"))),
            new Entry("marié", List.of(List.of("groom", "bridegroom"))),
            new Entry("étage", List.of(List.of("floor", "storey"))),
            new Entry("plancher", List.of(List.of("floor"))));
    private static final List<Entry> ENGLISH_FRENCH = List.of(
            new Entry("old", List.of(List.of("vieux", "olda"), List.of("ancien"))),
            new Entry("floor", List.of(List.of("plancher"), List.of("étage"))),
            new Entry("storey", List.of(List.of("étage"))));

    @Test
    void putsTheFirstTermOfEverySenseBeforeTheSecondOfAny() {
        assertThat(BilingualEntries.bySense(List.of(List.of("a", "b", "c"), List.of("d"), List.of("e", "f"))))
                .containsExactly("a", "d", "e", "b", "f", "c");
    }

    @Test
    void keepsATranslationFromALaterSense() {
        Map<String, List<Alternative>> french = BilingualEntries.translations(FRENCH_ENGLISH, List.of(), Language.EN);

        assertThat(texts(french.get(Keys.of("vieux")))).containsExactly("decayed", "old", "decrepit");
    }

    @Test
    void mergesEntriesWithTheSameHeadword() {
        Map<String, List<Alternative>> french = BilingualEntries.translations(FRENCH_ENGLISH, List.of(), Language.EN);

        assertThat(texts(french.get(Keys.of("marié")))).containsExactly("married", "groom", "bridegroom");
    }

    @Test
    void putsWhatBothDirectionsAgreeOnFirstAndConfirmsIt() {
        Map<String, List<Alternative>> french = BilingualEntries.translations(FRENCH_ENGLISH, ENGLISH_FRENCH,
                Language.EN);

        List<Alternative> vieux = french.get(Keys.of("vieux"));
        assertThat(vieux.getFirst()).isEqualTo(new Alternative("old", Language.EN, SynonymSource.FREEDICT, true));
        assertThat(vieux.subList(1, vieux.size())).noneMatch(Alternative::confirmed);
        assertThat(texts(french.get(Keys.of("étage")))).startsWith("floor", "storey");
        assertThat(french.get(Keys.of("étage"))).allMatch(Alternative::confirmed);
    }

    @Test
    void findsWordsThroughTheOtherDirectionReadBackwards() {
        Map<String, List<Alternative>> english = BilingualEntries.translations(ENGLISH_FRENCH, FRENCH_ENGLISH,
                Language.FR);

        // "old" is in fra-eng under "vieux" only; "married" has no eng-fra entry at all.
        assertThat(english.get("old")).filteredOn(Alternative::confirmed).extracting(Alternative::text)
                .containsExactly("vieux");
        assertThat(texts(english.get("married"))).containsExactly("marié");
        assertThat(english.get("married")).allSatisfy(marie -> {
            assertThat(marie.confirmed()).isFalse();
            assertThat(marie.language()).isEqualTo(Language.FR);
        });
    }

    @Test
    void keepsAFewTranslationsOnly() {
        List<String> many = List.of("one", "two", "three", "four", "five", "six", "seven");
        List<Alternative> kept = BilingualEntries.merge("word", many, List.of("eight", "nine", "ten"), Language.FR);

        assertThat(texts(kept)).containsExactly("one", "two", "three", "eight", "nine");
        assertThat(kept).hasSize(BilingualEntries.MAX);
    }

    @Test
    void leavesOutNotesLongPhrasesAndTheWordItself() {
        List<Alternative> kept = BilingualEntries.merge("age", List.of("age", "(old) time", "a very long phrase", "era"),
                List.of(), Language.EN);

        assertThat(texts(kept)).containsExactly("era");
    }

    private static List<String> texts(List<Alternative> alternatives) {
        return alternatives.stream().map(Alternative::text).toList();
    }
}
