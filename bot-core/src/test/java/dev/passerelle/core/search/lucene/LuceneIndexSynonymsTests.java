package dev.passerelle.core.search.lucene;

import static dev.passerelle.core.search.SearchQueries.english;
import static dev.passerelle.core.search.SearchQueries.french;
import static dev.passerelle.core.store.NewEntries.faq;
import static dev.passerelle.core.store.NewEntries.insight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.search.lucene.synonyms.Synonyms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions that find knowledge written with other words or in the other language, on a real index. */
class LuceneIndexSynonymsTests {

    @TempDir
    Path temp;

    private IndexedStore kb;

    @AfterEach
    void close() {
        if (kb != null) {
            kb.close();
        }
    }

    private IndexedStore open(SynonymSettings settings) {
        kb = new IndexedStore(temp, Synonyms.open(settings));
        return kb;
    }

    @Nested
    class BuiltInVocabulary {

        @Test
        void findsAFrenchFaqForAnEnglishQuestion() {
            open(SynonymSettings.builtIn());
            Entry expenses = kb.indexed(faq("Comment faire une note de frais ?", "Dans l'outil Notilus, menu Saisie."));
            kb.indexed(faq("Comment poser des congés ?", "Dans Lucca, onglet Absences"));

            assertThat(kb.idsFound(english("how do I file an expense report"))).first().isEqualTo(expenses.id());
        }

        @Test
        void findsAnEnglishFaqForAFrenchQuestion() {
            open(SynonymSettings.builtIn());
            Entry password = kb.indexed(faq("How do I reset my password?", "Use the self-service portal.").inEnglish());
            kb.indexed(faq("Where is the press kit?", "On the Marketing drive.").inEnglish());

            assertThat(kb.idsFound(french("j'ai oublié mon mot de passe"))).first().isEqualTo(password.id());
        }

        @Test
        void findsNothingAcrossLanguagesWithoutSynonyms() {
            open(SynonymSettings.none());
            kb.indexed(faq("Comment faire une note de frais ?", "Dans l'outil Notilus, menu Saisie."));

            assertThat(kb.idsFound(english("how do I file an expense report"))).isEmpty();
        }

        @Test
        void ranksTheWordTypedAboveItsAlternative() {
            open(SynonymSettings.builtIn());
            Entry translated = kb.indexed(insight("La facture du fournisseur arrive le 5").inEnglish());
            Entry typed = kb.indexed(insight("The supplier invoice arrives on the 5th").inEnglish());

            assertThat(kb.idsFound(english("supplier invoice"))).containsExactly(typed.id(), translated.id());
        }
    }

    @Nested
    class Glossary {

        @Test
        void findsAnEntryThroughTheCompanysOwnWord() throws IOException {
            Path glossary = Files.writeString(temp.resolve("glossary.txt"), "CRM = Salesforce\n", StandardCharsets.UTF_8);
            open(new SynonymSettings(glossary, Set.of(SynonymSource.GLOSSARY), temp));
            Entry salesforce = kb.indexed(insight("Exporter ses contacts depuis Salesforce : menu Rapports"));
            kb.indexed(insight("Le VPN coupe après 18h"));

            assertThat(kb.idsFound(english("CRM"))).containsExactly(salesforce.id());
            assertThat(kb.idsFound(french("export CRM"))).first().isEqualTo(salesforce.id());
        }

        @Test
        void findsThroughAMultiWordGlossaryTerm() throws IOException {
            Path glossary = Files.writeString(temp.resolve("glossary.txt"),
                    "# finance\ncomité d'engagement = deal desk\n", StandardCharsets.UTF_8);
            open(new SynonymSettings(glossary, Set.of(SynonymSource.GLOSSARY), temp));
            Entry desk = kb.indexed(faq("Who sits on the deal desk?", "Finance and Sales leads.").inEnglish());

            assertThat(kb.idsFound(french("qui siège au comité d'engagement"))).containsExactly(desk.id());
        }
    }

    @Nested
    class SystemDictionaries {

        @Test
        void findsAnEnglishEntryThroughFreeDictForAWordTheVocabularyLacks() {
            assumeTrue(dev.passerelle.core.search.lucene.synonyms.FreeDict.Direction.FRA_ENG
                    .installedUnder(SynonymSettings.SYSTEM_DATA), "dict-freedict-fra-eng is not installed");
            open(new SynonymSettings(null, EnumSet.of(SynonymSource.FREEDICT), SynonymSettings.SYSTEM_DATA));
            Entry chicken = kb.indexed(insight("The canteen serves chicken on Fridays").inEnglish());

            assertThat(kb.idsFound(french("poulet"))).containsExactly(chicken.id());
        }

        @Test
        void findsAnEntryThroughTheEnglishThesaurus() {
            assumeTrue(dev.passerelle.core.search.lucene.synonyms.MyThes.Thesaurus.EN
                    .installedUnder(SynonymSettings.SYSTEM_DATA), "mythes-en-us is not installed");
            open(new SynonymSettings(null, EnumSet.of(SynonymSource.MYTHES), SynonymSettings.SYSTEM_DATA));
            Entry bill = kb.indexed(insight("Every bill goes to the accounts team").inEnglish());

            assertThat(kb.idsFound(english("invoice"))).containsExactly(bill.id());
        }
    }
}
