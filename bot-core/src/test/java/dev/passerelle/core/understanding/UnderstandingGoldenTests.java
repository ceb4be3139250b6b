package dev.passerelle.core.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.vocabulary.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tables, French and English: what a message is read as (its intent's kind), and what it is
 * about (topic, team, answer) where the kind carries one. Blank cells mean "none".
 */
class UnderstandingGoldenTests {

    private final MessageReader reader = new MessageReader(new LanguageDetector(Language.EN));

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            bonjour                                  | SmallTalk    | GREETING
            salut !                                  | SmallTalk    | GREETING
            hello                                    | SmallTalk    | GREETING
            hi there                                 | SmallTalk    | GREETING
            good morning                             | SmallTalk    | GREETING
            Bonjour Passerelle 👋                    | SmallTalk    | GREETING
            ça va ?                                  | SmallTalk    | OTHER
            how are you                              | SmallTalk    | OTHER
            How are you?                             | SmallTalk    | OTHER
            bonne journée                            | SmallTalk    | OTHER
            ok                                       | SmallTalk    | OTHER
            cool                                     | SmallTalk    | OTHER
            🎉                                       | SmallTalk    | OTHER
            merci                                    | Confirmation |
            thanks!                                  | Confirmation |
            merci beaucoup !                         | Confirmation |
            👍                                       | Confirmation |
            VPN                                      | Chatter      |
            press kit                                | Chatter      |
            expense report                           | Chatter      |
            Where's the 2024 price grid              | Chatter      |
            How to make font strikethrough on github. | Chatter     |
            "Bonjour, où est le wiki RH ?"           | Question     |
            how are you supposed to book a room?     | Question     |
            ?                                        | Question     |
            """)
    void readsSmallTalkThanksAndBareWords(String message, String kind, String smallTalk) {
        Intent intent = reader.read(message).intent();

        assertThat(intent.getClass().getSimpleName()).isEqualTo(kind);
        if (smallTalk != null) {
            assertThat(((Intent.SmallTalk) intent).kind()).hasToString(smallTalk);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            who approves a discount above 20%?            | discount above 20%
            Who approves expense reports                  | expense reports
            who do I ping for outages?                    | outages
            who signs off on the press release?           | press release
            Who is responsible for the VPN?               | VPN
            qui valide un communiqué ?                    | communiqué
            Qui doit signer le bon de commande ?          | signer le bon de commande
            à qui demander pour un accès au CRM ?         | pour un accès au CRM
            "Bonjour, qui valide les notes de frais ?"    | notes de frais
            """)
    void readsWhoDoesQuestionsAsAnswerSeekingWithTheirTopic(String message, String topic) {
        assertThat(reader.read(message).intent()).isEqualTo(new Intent.WhoDoes(message, topic));
    }

    @ParameterizedTest(name = "{0} → {1} / {2} outside={3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            who in Sales knows Salesforce?             | Salesforce      | Sales     | false
            who outside Sales knows Salesforce?        | Salesforce      | Sales     | true
            who on the Finance team knows SAP?         | SAP             | Finance   | false
            does anyone in Finance know SAP?           | SAP             | Finance   | false
            someone from IT who knows Kafka?           | Kafka           | IT        | false
            qui en Finance connaît les notes de frais ? | notes de frais | Finance   | false
            quelqu'un du Marketing connaît Canva ?     | Canva           | Marketing | false
            qui hors Ventes connaît le CRM ?           | CRM             | Ventes    | true
            qui dans l'équipe Support connaît Zendesk ? | Zendesk        | Support   | false
            who in this channel knows Terraform?       | Terraform       |           |
            qui connaît le CRM ?                       | CRM             |           |
            """)
    void readsTeamQualifiersApartFromTheTopic(String message, String topic, String team, Boolean outside) {
        Intent.WhoKnows expected = new Intent.WhoKnows(topic, team == null ? null : new TeamFilter(team, outside));

        assertThat(reader.read(message).intent()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Trouvé : il faut passer par le portail RH"          | il faut passer par le portail RH
            "Je me réponds : le lien est dans le wiki IT"       | le lien est dans le wiki IT
            "found it: the token is in the vault under ops"     | the token is in the vault under ops
            "nevermind, solved: restart the agent after login"  | restart the agent after login
            "solved it - clear the browser cache and retry"     | clear the browser cache and retry
            "en fait il faut redémarrer le poste avant"         | Il faut redémarrer le poste avant
            "actually you need to log out and back in"          | You need to log out and back in
            "Trouvé, merci Paul !"                              |
            "merci, ça marche !"                                |
            "found the culprit yesterday"                       |
            "Trouvé !"                                          |
            """)
    void cutsTheOpenerOffSelfAnswers(String message, String answer) {
        assertThat(reader.read(message).selfAnswer()).isEqualTo(answer);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "c'est galère, l'imprimante du 2e étage se bloque tous les jours" | ", l'imprimante du 2e étage se bloque tous les jours"
            "#irritant On perd un temps fou avec les notes de frais"         | "avec les notes de frais"
            "so frustrating: the VPN drops every afternoon #vpn"             | ": the VPN drops every afternoon #vpn"
            "The printer on floor 2 jams every day"                          | "The printer on floor 2 jams every day"
            """)
    void leavesOnlyTheProblemOfAPainPoint(String message, String problem) {
        assertThat(new PainPhrases().problemIn(message)).isEqualTo(problem);
    }
}
