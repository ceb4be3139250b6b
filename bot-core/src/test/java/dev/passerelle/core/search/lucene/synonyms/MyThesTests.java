package dev.passerelle.core.search.lucene.synonyms;

import static dev.passerelle.core.search.lucene.synonyms.SystemDictionaries.SYSTEM;
import static dev.passerelle.core.search.lucene.synonyms.SystemDictionaries.assumeInstalled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.vocabulary.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MyThes thesauri as Debian installs them: the short synonyms of a word's first meaning, in its language. */
class MyThesTests {

    @Test
    void findsEnglishSynonymsWithoutTheirGrammarNotes() {
        assumeInstalled(MyThes.Thesaurus.EN);
        try (MyThes thesauri = MyThes.open(SYSTEM)) {
            // invoice: "(noun)|bill|account|statement (generic term)|…"
            assertThat(texts(thesauri, "invoice", Language.EN)).containsExactly("bill", "account");
            assertThat(texts(thesauri, "laptop", Language.EN)).containsExactly("laptop computer");
            assertThat(thesauri.alternatives("invoice", Language.FR)).isEmpty();
        }
    }

    @Test
    void findsFrenchSynonymsCappedToAFew() {
        assumeInstalled(MyThes.Thesaurus.FR);
        try (MyThes thesauri = MyThes.open(SYSTEM)) {
            assertThat(texts(thesauri, Keys.of("congé"), Language.FR)).hasSize(Senses.MAX).contains("permission");
            assertThat(thesauri.alternatives(Keys.of("congé"), Language.FR)).allSatisfy(alternative ->
                    assertThat(alternative.language()).isEqualTo(Language.FR));
        }
    }

    @Test
    void readsTheFirstMeaningOfAnEntry() {
        assertThat(MyThes.firstMeaning("printer|3\n(noun)|pressman|skilled worker (generic term)\n(noun)|peripheral\n"))
                .containsExactly("pressman", "skilled worker (generic term)");
        assertThat(MyThes.firstMeaning("truncated|1\n")).isEmpty();
    }

    @Test
    void hasNothingWhereTheThesauriAreNotInstalled(@TempDir Path empty) {
        try (MyThes thesauri = MyThes.open(empty)) {
            assertThat(thesauri.has(MyThes.Thesaurus.EN)).isFalse();
            assertThat(thesauri.alternatives("invoice", Language.EN)).isEmpty();
        }
    }

    private static List<String> texts(MyThes thesauri, String key, Language asker) {
        return thesauri.alternatives(key, asker).stream().map(Alternative::text).toList();
    }
}
