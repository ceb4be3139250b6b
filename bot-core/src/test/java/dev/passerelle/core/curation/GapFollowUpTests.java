package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.knowledge.GapRoute;
import dev.passerelle.core.vocabulary.EntryKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A routed question nobody answered in time goes to the next likely expert, once: the bot's clock stands three days
 * after the route was made.
 */
class GapFollowUpTests {

    @TempDir
    Path data;

    Conversation chat;
    long gap;

    @BeforeEach
    void routedToBobThreeDaysAgo() {
        Clock threeDaysLater = Clock.fixed(Instant.now().plus(Duration.ofDays(3)), ZoneOffset.UTC);
        chat = Conversation.open(data, Settings.defaults().withRoles(Set.of("kim"), Set.of()), threeDaysLater);
        chat.dm("bob").says("hello");
        chat.dm("kim").says("bonjour");
        gap = chat.in("it").from("alice").toBot().says("How do I reset my VPN password?").outcome().captured().stream()
                .filter(c -> c.kind() == EntryKind.QUESTION).findFirst().orElseThrow().id();
        // Said after the gap was noted: carol knows, though nobody asked her yet.
        chat.in("it").from("carol").says("#insight To reset your VPN password, open vpn.example.com and click Forgot");
        chat.in("it").from("kim").says("/kb route " + gap + " @bob");
    }

    @AfterEach
    void close() {
        chat.close();
    }

    Outcome followUp(Duration after) {
        return chat.passerelle().inbox().run(chat.passerelle().gapFollowUp(after)).join();
    }

    @Test
    void anUnansweredRouteGoesToTheNextLikelyExpertOnce() {
        Outcome first = followUp(Duration.ofDays(2));

        assertThat(first.notices()).extracting(n -> n.to().user()).containsExactly("carol", "kim");
        assertThat(first.notices().getFirst().reply().text()).contains("“How do I reset my VPN password?”");
        assertThat(first.notices().get(1).reply().text())
                .isEqualTo("Personne n’a répondu à #" + gap + " à temps : bob n’a pas répondu, j’ai donc demandé à carol.");
        assertThat(chat.passerelle().store().gaps().routes(gap)).extracting(GapRoute::status)
                .containsExactly(GapRoute.Status.PASSED, GapRoute.Status.WAITING);
        assertThat(followUp(Duration.ofDays(2)).notices()).isEmpty();
    }

    @Test
    void aRouteNotYetDueAndAZeroDelayPassNothing() {
        assertThat(followUp(Duration.ofDays(5)).notices()).isEmpty();
        assertThat(followUp(Duration.ZERO).notices()).isEmpty();
        assertThat(chat.passerelle().store().gaps().routes(gap)).extracting(GapRoute::status)
                .containsExactly(GapRoute.Status.WAITING);
    }

    @Test
    void whenNobodyElseKnowsTheManagerIsTold() {
        followUp(Duration.ofDays(2));
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(10)), ZoneOffset.UTC);
        chat.close();
        chat = Conversation.open(data, Settings.defaults().withRoles(Set.of("kim"), Set.of()), later);

        Outcome second = followUp(Duration.ofDays(2));

        assertThat(second.notices()).singleElement().satisfies(n -> {
            assertThat(n.to().user()).isEqualTo("kim");
            assertThat(n.reply().text()).contains("carol n’a pas répondu", "/kb router " + gap + " @personne");
        });
    }
}
