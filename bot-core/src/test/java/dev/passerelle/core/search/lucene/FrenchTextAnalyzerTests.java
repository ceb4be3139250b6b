package dev.passerelle.core.search.lucene;

import static dev.passerelle.core.search.lucene.AnalyzerAssertions.assertAnalyzesTo;
import static dev.passerelle.core.search.lucene.AnalyzerAssertions.termsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchTextAnalyzerTests {

    private final Analyzer french = new FrenchTextAnalyzer();

    @AfterEach
    void closeAnalyzer() {
        french.close();
    }

    @ParameterizedTest(name = "\"{0}\" -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
        problèmes de facturation    | problem factur
        probleme facture            | problem factur
        Problème avec une facture   | problem factur
        Factures fournisseurs       | factur fournisseur
        l'équipe d'achats           | equip achat
        L’équipe d’achats           | equip achat
        qu'il envoie l'export       | envoi export
        ÉQUIPE                      | equip
        Élodie connaît le réseau    | elod con reseau
        crème brûlée                | crem brule
        cœur de métier              | coeur meti
        déploiement                 | deploi
        déployer                    | deploi
        mots de passe               | mot pass
        Salesforce et le CRM        | salesforc crm
        notes de frais              | not frais
        """)
    void analyzesToTheGoldenTerms(String text, String terms) {
        assertAnalyzesTo(french, text, terms);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "le la les un une des du et ou",
        "pour avec dans sur par",
        "jusqu'à lorsqu'il",
        "à qui ?",
        "",
        "... !!! ???",
    })
    void keepsNothingOfStopWordsAndPunctuation(String text) {
        assertAnalyzesTo(french, text, "");
    }

    @ParameterizedTest(name = "\"{0}\" meets \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        problèmes de facturation | probleme facture
        l'équipe                 | equipe
        Déploiements             | deploiement
        réunions                 | REUNION
        procédure                | procedures
        événements               | evenement
        """)
    void bringsInflectionsAccentsAndCaseTogether(String one, String other) {
        assertThat(termsOf(french, one)).isNotEmpty().isEqualTo(termsOf(french, other));
    }

    @ParameterizedTest(name = "\"{0}\" meets \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        sécurité      | securite
        congés payés  | conges payes
        employés      | employes
        accès         | acces
        clôturée      | cloturee
        intégrée      | integree
        """)
    void bringsAWordTypedWithoutAccentsTogetherWithItsAccentedSpelling(String accented, String plain) {
        assertThat(termsOf(french, plain)).isEqualTo(termsOf(french, accented));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        facturation | factur
        facture     | factur
        factures    | factur
        facturé     | factur
        """)
    void stemsTheFacturationFamilyToOneTerm(String word, String stem) {
        assertAnalyzesTo(french, word, stem);
    }
}
