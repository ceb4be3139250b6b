package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Bm25BaselineTests {

    private static final List<KnowledgeBase.Faq> FAQS = List.of(
            new KnowledgeBase.Faq("vpn", "How do I connect to the VPN?", "Install the client, then sign in."),
            new KnowledgeBase.Faq("password", "How do I reset my password?", "Use the self-service portal."),
            new KnowledgeBase.Faq("expenses", "Where do I file an expense report?", "In the finance tool."));

    @Test
    void findsTheEntryWhoseQuestionAndAnswerShareTheMostWords() {
        try (Bm25Baseline bm25 = new Bm25Baseline(FAQS)) {
            assertThat(bm25.search("reset password", 5)).first().isEqualTo("password");
            // "portal" is only in an answer: the baseline searches answers too.
            assertThat(bm25.search("which portal?", 5)).containsExactly("password");
        }
    }

    @Test
    void matchesOnTheQuestionOnlyWhenAskedTo() {
        try (Bm25Baseline bm25 = new Bm25Baseline(FAQS, Bm25Baseline.Fields.QUESTION)) {
            assertThat(bm25.search("which portal?", 5)).isEmpty();
            assertThat(bm25.search("VPN", 5)).containsExactly("vpn");
        }
    }

    @Test
    void readsQuerySyntaxAsPlainWords() {
        try (Bm25Baseline bm25 = new Bm25Baseline(FAQS)) {
            assertThat(bm25.search("expense AND (report OR \"file\")~ -vpn", 5)).first().isEqualTo("expenses");
            assertThat(bm25.search("?!", 5)).isEmpty();
        }
    }
}
