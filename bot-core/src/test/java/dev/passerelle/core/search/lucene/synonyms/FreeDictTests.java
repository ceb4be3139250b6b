package dev.passerelle.core.search.lucene.synonyms;

import static dev.passerelle.core.search.lucene.synonyms.SystemDictionaries.SYSTEM;
import static dev.passerelle.core.search.lucene.synonyms.SystemDictionaries.assumeInstalled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.vocabulary.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FreeDict dictionaries as Debian installs them: read from their files, only the short first sense kept. */
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
    void keepsAtMostAFewShortTermsOfTheFirstSense() {
        assumeInstalled(FreeDict.Direction.FRA_ENG);
        FreeDict dictionary = FreeDict.open(SYSTEM);

        // "à": seven numbered senses, the first "at, to, toward, towards".
        assertThat(texts(dictionary, "a", Language.FR)).hasSizeLessThanOrEqualTo(Senses.MAX)
                .allSatisfy(term -> assertThat(term.split(" ")).hasSizeLessThanOrEqualTo(2));
    }

    @Test
    void readsTheFirstSenseOfAnEntry() {
        assertThat(FreeDict.firstSense("congé /kɔ̃ʒe/ <n, masc>\n1. spare time, time off, vacation\n2. discharge\n"))
                .containsExactly("spare time", " time off", " vacation");
        assertThat(FreeDict.firstSense("facture /faktyʀ/ <n, fem>\naccount, bill, invoice\n"))
                .containsExactly("account", " bill", " invoice");
        assertThat(FreeDict.firstSense("lonely headword\n")).isEmpty();
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
