package dev.passerelle.core.search.lucene;

import static dev.passerelle.core.search.lucene.AnalyzerAssertions.assertAnalyzesTo;
import static dev.passerelle.core.search.lucene.AnalyzerAssertions.termsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishTextAnalyzerTests {

    private final Analyzer english = new EnglishTextAnalyzer();

    @AfterEach
    void closeAnalyzer() {
        english.close();
    }

    @ParameterizedTest(name = "\"{0}\" -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
        invoices                  | invoic
        invoicing                 | invoic
        Invoiced                  | invoic
        Salesforce's              | salesforc
        Salesforce’s              | salesforc
        the team's invoices       | team invoic
        the invoicing problems    | invoic problem
        Password reset            | password reset
        Deployment                | deploy
        running runs              | run run
        connections connected     | connect connect
        Café résumé               | cafe resum
        naïve Zoë                 | naiv zoe
        CRM                       | crm
        Problème facture          | problem factur
        """)
    void analyzesToTheGoldenTerms(String text, String terms) {
        assertAnalyzesTo(english, text, terms);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a an the and or of to is",
        "is it there",
        "it's",
        "",
        "?!",
    })
    void keepsNothingOfStopWordsAndPunctuation(String text) {
        assertAnalyzesTo(english, text, "");
    }

    @ParameterizedTest(name = "\"{0}\" meets \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        invoices             | invoicing
        Salesforce's exports | salesforce export
        résumé               | RESUME
        connection           | Connecting
        """)
    void bringsInflectionsPossessivesAccentsAndCaseTogether(String one, String other) {
        assertThat(termsOf(english, one)).isNotEmpty().isEqualTo(termsOf(english, other));
    }
}
