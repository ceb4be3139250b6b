package dev.passerelle.core.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.search.TextWords.Word;
import dev.passerelle.core.search.lucene.synonyms.FreeDict;
import dev.passerelle.core.search.lucene.synonyms.Synonyms;
import dev.passerelle.core.vocabulary.Language;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text's words as two texts are compared: with their confirmed translations, never the looser ones. */
class AnalyzedWordsTests {

    @Test
    void aWordCarriesItsBuiltInTranslation() {
        try (Synonyms synonyms = Synonyms.open(SynonymSettings.builtIn())) {
            List<Word> words = new AnalyzedWords(synonyms).of("imprimante", Language.FR);

            assertThat(words).singleElement().satisfies(word -> assertThat(word.english()).contains("printer"));
        }
    }

    @Test
    void thePhraseSaidGivesEachOfItsWordsThePhrasesTranslation() {
        try (Synonyms synonyms = Synonyms.open(SynonymSettings.builtIn())) {
            AnalyzedWords words = new AnalyzedWords(synonyms);
            List<Word> room = words.of("la salle de réunion", Language.FR);
            List<Word> english = new AnalyzedWords(synonyms).of("meeting room", Language.EN);

            assertThat(room).hasSize(2).allSatisfy(word -> assertThat(english).anyMatch(word::sameAs));
            assertThat(english).allSatisfy(word -> assertThat(room).anyMatch(word::sameAs));
        }
    }

    @Test
    void aWordAloneDoesNotTakeAPhrasesTranslation() {
        try (Synonyms synonyms = Synonyms.open(SynonymSettings.builtIn())) {
            // "congés = time off": "time" alone is not a holiday.
            List<Word> conges = new AnalyzedWords(synonyms).of("congés", Language.FR);
            List<Word> time = new AnalyzedWords(synonyms).of("time", Language.EN);

            assertThat(conges).singleElement().satisfies(word -> assertThat(word.sameAs(time.getFirst())).isFalse());
        }
    }

    @Test
    void aDictionaryTranslationCountsOnlyWhenBothDirectionsGiveIt() {
        assumeTrue(FreeDict.Direction.FRA_ENG.installedUnder(SynonymSettings.SYSTEM_DATA)
                && FreeDict.Direction.ENG_FRA.installedUnder(SynonymSettings.SYSTEM_DATA),
                "dict-freedict-fra-eng and dict-freedict-eng-fra are not installed");
        try (Synonyms synonyms = Synonyms.open(new SynonymSettings(null, EnumSet.of(SynonymSource.FREEDICT),
                SynonymSettings.SYSTEM_DATA))) {
            AnalyzedWords words = new AnalyzedWords(synonyms);

            // froid -> cold and cold -> froid; printer -> imprimeur only, imprimante -> printer.
            assertThat(words.of("froid", Language.FR).getFirst().sameAs(words.of("cold", Language.EN).getFirst()))
                    .isTrue();
            assertThat(words.of("printer", Language.EN).getFirst().french()).doesNotContain("imprimant");
        }
    }
}
