package dev.passerelle.app.chat;

import static dev.passerelle.app.chat.ChatLines.capturedId;
import static dev.passerelle.app.chat.ChatLines.dm;
import static dev.passerelle.app.chat.ChatLines.entries;
import static dev.passerelle.app.chat.ChatLines.error;
import static dev.passerelle.app.chat.ChatLines.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The lifecycle through {@code chat --json}: an FAQ whose verification holds six seconds goes stale, is listed by
 * {@code stale}, still answers with {@code stale_since}, and the digest preview shows it as verified this week.
 */
class LifecycleChatIntegrationTests {

    @TempDir
    static Path dataDir;
    static long faq;
    static JsonNode memberStale;
    static JsonNode stale;
    static JsonNode perimes;
    static JsonNode answer;
    static JsonNode freshAnswer;
    static JsonNode digest;
    static JsonNode memberDigest;

    @BeforeAll
    static void letAnFaqGoStale() throws InterruptedException {
        try (ChatProcess chat = ChatProcess.start(dataDir, "--passerelle.roles.knowledge-managers=kim",
                "--passerelle.verification.ttl-by-kind.faq=6s")) {
            faq = capturedId(chat.send(ChatLines.object("faq", "bob",
                    "#faq How do I reach the VPN from home? | Install FortiClient and sign in with SSO",
                    "channel", "it")), "faq");
            chat.send(dm("verify", "kim", "/kb verify " + faq));
            long verified = System.nanoTime();
            memberStale = chat.send(dm("member-stale", "bob", "/kb stale"));
            memberDigest = chat.send(dm("member-digest", "bob", "/kb digest preview"));
            freshAnswer = chat.send(dm("ask-fresh", "ann", "How do I reach the VPN from home?"));
            Thread.sleep(Math.max(0, 6_500 - (System.nanoTime() - verified) / 1_000_000));
            stale = chat.send(dm("stale", "kim", "/kb stale"));
            perimes = chat.send(dm("perimes", "kim", "/kb perimes"));
            answer = chat.send(dm("ask", "ann", "How do I reach the VPN from home?"));
            digest = chat.send(dm("digest", "kim", "/kb digest preview"));
            assertThat(chat.finish().exitCode()).isZero();
        }
    }

    @Test
    void staleListsTheExpiredFaqWithSinceWhen() {
        assertThat(text(stale)).startsWith("Stale entries (1), page 1 of 1").contains("#" + faq + " FAQ", "stale since ");
        assertThat(entries(stale)).singleElement().satisfies(entry -> {
            assertThat(entry.get("id").asLong()).isEqualTo(faq);
            assertThat(Instant.parse(entry.get("stale_since").asString()))
                    .isAfter(Instant.parse(entry.get("last_checked").asString()));
        });
        assertThat(text(perimes)).startsWith("Fiches périmées (1)");
    }

    @Test
    void theStaleFaqStillAnswersSayingWhenItWasLastChecked() {
        assertThat(text(answer)).contains("#" + faq + ": Last checked today");
        assertThat(entries(answer).getFirst().has("stale_since")).isTrue();
    }

    @Test
    void aFreshAnswerKeepsTheDocumentedShape() {
        assertThat(entries(freshAnswer).getFirst().propertyNames())
                .containsExactly("id", "kind", "status", "title", "source", "score", "confident", "related");
        assertThat(text(freshAnswer)).doesNotContain("Last checked");
    }

    @Test
    void theDigestPreviewShowsTheWeeksVerifiedFaq() {
        assertThat(text(digest)).startsWith("Weekly digest").contains("New verified FAQs this week:",
                "#" + faq + " How do I reach the VPN from home?", "bob (1)");
    }

    @Test
    void membersAreRefusedInOneLine() {
        assertThat(error(memberStale)).isNotBlank().doesNotContain("\n");
        assertThat(error(memberDigest)).isNotBlank().doesNotContain("\n");
    }
}
