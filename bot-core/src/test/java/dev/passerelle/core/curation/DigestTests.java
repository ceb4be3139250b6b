package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly digest: what it says, what it keeps private, and that it is posted once a week. */
class DigestTests {

    @TempDir
    Path data;
    final MovableClock clock = new MovableClock();
    Conversation chat;
    long vpnPain;
    long secretPain;
    long faq;
    long gap;

    @BeforeEach
    void aWeekOfKnowledge() {
        chat = Conversation.open(data, Settings.defaults().withRoles(Set.of("kim", "marc"), Set.of()), clock);
        vpnPain = chat.in("general").from("bob").says("#pain The VPN drops every hour").capturedId();
        chat.in("general").from("ann").says("#pain The VPN drops every hour");
        faq = chat.in("general").from("bob").says("#faq Where are the price lists? | In the Sales drive").capturedId();
        chat.dm("kim").says("/kb verify " + faq);
        gap = chat.in("general").from("ann").toBot().says("How do I reset the coffee machine on floor 3?")
                .capturedId();
        secretPain = chat.inPrivate("finance-direction").from("marc").says("#pain The budget tool loses our forecasts")
                .capturedId();
        chat.inPrivate("finance-direction").from("nathalie").says("Ok, noted");
    }

    @AfterEach
    void close() {
        chat.close();
    }

    @Test
    void saysThePainPointsAndTheirTrendTheNewFaqsTheOpenQuestionsAndThanks() {
        String digest = chat.dm("kim").says("/kb digest preview").text();

        assertThat(digest).startsWith("Weekly digest")
                .contains("Top pain points:", "#" + vpnPain + " The VPN drops every hour — 2 votes (+2 this week)")
                .contains("New verified FAQs this week:", "#" + faq + " Where are the price lists?")
                .contains("Open questions, and who may know:", "#" + gap + " How do I reset the coffee machine")
                .contains("Thanks to this week’s contributors: ", "bob (2)");
    }

    @Test
    void namesWhoMayKnowBesideAnOpenQuestion() {
        var asked = chat.in("general").from("hugo").says("Anyone knows how to descale the coffee machine?");
        chat.in("general").from("claire").inThread(asked.id())
                .says("The coffee machine descaling tablets are in the kitchen cupboard, run the descale program");

        String digest = chat.dm("kim").says("/kb digest preview").text();

        assertThat(digest).contains("#" + gap + " How do I reset the coffee machine on floor 3? — asked once — ask ")
                .containsPattern("#" + gap + " [^\\n]*ask [^\\n]*claire");
    }

    @Test
    void isPreviewedInFrenchWithTheFrenchWord() {
        String digest = chat.dm("kim").says("/kb digest apercu").text();

        assertThat(digest).startsWith("Résumé de la semaine").contains("Principaux irritants :", "2 votes");
    }

    @Test
    void aPreviewShowsWhatTheCallerMaySee() {
        String member = chat.dm("marc").says("/kb digest preview").text();
        String outsider = chat.dm("kim").says("/kb digest preview").text();

        assertThat(member).contains("#" + secretPain + " The budget tool");
        assertThat(outsider).doesNotContain("budget tool").contains("bob (2)").doesNotContain("marc");
        assertThat(chat.dm("kim").says("/kb digest preview").outcome().replies().getFirst().ephemeral()).isTrue();
    }

    @Test
    void postedInAChannelItShowsPublicKnowledgeAndThatChannelsOwnOnly() {
        Notice general = posted("general");
        Notice finance = posted("finance-direction");

        assertThat(general.to().channel()).isEqualTo("general");
        assertThat(general.to().user()).isNull();
        assertThat(general.reply().text()).contains("The VPN drops").doesNotContain("budget tool");
        assertThat(finance.reply().text()).contains("The VPN drops", "The budget tool loses our forecasts");
    }

    @Test
    void isPostedOncePerWeekWhateverRunsItAgain() {
        Outcome first = chat.passerelle().routines().digest(Platform.LOCAL, "general", Language.EN).join();
        Outcome again = chat.passerelle().routines().digest(Platform.LOCAL, "general", Language.EN).join();
        clock.advance(Duration.ofDays(7));
        Outcome nextWeek = chat.passerelle().routines().digest(Platform.LOCAL, "general", Language.FR).join();

        assertThat(first.notices()).hasSize(1);
        assertThat(again.notices()).isEmpty();
        assertThat(nextWeek.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.language()).isEqualTo(Language.FR);
            assertThat(notice.reply().text()).startsWith("Résumé de la semaine").contains("Aucune FAQ validée");
        });
    }

    private Notice posted(String channel) {
        return chat.passerelle().routines().digest(Platform.LOCAL, channel, Language.EN).join().notices().getFirst();
    }
}
