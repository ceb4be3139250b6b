package dev.passerelle.core.understanding;

import dev.passerelle.core.vocabulary.Language;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTests {

    // The fallback is the other language, so a pass proves the message itself was read.
    private final LanguageDetector fallingBackToEnglish = new LanguageDetector(Language.EN);
    private final LanguageDetector fallingBackToFrench = new LanguageDetector(Language.FR);

    @ParameterizedTest
    @ValueSource(strings = {
        "qui connaît le CRM ?",
        "merci !",
        "Merci",
        "Astuce : Ctrl+K ouvre la recherche",
        "Bonjour tout le monde",
        "C'est galère de poser des congés",
        "c’est exactement ça",
        "Est-ce que le VPN est obligatoire",
        "Où est le wiki RH",
        "Réunion à 14h",
        "Le build plante encore",
        "Dispo demain ?",
        "j'ai mis à jour la procédure",
        "Quelqu'un connaît Salesforce ?",
        "On fait comment pour les notes de frais",
        "Pourquoi le déploiement échoue",
        "ras le bol",
        "Bon à savoir : la paie est clôturée le 20",
        "QUI CONNAIT LE CRM",
    })
    void readsFrenchMessagesAsFrench(String message) {
        assertThat(fallingBackToEnglish.detect(message)).isEqualTo(Language.FR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "who knows Salesforce?",
        "thanks!",
        "Thank you",
        "thx",
        "TIL Postgres has a CITEXT type",
        "Tip: use git switch - to go back",
        "Hello team",
        "How do I reset my password?",
        "The deploy pipeline keeps breaking",
        "Is the API down",
        "What is the SLA for P1",
        "Where is the runbook",
        "Anyone familiar with Terraform?",
        "That's it",
        "we waste so much time on reconciliations",
        "Can someone review my PR",
        "I’m blocked by the proxy",
        "WHO IS THE EXPERT ON SAP",
    })
    void readsEnglishMessagesAsEnglish(String message) {
        assertThat(fallingBackToFrench.detect(message)).isEqualTo(Language.EN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void fallsBackWhenAMessageCarriesNoCue(Language fallback) {
        var detector = new LanguageDetector(fallback);

        assertThat(detector.detect("CRM ?")).isEqualTo(fallback);
        assertThat(detector.detect("ok")).isEqualTo(fallback);
        assertThat(detector.detect("+1")).isEqualTo(fallback);
        assertThat(detector.detect("👍")).isEqualTo(fallback);
        assertThat(detector.detect("")).isEqualTo(fallback);
        assertThat(detector.detect("SAP S/4HANA 2023")).isEqualTo(fallback);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Le build est cassé, can someone have a look please?     | EN
        On a un souci avec le deploy, any idea?                  | FR
        Le meeting de demain est annulé, sorry                   | FR
        Quick update: the release is delayed to Monday, désolé   | EN
        J'ai pushé le fix sur la branche, tu peux check ?       | FR
        """)
    void leansFranglaisToItsMajority(String message, Language expected) {
        assertThat(fallingBackToFrench.detect(message)).isEqualTo(expected);
        assertThat(fallingBackToEnglish.detect(message)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mercier", "Theo", "Lesage", "Isidore", "Tipton"})
    void ignoresCuesInsideLongerWords(String name) {
        assertThat(fallingBackToEnglish.detect(name)).isEqualTo(Language.EN);
        assertThat(fallingBackToFrench.detect(name)).isEqualTo(Language.FR);
    }
}
