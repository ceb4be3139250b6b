package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.conversation.VerificationTtl;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verifications expire per kind; stale entries are listed, reminded of once, and still answer saying so. */
class LifecycleTests {

    @TempDir
    Path data;
    final MovableClock clock = new MovableClock();
    Conversation chat;

    @BeforeEach
    void open() {
        Settings settings = Settings.defaults().withRoles(Set.of("kim", "marc"), Set.of())
                .withVerification(new VerificationTtl(Duration.ofDays(90), Map.of(EntryKind.FAQ, Duration.ofDays(30))));
        chat = Conversation.open(data, settings, clock);
    }

    @AfterEach
    void close() {
        chat.close();
    }

    long verified(String author, String text) {
        long id = chat.in("it").from(author).says(text).capturedId();
        assertThat(chat.dm("kim").says("/kb verify " + id).outcome().error()).isNull();
        return id;
    }

    @Test
    void aVerificationExpiresAfterItsKindsTimeToLive() {
        long faq = verified("bob", "#faq How do I reach the VPN from home? | Install FortiClient and sign in with SSO");
        long tip = verified("bob", "#tip Ctrl+K opens the search box in Teams");

        clock.advance(Duration.ofDays(40));
        String forty = chat.dm("kim").says("/kb stale").text();
        clock.advance(Duration.ofDays(60));
        String hundred = chat.dm("kim").says("/kb stale").text();

        assertThat(forty).contains("Stale entries (1)", "#" + faq + " FAQ").doesNotContain("#" + tip + " ");
        assertThat(hundred).contains("Stale entries (2)", "#" + faq + " FAQ", "#" + tip + " ");
    }

    @Test
    void staleListsSinceWhenWithTotalsAndPages() {
        for (int i = 1; i <= 12; i++) {
            verified("bob", "#faq How do I book meeting room " + i + "? | In the room booking tool, floor " + i);
        }
        clock.advance(Duration.ofDays(31));

        Outcome first = chat.dm("kim").says("/kb stale").outcome();
        String second = chat.dm("kim").says("/kb perimes page 2").text();
        Outcome beyond = chat.dm("kim").says("/kb stale page 3").outcome();

        Reply page = first.replies().getFirst();
        assertThat(page.text()).startsWith("Stale entries (12), page 1 of 2").contains("stale since ", "last checked ",
                "Next page: /kb stale page 2");
        assertThat(page.entries()).hasSize(10).allSatisfy(card -> {
            assertThat(card.stale()).isNotNull();
            assertThat(card.buttons()).extracting(Block.Button::action)
                    .containsExactly(Action.VERIFY, Action.EDIT, Action.ARCHIVE);
        });
        assertThat(second).startsWith("Fiches périmées (12), page 2 sur 2").contains("périmée depuis le");
        assertThat(beyond.error()).isEqualTo("There are only 2 pages of stale entries.");
    }

    @Test
    void membersAndWrongPagesGetOneLine() {
        assertThat(chat.dm("bob").says("/kb stale").outcome().error()).doesNotContain("\n").isNotBlank();
        assertThat(chat.dm("bob").says("/kb digest preview").outcome().error()).doesNotContain("\n").isNotBlank();
        assertThat(chat.dm("kim").says("/kb stale page deux").outcome().error())
                .isEqualTo("Usage: /kb stale [page N]");
        assertThat(chat.dm("kim").says("/kb digest now").outcome().error()).isEqualTo("Usage: /kb digest preview");
        assertThat(chat.dm("kim").says("/kb stale").text()).isEqualTo("No stale entries: every verification still holds.");
    }

    @Test
    void theVerifierIsRemindedOncePerExpiryWithButtons() {
        long faq = verified("bob", "#faq Where are the price lists? | In the Sales drive");
        clock.advance(Duration.ofDays(31));

        Outcome first = chat.passerelle().routines().remind().join();
        Outcome again = chat.passerelle().routines().remind().join();

        assertThat(first.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.to().user()).isEqualTo("kim");
            assertThat(notice.reply().text()).contains("Time to check again", "#" + faq);
            assertThat(notice.reply().entries().getFirst().buttons()).extracting(Block.Button::label)
                    .containsExactly("Re-verify", "Edit", "Archive");
        });
        assertThat(again.notices()).isEmpty();
    }

    @Test
    void reVerifyingStartsANewTermWithItsOwnReminderAndIsAudited() throws Exception {
        long faq = verified("bob", "#faq Where are the price lists? | In the Sales drive");
        clock.advance(Duration.ofDays(31));
        chat.passerelle().routines().remind().join();

        Outcome reverified = chat.dm("kim").says("/kb verify " + faq).outcome();
        String afterwards = chat.dm("kim").says("/kb stale").text();
        clock.advance(Duration.ofDays(31));
        List<Notice> next = chat.passerelle().routines().remind().join().notices();

        assertThat(reverified.replies().getFirst().text()).startsWith("#" + faq + " is verified again");
        assertThat(afterwards).startsWith("No stale entries");
        assertThat(next).hasSize(1);
        assertThat(audit("reverify")).contains("entry:" + faq + " stale since ");
    }

    @Test
    void theAuthorIsRemindedWhenNobodyVerifiedIt() {
        long tip = chat.in("it").from("bob").says("#tip Ctrl+K opens the search box in Teams").capturedId();
        chat.passerelle().store().entries().updateStatus(tip, EntryStatus.VERIFIED, clock.instant());
        clock.advance(Duration.ofDays(91));

        List<Notice> notices = chat.passerelle().routines().remind().join().notices();

        assertThat(notices).extracting(n -> n.to().user()).containsExactly("bob");
    }

    @Test
    void aStaleEntryStillAnswersSayingSinceWhenInEnglishAndFrench() {
        verified("bob", "#faq How do I reach the VPN from home? | Install FortiClient and sign in with SSO");
        verified("bob", "#faq Comment joindre le VPN depuis la maison ? | Installez FortiClient et connectez-vous en SSO");
        clock.advance(Duration.ofDays(100));

        Reply english = chat.dm("ann").says("How do I reach the VPN from home?").outcome().replies().getFirst();
        Reply french = chat.dm("ann").says("Comment joindre le VPN depuis la maison ?").outcome().replies().getFirst();

        assertThat(english.text()).contains("Last checked 3 months ago");
        assertThat(english.entries().getFirst().stale()).isNotNull()
                .satisfies(stale -> assertThat(stale.line()).isEqualTo("Last checked 3 months ago"));
        assertThat(french.text()).contains("Vérifiée il y a 3 mois");
    }

    @Test
    void aFreshEntryAnswersWithoutAnyCheckLine() {
        verified("bob", "#faq How do I reach the VPN from home? | Install FortiClient and sign in with SSO");
        clock.advance(Duration.ofDays(10));

        Reply reply = chat.dm("ann").says("How do I reach the VPN from home?").outcome().replies().getFirst();

        assertThat(reply.text()).doesNotContain("Last checked");
        assertThat(reply.entries()).extracting(EntryCard::stale).containsOnlyNulls();
    }

    private String audit(String action) throws Exception {
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("passerelle.db"));
                var rows = db.createStatement().executeQuery(
                        "SELECT target || ' ' || detail FROM audit_log WHERE action = '" + action + "'")) {
            StringBuilder all = new StringBuilder();
            while (rows.next()) {
                all.append(rows.getString(1)).append('\n');
            }
            return all.toString();
        }
    }
}
