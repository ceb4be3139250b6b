package dev.passerelle.core.search.lucene;

import static dev.passerelle.core.search.SearchQueries.english;
import static dev.passerelle.core.search.SearchQueries.french;
import static dev.passerelle.core.store.NewEntries.faq;
import static dev.passerelle.core.store.NewEntries.insight;
import static dev.passerelle.core.store.NewEntries.painPoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.passerelle.core.knowledge.AlternateQuestion;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.store.NewEntries;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.Hit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a query in plain user text finds, and what it keeps from whom. */
class LuceneIndexSearchTests extends WithIndexedStore {

    private static final String BOARD = "local:local:board";

    /** Near-identical means the same analysed terms, in either language: strict, not merely related. */
    @Nested
    class SameMeaningfulWords {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Where is the 2024 price grid?|where is the price grid for 2024 ?",
                "Where is the 2024 price grid?|WHERE is the 2024 Price-Grid",
                "Où est la grille tarifaire 2024 ?|ou est la grille tarifaire de 2024",
                "How do I reset my passwords?|how can I reset my password"})
        void sameWordsInAnotherOrderCaseOrInflection(String one, String other) {
            assertThat(kb.index().sameMeaningfulWords(one, other)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Where is the 2024 price grid?|Where is the 2023 price grid?",
                "Where is the 2024 price grid?|Where is the 2024 price grid for Germany?",
                "How do I reset my password?|How do I change my password?",
                "how do I?|what is it?"})
        void oneWordMoreLessOrOtherIsNotTheSame(String one, String other) {
            assertThat(kb.index().sameMeaningfulWords(one, other)).isFalse();
        }
    }

    @Nested
    class MatchingWords {

        @Test
        void findsFrenchTextWrittenWithOtherInflectionsAndNoAccents() {
            Entry entry = kb.indexed(insight("Probleme avec une facture fournisseur"));

            assertThat(kb.idsFound(french("problèmes de facturation"))).containsExactly(entry.id());
        }

        @Test
        void findsEnglishTextWrittenWithAnotherInflection() {
            Entry entry = kb.indexed(insight("Invoicing closes on the 20th").inEnglish());

            assertThat(kb.idsFound(english("invoices"))).containsExactly(entry.id());
        }

        @Test
        void findsAnEntryByItsTags() {
            Entry entry = kb.indexed(insight("Export des contacts en CSV").tagged("salesforce"));

            assertThat(kb.idsFound(french("salesforce"))).containsExactly(entry.id());
        }

        @Test
        void findsAnEntryByTheOtherWaysPeopleAskedItsQuestionOnceReindexed() {
            Entry entry = kb.indexed(faq("How do I reset my password?", "Use the self-service portal").inEnglish());
            assertThat(kb.idsFound(english("locked out of my account"))).isEmpty();

            kb.store.entries().addAlternate(entry.id(), new AlternateQuestion("I'm locked out of my account",
                    "i m locked out of my account", Language.EN, kb.author, NewEntries.AT));
            kb.index().catchUp();

            assertThat(kb.idsFound(english("locked out of my account"))).containsExactly(entry.id());
            assertThat(kb.idsFound(french("compte bloqué"))).isEmpty();
        }

        @Test
        void findsAnAnswerByTheWordsOfItsBody() {
            Entry entry = kb.indexed(faq("Comment poser des congés ?", "Dans Lucca, onglet Absences"));

            assertThat(kb.idsFound(french("lucca"))).containsExactly(entry.id());
        }

        @Test
        void stillFindsTheEntryInTheOtherLanguageButWithALowerScore() {
            // "l'équipe d'achats" is only split by the French analysis; in English it stays one word.
            kb.indexed(insight("Contacter l'équipe d'achats"));

            Hit askedInFrench = kb.search(french("équipe achats")).getFirst();
            Hit askedInEnglish = kb.search(english("équipe achats")).getFirst();

            assertThat(askedInEnglish.id()).isEqualTo(askedInFrench.id());
            assertThat(askedInEnglish.score()).isPositive().isLessThan(askedInFrench.score());
        }

        @Test
        void ranksTheEntryMatchingMoreWordsFirst() {
            Entry both = kb.indexed(insight("Le VPN coupe pendant le télétravail"));
            Entry one = kb.indexed(insight("Le VPN est lent"));

            assertThat(kb.idsFound(french("vpn télétravail"))).containsExactly(both.id(), one.id());
        }

        @Test
        void keepsOnlyEntriesWithMostWordsWhenAMinimumShareIsAsked() {
            Entry two = kb.indexed(insight("Le VPN et l'imprimante du 3e étage"));
            Entry one = kb.indexed(insight("Le VPN est lent"));

            assertThat(kb.idsFound(french("vpn imprimante badge").minimumMatch(0.6))).containsExactly(two.id());
            assertThat(kb.idsFound(french("vpn imprimante badge").minimumMatch(0))).containsExactly(two.id(), one.id());
        }

        @Test
        void givesNoMoreHitsThanTheLimit() {
            for (int i = 1; i <= 5; i++) {
                kb.stored(insight("Astuce VPN numéro " + i));
            }
            kb.index().catchUp();

            assertThat(kb.search(french("vpn").limit(2))).hasSize(2);
        }

        @Test
        void findsNothingForAQueryOfStopWordsOnly() {
            kb.indexed(insight("Le VPN coupe à 18h"));

            assertThat(kb.search(french("le la les de"))).isEmpty();
            assertThat(kb.search(english("the of and"))).isEmpty();
        }
    }

    @Nested
    class IgnoringQuerySyntax {

        @ParameterizedTest
        @ValueSource(strings = {
            "title:\"foo\" AND (bar OR baz*) ~2 ^3 \\ /regex/ -x +y",
            "*", "?", "\"", "(", ")", "[1 TO 5]", "{a TO b}", "a:", ":", "!", "&&", "||", "^", "~", "\\",
            "/", "/.*/", "\"unclosed phrase", "((nested", "field:[* TO *]", "  ", "",
        })
        void neverFailsWhateverTheText(String text) {
            kb.indexed(insight("Une regex pour valider les IBAN"));

            assertThatCode(() -> kb.search(french(text))).doesNotThrowAnyException();
            assertThatCode(() -> kb.search(english(text))).doesNotThrowAnyException();
        }

        @Test
        void readsOperatorsAndFieldNamesAsPlainWords() {
            Entry entry = kb.indexed(insight("Une regex pour valider les IBAN"));

            assertThat(kb.idsFound(french("title:\"foo\" AND (iban OR baz*) ~2 ^3 \\ /regex/ -x +y")))
                    .containsExactly(entry.id());
        }

        @Test
        void doesNotExcludeAWordWrittenWithAMinus() {
            Entry entry = kb.indexed(insight("Une regex pour valider les IBAN"));

            assertThat(kb.idsFound(french("regex -iban").minimumMatch(1))).containsExactly(entry.id());
        }

        @Test
        void doesNotExpandAWildcard() {
            kb.indexed(insight("Une regex pour valider les IBAN"));

            assertThat(kb.search(french("reg*"))).isEmpty();
        }
    }

    @Nested
    class KeepingKnowledgeToItsAudience {

        private Entry secret;

        @BeforeEach
        void captureInABoardChannel() {
            secret = kb.indexed(insight("Le budget 2026 est gelé").restrictedTo(BOARD));
        }

        @Test
        void hidesRestrictedKnowledgeFromThePublic() {
            assertThat(kb.search(french("budget"))).isEmpty();
        }

        @Test
        void showsRestrictedKnowledgeToMembersOfItsChannel() {
            assertThat(kb.idsFound(french("budget").byMemberOf(BOARD))).containsExactly(secret.id());
        }

        @Test
        void hidesRestrictedKnowledgeFromMembersOfOtherRestrictedChannels() {
            assertThat(kb.search(french("budget").byMemberOf("local:local:hr"))).isEmpty();
        }

        @Test
        void showsPublicKnowledgeToMembersOfRestrictedChannelsToo() {
            Entry everyone = kb.indexed(insight("Le budget formation est ouvert"));

            assertThat(kb.idsFound(french("budget").byMemberOf(BOARD)))
                    .containsExactlyInAnyOrder(secret.id(), everyone.id());
        }
    }

    @Nested
    class FilteringKinds {

        @Test
        void keepsOnlyTheKindsAsked() {
            Entry faq = kb.indexed(faq("Pourquoi les notes de frais tardent ?", "Validation manuelle"));
            Entry pain = kb.indexed(painPoint("Les notes de frais prennent des semaines"));
            kb.indexed(insight("Les notes de frais passent par Expensya"));

            assertThat(kb.idsFound(french("notes de frais").kinds(DocKind.FAQ))).containsExactly(faq.id());
            assertThat(kb.idsFound(french("notes de frais").kinds(DocKind.PAIN_POINT, DocKind.FAQ)))
                    .containsExactlyInAnyOrder(faq.id(), pain.id());
        }
    }
}
