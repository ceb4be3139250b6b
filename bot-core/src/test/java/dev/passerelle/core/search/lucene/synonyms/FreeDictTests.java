package dev.passerelle.core.search.lucene.synonyms;

import static dev.passerelle.core.search.lucene.synonyms.SystemDictionaries.SYSTEM;
import static dev.passerelle.core.search.lucene.synonyms.SystemDictionaries.assumeInstalled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.vocabulary.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FreeDict dictionaries as Debian installs them: read from their files, a few short translations per word from
 * every sense, both directions read together.
 */
class FreeDictTests {

    @Test
    void translatesFrenchWordsForFrenchAskers() {
        assumeInstalled(FreeDict.Direction.FRA_ENG);
        FreeDict dictionary = FreeDict.open(SYSTEM);

        assertThat(texts(dictionary, "facture", Language.FR)).contains("invoice");
        assertThat(texts(dictionary, "imprimante", Language.FR)).containsExactly("printer");
        assertThat(dictionary.alternatives("imprimante", Language.FR)).allSatisfy(alternative ->
                assertThat(alternative.language()).isEqualTo(Language.EN));
        assertThat(dictionary.headwords(FreeDict.Direction.FRA_ENG)).isGreaterThan(5_000);
    }

    @Test
    void translatesEnglishWordsForEnglishAskersOnly() {
        assumeInstalled(FreeDict.Direction.ENG_FRA);
        FreeDict dictionary = FreeDict.open(SYSTEM);

        assertThat(texts(dictionary, "invoice", Language.EN)).containsExactly("facture");
        assertThat(texts(dictionary, "computer", Language.EN)).containsExactly("ordinateur");
        assertThat(dictionary.alternatives("invoice", Language.FR)).isEmpty();
    }

    @Test
    void keepsAtMostAFewShortTerms() {
        assumeInstalled(FreeDict.Direction.FRA_ENG);
        FreeDict dictionary = FreeDict.open(SYSTEM);

        // "à": seven numbered senses, the first "at, to, toward, towards".
        assertThat(texts(dictionary, "a", Language.FR)).hasSizeLessThanOrEqualTo(BilingualEntries.MAX)
                .allSatisfy(term -> assertThat(term.split(" ")).hasSizeLessThanOrEqualTo(2));
    }

    @Test
    void findsATranslationInALaterSense() {
        assumeInstalled(FreeDict.Direction.FRA_ENG);
        FreeDict dictionary = FreeDict.open(SYSTEM);

        // "vieux": 1. decayed, decrepit, dilapidated, lapsed, rickety 2. old
        assertThat(texts(dictionary, Keys.of("vieux"), Language.FR)).contains("old");
        assertThat(texts(dictionary, Keys.of("vieille"), Language.FR)).contains("old");
    }

    @Test
    void readsTheOtherDirectionBackwards() {
        assumeInstalled(FreeDict.Direction.FRA_ENG);
        FreeDict dictionary = FreeDict.open(SYSTEM);

        // eng-fra's "old" gives "vieux, olda" and "ancien"; fra-eng's "vieille" translates to "old".
        assertThat(texts(dictionary, "old", Language.EN)).contains("vieux", "vieille");
    }

    @Test
    void confirmsTheTranslationsBothDirectionsGive() {
        assumeInstalled(FreeDict.Direction.FRA_ENG);
        assumeInstalled(FreeDict.Direction.ENG_FRA);
        FreeDict dictionary = FreeDict.open(SYSTEM);

        assertThat(dictionary.alternatives(Keys.of("étage"), Language.FR)).first()
                .satisfies(floor -> assertThat(floor).extracting(Alternative::text, Alternative::confirmed)
                        .containsExactly("floor", true));
        assertThat(dictionary.alternatives("floor", Language.EN)).filteredOn(Alternative::confirmed)
                .extracting(Alternative::text).contains("étage");
        // eng-fra translates "old", "decayed", "decrepit"... as "vieux": all confirmed, "old" among the first.
        assertThat(dictionary.alternatives(Keys.of("vieux"), Language.FR).subList(0, 2)).extracting(Alternative::text)
                .contains("old");
        // eng-fra gives "printer" as "imprimeur" only: "imprimante", read backwards, is found but not confirmed.
        assertThat(dictionary.alternatives("printer", Language.EN)).filteredOn(a -> a.text().equals("imprimante"))
                .singleElement().satisfies(imprimante -> assertThat(imprimante.confirmed()).isFalse());
    }

    @Test
    void readsEverySenseOfAnEntry() {
        assertThat(FreeDict.senses("congé /kɔ̃ʒe/ <n, masc>\n1. spare time, time off, vacation\n2. discharge\n"))
                .containsExactly(List.of("spare time", "time off", "vacation"), List.of("discharge"));
        assertThat(FreeDict.senses("facture /faktyʀ/ <n, fem>\naccount, bill, invoice\n"))
                .containsExactly(List.of("account", "bill", "invoice"));
        assertThat(FreeDict.senses("lonely headword\n")).isEmpty();
    }

    @Test
    void readsTheIndexesBase64Numbers() {
        assertThat(FreeDict.base64("B")).isEqualTo(1);
        assertThat(FreeDict.base64("ggI")).isEqualTo(32 * 64 * 64 + 32 * 64 + 8);
        assertThat(FreeDict.base64("?")).isNegative();
    }

    @Test
    void hasNothingWhereTheDictionariesAreNotInstalled(@TempDir Path empty) {
        FreeDict dictionary = FreeDict.open(empty);

        assertThat(dictionary.has(FreeDict.Direction.FRA_ENG)).isFalse();
        assertThat(dictionary.alternatives("facture", Language.FR)).isEmpty();
    }

    private static List<String> texts(FreeDict dictionary, String key, Language asker) {
        return dictionary.alternatives(key, asker).stream().map(Alternative::text).toList();
    }
}
