package dev.passerelle.core.search.lucene.synonyms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question's expansion over every source: phrases first, each word of a phrase getting its alternatives. */
class SynonymsTests {

    @TempDir
    Path temp;

    @Test
    void givesEveryWordOfAMatchedPhraseThePhrasesAlternatives() {
        try (Synonyms synonyms = Synonyms.open(SynonymSettings.builtIn())) {
            Map<String, List<Alternative>> expansion = synonyms.expand("how do I file an expense report?", Language.EN);

            assertThat(texts(expansion, "expense")).contains("note de frais");
            assertThat(texts(expansion, "report")).contains("note de frais");
            assertThat(texts(expansion, "file")).doesNotContain("note de frais");
        }
    }

    @Test
    void prefersTheLongestPhrase() {
        try (Synonyms synonyms = Synonyms.open(SynonymSettings.builtIn())) {
            // "mot de passe oublié" is a line of its own, "mot de passe" another.
            assertThat(texts(synonyms.expand("mot de passe oublié", Language.FR), "mot"))
                    .contains("forgot password").doesNotContain("password");
            assertThat(texts(synonyms.expand("mot de passe", Language.FR), "mot")).containsExactly("password");
        }
    }

    @Test
    void ranksTheGlossaryAboveTheBuiltInVocabulary() throws IOException {
        Path glossary = Files.writeString(temp.resolve("glossary.txt"), "facture = Chorus\n", StandardCharsets.UTF_8);
        try (Synonyms synonyms = Synonyms.open(new SynonymSettings(glossary,
                EnumSet.of(SynonymSource.GLOSSARY, SynonymSource.BUILT_IN), temp))) {
            List<Alternative> alternatives = synonyms.expand("facture", Language.FR).get("facture");

            assertThat(alternatives.getFirst().text()).isEqualTo("Chorus");
            assertThat(alternatives).extracting(Alternative::text).contains("invoice", "bill");
            assertThat(alternatives).isSortedAccordingTo((a, b) -> Float.compare(b.weight(), a.weight()));
        }
    }

    @Test
    void matchesEachSourceOnItsOwnSoOnesPhraseDoesNotHideAnothersWord() throws IOException {
        Path glossary = Files.writeString(temp.resolve("glossary.txt"), "password manager = Bitwarden\n",
                StandardCharsets.UTF_8);
        try (Synonyms synonyms = Synonyms.open(new SynonymSettings(glossary,
                EnumSet.of(SynonymSource.GLOSSARY, SynonymSource.BUILT_IN), temp))) {
            Map<String, List<Alternative>> expansion = synonyms.expand("password manager", Language.EN);

            assertThat(texts(expansion, "password")).contains("Bitwarden", "mot de passe");
            assertThat(texts(expansion, "manager")).contains("Bitwarden", "responsable");
        }
    }

    @Test
    void worksWithNoneOfTheSystemDictionariesInstalled() {
        try (Synonyms synonyms = Synonyms.open(new SynonymSettings(null, EnumSet.allOf(SynonymSource.class), temp))) {
            assertThat(synonyms.isEmpty()).isFalse();
            assertThat(texts(synonyms.expand("imprimante", Language.FR), "imprimante")).containsExactly("printer");
        }
    }

    @Test
    void expandsNothingWithoutSources() {
        assertThat(Synonyms.none().expand("note de frais", Language.FR)).isEmpty();
    }

    private static List<String> texts(Map<String, List<Alternative>> expansion, String word) {
        return expansion.getOrDefault(word, List.of()).stream().map(Alternative::text).toList();
    }
}
