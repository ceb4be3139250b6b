package dev.passerelle.core.search.lucene;

import static dev.passerelle.core.search.SearchQueries.english;
import static dev.passerelle.core.search.SearchQueries.french;
import static dev.passerelle.core.store.NewEntries.faq;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.search.IndexDoc;
import dev.passerelle.core.search.SearchResult;
import dev.passerelle.core.store.StoreIndexSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking without a gate, over title, body, tags and alternate questions, and what each hit holds of the question. */
class LuceneIndexRankingTests extends WithIndexedStore {

    @Test
    void ranksAnEntryHoldingOnlyOneOfTheQuestionsWords() {
        Entry reset = kb.indexed(faq("How do I reset my password?", "Go to the password portal").inEnglish());

        assertThat(kb.idsFound(english("I forgot my password, what should I do"))).containsExactly(reset.id());
    }

    @Test
    void findsAnEntryByItsTagsAlone() {
        Entry vpn = kb.indexed(faq("Comment se connecter depuis la maison ?", "Installez GlobalProtect").tagged("vpn"));

        SearchResult result = kb.index().rank(french("vpn").build());

        assertThat(result.hits()).extracting(hit -> hit.id()).containsExactly(vpn.id());
        assertThat(result.matches().getFirst().weight()).isPositive();
        assertThat(result.matches().getFirst().titleWeight()).isZero();
    }

    @Test
    void weighsAWordNoDocumentHoldsAboveAWordSomeHold() {
        kb.indexed(faq("How do I reset my password?", "Go to the password portal").inEnglish());
        kb.indexed(faq("How do I book a meeting room?", "Use the room finder").inEnglish());

        SearchResult result = kb.index().rank(english("password zyxwvut").build());

        SearchResult.Match first = result.matches().getFirst();
        assertThat(result.words()).isEqualTo(2);
        assertThat(first.words()).isEqualTo(1);
        assertThat(first.weight() / result.weight()).isLessThan(0.5);
        assertThat(first.titleWeight()).isEqualTo(first.weight());
        assertThat(first.hit().score()).isLessThan(result.bestScore());
    }

    @Test
    void tellsTitleMatchesFromBodyMatches() {
        kb.indexed(faq("How do I reset my password?", "Open the self-service portal").inEnglish());

        SearchResult.Match match = kb.index().rank(english("password portal").build()).matches().getFirst();

        assertThat(match.words()).isEqualTo(2);
        assertThat(match.titleWeight()).isPositive().isLessThan(match.weight());
    }

    @Test
    void matchesAnAlternateQuestionAsATitle() {
        StoreIndexSource store = new StoreIndexSource(kb.store);
        Entry reset = kb.stored(faq("How do I reset my password?", "Open the self-service portal").inEnglish());
        // Alternate questions come from the learning of confirmed answers; here one is given to the document.
        try (LuceneIndex index = LuceneIndex.open(temp.resolve("with-alternates"), kb.store.changes(),
                change -> store.load(change).map(doc -> withAlternate(doc, "I forgot my login")))) {
            SearchResult result = index.rank(english("forgot login").build());

            assertThat(result.hits()).extracting(hit -> hit.id()).containsExactly(reset.id());
            assertThat(result.matches().getFirst().titleWeight()).isEqualTo(result.weight());
        }
    }

    @Test
    void aFrenchPronounSplitOffByTheEnglishAnalyzerMatchesNothing() {
        kb.indexed(faq("Le gel budgétaire concerne-t-il les achats déjà engagés ?", "Non, seuls les achats non engagés"));

        assertThat(kb.idsFound(french("quel temps fait-il"))).isEmpty();
    }

    private static IndexDoc withAlternate(IndexDoc doc, String alternate) {
        return new IndexDoc(doc.type(), doc.id(), doc.personId(), doc.kind(), doc.status(), doc.title(), doc.body(),
                doc.language(), doc.channelKey(), doc.restricted(), doc.updatedAt(), doc.tags(), List.of(alternate));
    }
}
