package dev.passerelle.core.search.lucene.synonyms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.core.vocabulary.Language;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in French↔English vocabulary: it parses, it is large, and it never says two things of one term. */
class WorkplaceVocabularyTests {

    private static final WorkplaceVocabulary VOCABULARY = WorkplaceVocabulary.load();

    @Test
    void holdsSeveralHundredMeanings() {
        assertThat(VOCABULARY.lines()).hasSizeGreaterThanOrEqualTo(400);
        long pairs = VOCABULARY.lines().stream().mapToLong(line -> (long) line.french().size() * line.english().size())
                .sum();
        assertThat(pairs).isGreaterThanOrEqualTo(800);
    }

    @Test
    void givesEachTermOneMeaningOnly() {
        Map<String, Integer> lineOfKey = new HashMap<>();
        List<String> twice = VOCABULARY.lines().stream().flatMap(line -> Stream.concat(line.french().stream(),
                        line.english().stream()).map(Keys::of).distinct()
                        .filter(key -> lineOfKey.putIfAbsent(key, line.number()) != null)
                        .map(key -> "'" + key + "' on lines " + lineOfKey.get(key) + " and " + line.number()))
                .toList();

        assertThat(twice).isEmpty();
    }

    @Test
    void keepsEveryTermShortEnoughToBeLookedUpAsAPhrase() {
        List<String> tooLong = VOCABULARY.lines().stream()
                .flatMap(line -> Stream.concat(line.french().stream(), line.english().stream()))
                .filter(term -> Keys.tokens(term).size() > Keys.MAX_WORDS).toList();

        assertThat(tooLong).isEmpty();
    }

    @Test
    void translatesOnEveryLine() {
        List<Integer> untranslated = VOCABULARY.lines().stream()
                .filter(line -> keys(line.french()).equals(keys(line.english())))
                .map(WorkplaceVocabulary.Line::number).toList();

        assertThat(untranslated).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            note de frais        | expense report  | EN
            expense report       | note de frais   | FR
            congés               | PTO             | EN
            PTO                  | congés          | FR
            fiche de paie        | payslip         | EN
            mot de passe         | password        | EN
            devis                | quote           | EN
            communiqué de presse | press release   | EN
            laptop               | ordinateur portable | FR
            charte graphique     | brand guidelines | EN
            """)
    void findsTheOtherLanguagesTerms(String typed, String alternative, Language language) {
        assertThat(VOCABULARY.alternatives(Keys.of(typed), Language.EN))
                .contains(new Alternative(alternative, language, dev.passerelle.core.search.SynonymSource.BUILT_IN));
    }

    @Test
    void refusesALineWithoutBothSides() {
        assertThatThrownBy(() -> WorkplaceVocabulary.parse(List.of("# ok", "facture = invoice", "devis")))
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> WorkplaceVocabulary.parse(List.of("facture = ")))
                .hasMessageContaining("line 1");
    }

    private static Set<String> keys(List<String> terms) {
        return new HashSet<>(terms.stream().map(Keys::of).toList());
    }
}
