package dev.passerelle.core.understanding;

import dev.passerelle.core.vocabulary.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.passerelle.core.understanding.Intent.Chatter;
import dev.passerelle.core.understanding.Intent.Confirmation;
import dev.passerelle.core.understanding.Intent.Faq;
import dev.passerelle.core.understanding.Intent.Insight;
import dev.passerelle.core.understanding.Intent.PainPoint;
import dev.passerelle.core.understanding.Intent.Question;
import dev.passerelle.core.understanding.Intent.WhoKnows;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageReaderTests {

    private final MessageReader reader = new MessageReader(new LanguageDetector(Language.EN));

    private Intent intentOf(String message) {
        return reader.read(message).intent();
    }

    @Nested
    class KindTags {

        static Stream<Arguments> taggedMessages() {
            return Stream.of(
                    arguments("#faq Comment exporter les factures ? | Menu Facturation > Export",
                            new Faq("Comment exporter les factures ?", "Menu Facturation > Export", true), List.of()),
                    arguments("#faq How do I reset my VPN token? Open the self-service portal.",
                            new Faq("How do I reset my VPN token?", "Open the self-service portal.", true), List.of()),
                    arguments("#FAQ Où trouver le planning des astreintes ?",
                            new Faq("Où trouver le planning des astreintes ?", null, true), List.of()),
                    arguments("Comment poser des congés ? #faq | Dans l'outil RH, onglet Absences",
                            new Faq("Comment poser des congés ?", "Dans l'outil RH, onglet Absences", true), List.of()),
                    arguments("#faq Procédure de release | voir le wiki | section 3",
                            new Faq("Procédure de release", "voir le wiki | section 3", true), List.of()),
                    arguments("#faq Qui valide les notes de frais ? |",
                            new Faq("Qui valide les notes de frais ?", null, true), List.of()),
                    arguments("#faq Le mot de passe du Wi-Fi invités",
                            new Faq("Le mot de passe du Wi-Fi invités", null, true), List.of()),
                    arguments("#faq The pipe wins | over? the question mark",
                            new Faq("The pipe wins", "over? the question mark", true), List.of()),
                    arguments("#faq Comment relancer un client ? | Modèle dans #CRM #Facturation",
                            new Faq("Comment relancer un client ?", "Modèle dans #CRM #Facturation", true),
                            List.of("crm", "facturation")),
                    arguments("#astuce Ctrl+K ouvre la recherche rapide #slack",
                            new Insight("Ctrl+K ouvre la recherche rapide #slack", true), List.of("slack")),
                    arguments("#ASTUCE Exportez en CSV UTF-8", new Insight("Exportez en CSV UTF-8", true), List.of()),
                    arguments("#Àstucé Exportez en CSV UTF-8", new Insight("Exportez en CSV UTF-8", true), List.of()),
                    arguments("#insight Customers churn after the second failed payment",
                            new Insight("Customers churn after the second failed payment", true), List.of()),
                    arguments("#tip git switch - goes back to the previous branch",
                            new Insight("git switch - goes back to the previous branch", true), List.of()),
                    arguments("#TIL Postgres has a CITEXT type #postgres",
                            new Insight("Postgres has a CITEXT type #postgres", true), List.of("postgres")),
                    arguments("#irritant Le VPN coupe toutes les heures #Réseau",
                            new PainPoint("Le VPN coupe toutes les heures #Réseau", true), List.of("réseau")),
                    arguments("Le VPN #Irritant tombe tous les jours",
                            new PainPoint("Le VPN tombe tous les jours", true), List.of()),
                    arguments("The build is slow #pain", new PainPoint("The build is slow", true), List.of()),
                    arguments("#painpoint Expense reports need three approvals",
                            new PainPoint("Expense reports need three approvals", true), List.of()),
                    arguments("#Pain-Point Expense reports need three approvals",
                            new PainPoint("Expense reports need three approvals", true), List.of()));
        }

        @ParameterizedTest
        @MethodSource("taggedMessages")
        void capturesTheKindTheTagNamesAndRemovesOnlyThatTag(String message, Intent expected, List<String> tags) {
            Understanding understanding = reader.read(message);

            assertThat(understanding.intent()).isEqualTo(expected);
            assertThat(understanding.tags()).isEqualTo(tags);
        }

        @Test
        void tagsAKindEvenWhenTheTextWouldReadAsSomethingElse() {
            assertThat(intentOf("#faq qui connaît le CRM ? | Julie")).isEqualTo(new Faq("qui connaît le CRM ?", "Julie", true));
        }

        @Test
        void letsTheFirstKindTagWinWhenThereAreTwo() {
            assertThat(intentOf("#tip #irritant Restart the VPN client twice"))
                    .isEqualTo(new Insight("Restart the VPN client twice", true));
        }

        @Test
        void capturesNothingWhenOnlyTheKindTagIsLeft() {
            assertThat(intentOf("#faq")).isEqualTo(new Chatter());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Réunion #CRM #Facturation demain"              | crm,facturation
            "Point sur les #Données et #crm #CRM"           | données,crm
            "Nice #painting in the lobby"                   | painting
            "C# and page#anchor and <#C123|general> or #42" | ""
            """)
        void keepsOtherHashtagsLowerCasedWithTheirAccents(String message, String tags) {
            Understanding understanding = reader.read(message);

            assertThat(understanding.tags()).isEqualTo(tags.isEmpty() ? List.of() : List.of(tags.split(",")));
            assertThat(understanding.intent()).isEqualTo(new Chatter());
        }
    }

    @Nested
    class WhoKnowsQuestions {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            qui connaît le CRM ?                                      | CRM
            Qui connaît bien le CRM ?                                 | CRM
            qui connait Salesforce                                    | Salesforce
            QUI CONNAÎT LE CRM                                        | CRM
            Qui s'y connaît en facturation ?                          | facturation
            qui s’y connait en Kubernetes ?                           | Kubernetes
            Qui sait faire un export Sage ?                           | faire un export Sage
            Qui peut m'aider sur la paie ?                            | paie
            qui peut m’aider avec Power BI ?                          | Power BI
            Qui peut m'aider pour les notes de frais ?                | notes de frais
            Qui est l'expert du CRM ?                                 | CRM
            Qui est expert en Terraform ?                             | Terraform
            Quelqu'un s'y connaît en SAP ?                            | SAP
            Quelqu'un connaît l'API Stripe ?                          | API Stripe
            Une personne qui connaît le module RH ?                   | module RH
            Salut, qui connaît Jira un peu ?                          | Jira
            Bonjour à tous ! Qui connaît la facturation Chorus Pro ? Merci | facturation Chorus Pro
            """)
        void findsTheTopicOfFrenchWhoKnowsQuestions(String message, String topic) {
            assertThat(intentOf(message)).isEqualTo(new WhoKnows(topic));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            who knows Salesforce?                        | Salesforce
            Who is the expert on invoicing in SAP?       | invoicing in SAP
            Who's the expert for Kafka?                  | Kafka
            who’s the expert in payroll?                 | payroll
            Anyone familiar with Terraform?              | Terraform
            Is anyone familiar with the billing API?     | billing API
            Who can help with the VPN?                   | VPN
            who can help me with Excel macros?           | Excel macros
            Does anyone know about GDPR retention rules? | GDPR retention rules
            Anyone know Kubernetes well?                 | Kubernetes
            Who understands the pricing engine?          | pricing engine
            Hi team, who knows Node.js here?             | Node.js
            Who knows the on-call rotation?              | on-call rotation
            """)
        void findsTheTopicOfEnglishWhoKnowsQuestions(String message, String topic) {
            assertThat(intentOf(message)).isEqualTo(new WhoKnows(topic));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            qui connaît @channel la facturation ?        | facturation
            <!here> qui connaît le CRM ?                 | CRM
            who knows @here Salesforce?                  | Salesforce
            who knows <!channel> Kafka @everyone         | Kafka
            qui connaît @\u2060here la paie ?            | paie
            """)
        void leavesMassMentionsOutOfTheTopic(String message, String topic) {
            assertThat(intentOf(message)).isEqualTo(new WhoKnows(topic));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Does anyone know how to reset the VPN?",
            "does anyone know where the runbook is?",
            "Does anyone know a way to bulk-edit tickets?",
            "qui sait pourquoi le build casse ?",
            "Qui sait si la release est maintenue ?",
            "Who knows?",
        })
        void readsRequestsForAnAnswerAsQuestionsNotWhoKnows(String message) {
            assertThat(intentOf(message)).isEqualTo(new Question(message));
        }

        @Test
        void readsDoesAnyoneKnowFollowedByAThingAsWhoKnows() {
            // Like "quelqu'un connaît X ?": the bot offers people who know the topic, not an answer.
            assertThat(intentOf("does anyone know the wifi password?")).isEqualTo(new WhoKnows("wifi password"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Who knows, maybe tomorrow.", "Demandez à qui connaît le CRM.", "I don't know who knows"})
        void ignoresWhoKnowsPhrasesThatAskNoOne(String message) {
            assertThat(intentOf(message)).isEqualTo(new Chatter());
        }
    }

    @Nested
    class UntaggedInsights {

        @ParameterizedTest
        @ValueSource(strings = {
            "Astuce : Ctrl+Maj+T rouvre le dernier onglet fermé",
            "Astuce: exportez en CSV UTF-8 pour Excel",
            "Petite astuce – le raccourci /remind marche aussi en DM",
            "Conseil : toujours vérifier la TVA avant d'envoyer",
            "Bon à savoir : la paie est clôturée le 20",
            "J'ai appris aujourd'hui que Jira sait cloner un sprint",
            "Tip: use git switch - to go back",
            "Pro tip: pin the runbook in the channel",
            "TIL Postgres has a CITEXT type",
            "Today I learned that Slack keeps drafts per channel",
            "FYI, tip: the staging DB resets every Sunday",
        })
        void keepsTheWholeTextOfMessagesOpeningLikeATip(String message) {
            assertThat(intentOf(message)).isEqualTo(new Insight(message, false));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Conseil d'administration jeudi", "Tipping point reached", "Until next week"})
        void needsTheHeadingItselfNotAWordStartingLikeIt(String message) {
            assertThat(intentOf(message)).isEqualTo(new Chatter());
        }
    }

    @Nested
    class UntaggedPainPoints {

        @ParameterizedTest
        @ValueSource(strings = {
            "C'est galère de poser des congés dans l'outil RH",
            "Quelle galère ce VPN",
            "On perd un temps fou à ressaisir les factures",
            "on perd beaucoup de temps avec les validations",
            "Ça bloque encore à l'étape de signature",
            "Je suis bloqué par le proxy depuis ce matin",
            "C’est pénible de devoir se reconnecter",
            "Ras-le-bol des mots de passe qui expirent",
            "ça ne marche jamais du premier coup",
            "Blocked by the SSO migration again",
            "The deploy pipeline keeps breaking",
            "So frustrating that exports time out",
            "we waste so much time on manual reconciliations",
            "It’s a nightmare to onboard new contractors",
        })
        void keepsTheWholeTextOfMessagesWithAPainPhrase(String message) {
            assertThat(intentOf(message)).isEqualTo(new PainPoint(message, false));
        }

        @Test
        void prefersPainOverQuestionWhenAStrongPainPhraseIsAsked() {
            // A complaint phrased as a question is still a complaint worth counting.
            assertThat(intentOf("Why is invoicing such a pain?"))
                    .isEqualTo(new PainPoint("Why is invoicing such a pain?", false));
        }

        @Test
        void leavesAQuestionMerelyAboutPainAQuestion() {
            assertThat(intentOf("Is it painful to set up SSO?")).isEqualTo(new Question("Is it painful to set up SSO?"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"The painting in the lobby is nice", "Ce n'est pas galère du tout", "Ça débloque tout"})
        void ignoresWordsThatOnlyLookPainful(String message) {
            assertThat(intentOf(message)).isEqualTo(new Chatter());
        }
    }

    @Nested
    class Confirmations {

        @ParameterizedTest
        @ValueSource(strings = {
            "merci", "Merci beaucoup !", "super merci", "C'est exactement ça", "Parfait",
            "ça marche, merci", "Super, merci beaucoup Julie !", "Merci de ton aide",
            "Thanks!", "thank you", "thx", "That's it", "Perfect, thanks", "Exactly",
            "Can confirm, it works", "Merci de votre retour", "ty",
            "✅", "👍", "👍🏽", "👍 👍", ":white_check_mark:",
        })
        void readsShortThanksAndApprovalAsConfirmation(String message) {
            assertThat(intentOf(message)).isEqualTo(new Confirmation());
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Merci mais ça ne marche pas",
            "merci, toujours pas résolu",
            "Thanks but it doesn't work",
            "Not exactly",
            "thanks, still broken",
            "Merci de remplir le formulaire avant vendredi",
            "Merci d'avance pour vos retours",
            "Thanks in advance for reviewing",
            "Merci à toute l'équipe pour le travail sur la migration du CRM ce trimestre",
            "Déployé en prod ✅",
            "Mercier a validé le devis",
            "c'est ça le problème",
            "it works on my machine",
            "Ty Segall plays tonight",
            "merci, je ne savais pas !",
        })
        void doesNotConfirmWithAContrastARequestOrALongMessage(String message) {
            // Erring on "no": a false confirmation would mark somebody's answer as accepted.
            assertThat(intentOf(message)).isNotEqualTo(new Confirmation());
        }

        @Test
        void readsThanksWithAQuestionMarkAsAQuestion() {
            assertThat(intentOf("merci ?")).isEqualTo(new Question("merci ?"));
        }
    }

    @Nested
    class Questions {

        @ParameterizedTest
        @ValueSource(strings = {
            "Comment on exporte les factures ?",
            "comment exporter un rapport",
            "Pourquoi le build est rouge",
            "Où est le wiki RH",
            "Quand est la prochaine release",
            "Quelle est la procédure de remboursement",
            "Combien de jours de télétravail par semaine",
            "Est-ce que le VPN est obligatoire",
            "Qu'est-ce qu'un bon de commande",
            "Peut-on annuler une commande validée",
            "On fait comment pour les congés",
            "Savez-vous où est le badge visiteur",
            "Le serveur est down ?",
            "ça marche comment ? 🤔",
        })
        void readsFrenchQuestions(String message) {
            assertThat(intentOf(message)).isEqualTo(new Question(message));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            @here where is the expense policy?           | where is the expense policy?
            <!channel> Où est le wiki RH ?                | Où est le wiki RH ?
            comment exporter @channel un rapport         | comment exporter un rapport
            """)
        void leavesMassMentionsOutOfTheQuestion(String message, String question) {
            assertThat(intentOf(message)).isEqualTo(new Question(question));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "How do I reset my password",
            "What is the SLA for P1",
            "Why is the build red?",
            "Where is the runbook",
            "When is the next release",
            "Which branch should I use",
            "Can I expense a monitor",
            "Could someone review my PR",
            "Does the VPN work from abroad",
            "Do we have a staging env",
            "Is the API down",
            "Are we on call this weekend",
            "Should I rebase or merge",
            "Any idea why CI is slow",
            "Who is on call today",
        })
        void readsEnglishQuestions(String message) {
            assertThat(intentOf(message)).isEqualTo(new Question(message));
        }

        @Test
        void keepsTheQuestionWithoutSurroundingWhitespace() {
            assertThat(intentOf("  Where is the runbook?   \n")).isEqualTo(new Question("Where is the runbook?"));
        }
    }

    @Nested
    class ChatterThatIsNeverCaptured {

        @ParameterizedTest
        @ValueSource(strings = {"bonjour tout le monde", "Hello team", "lol", "ok", "+1", "Bonne journée à tous !"})
        void readsGreetingsAndBanterAsSmallTalk(String message) {
            // Never captured either; addressed to the bot, they get a friendly reply rather than a search.
            assertThat(intentOf(message)).isInstanceOf(Intent.SmallTalk.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Quelle journée !",
            "What a day!",
            "When in doubt, ask the on-call.",
            "Do not merge before Friday",
            "Ou alors on reporte à demain",
            "Je serai en congé la semaine prochaine",
            "Standup moved to 10:30",
            "",
        })
        void readsStatusAndExclamationsAsChatter(String message) {
            assertThat(intentOf(message)).isEqualTo(new Chatter());
        }
    }

    @Nested
    class Languages {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            qui connaît le CRM ?    | FR
            merci !                 | FR
            "#astuce Ctrl+K ouvre la recherche" | FR
            who knows Salesforce?   | EN
            ok                      | EN
            """)
        void readsTheLanguageAlongsideTheIntent(String message, Language language) {
            assertThat(reader.read(message).language()).isEqualTo(language);
        }

        @Test
        void matchesFrenchPhrasesInAnEnglishWorkspaceAndTheOtherWayRound() {
            var french = new MessageReader(new LanguageDetector(Language.FR));

            assertThat(french.read("thanks!").intent()).isEqualTo(new Confirmation());
            assertThat(intentOf("merci !")).isEqualTo(new Confirmation());
        }
    }
}
