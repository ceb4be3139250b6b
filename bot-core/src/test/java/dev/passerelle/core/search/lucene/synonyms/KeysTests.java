package dev.passerelle.core.search.lucene.synonyms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How phrases are looked up: the same key for the ways people write the same words. */
class KeysTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Notes de frais      | note de frai
            note de frais       | note de frai
            l'imprimante        | imprimante
            Imprimantes         | imprimante
            congés              | conge
            Congé               | conge
            e-mail              | e mail
            bureaux             | bureau
            process             | process
            VPN                 | vpn
            Salesforce's        | salesforce
            """)
    void givesTheSameKeyToTheWaysAPhraseIsWritten(String phrase, String key) {
        assertThat(Keys.of(phrase)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ' '
            ?!
            l'
            """)
    void givesNoKeyToTextWithoutAWord(String phrase) {
        assertThat(Keys.of(phrase)).isEmpty();
    }
}
