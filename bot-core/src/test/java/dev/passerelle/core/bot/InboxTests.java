package dev.passerelle.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Recipient;
import dev.passerelle.core.people.Recipients;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTests {

    private static final ChannelRef SALES = new ChannelRef(Platform.LOCAL, "local", "sales", ChannelType.PUBLIC);

    @TempDir
    Path dataDir;

    private final AtomicInteger ids = new AtomicInteger();
    private Passerelle passerelle;

    @AfterEach
    void close() {
        if (passerelle != null) {
            passerelle.close();
        }
    }

    private Inbox open(int perPersonPerMinute) {
        passerelle = Passerelle.open(dataDir, Settings.defaults(),
                new InboxSettings(Duration.ofDays(7), perPersonPerMinute), Clock.systemUTC());
        return passerelle.inbox();
    }

    private Message inSales(String user, String text, boolean addressed) {
        return new Message(SALES, Sender.of(user), text, null, "m" + ids.incrementAndGet(), Instant.now(), addressed);
    }

    private static Message dm(String user, String id, String text) {
        return new Message(new ChannelRef(Platform.LOCAL, "local", "dm-" + user, ChannelType.DIRECT), Sender.of(user),
                text, null, id, Instant.now(), true);
    }

    @Nested
    class Recording {

        @Test
        void aRedeliveryIsRecognisedAndDoesNothing() {
            Inbox inbox = open(0);
            Message faq = inSales("bob", "#faq Where are the price lists? | In the Sales drive", false);

            Receipt first = inbox.submit(faq);
            Receipt again = inbox.submit(faq);

            assertThat(first.recorded()).isTrue();
            assertThat(first.outcome().join().captured()).hasSize(1);
            assertThat(again.recorded()).isFalse();
            assertThat(again.outcome().join().isNothing()).isTrue();
            assertThat(passerelle.store().entries().list(EntryKind.FAQ, EntryStatus.DRAFT, 10)).hasSize(1);
        }

        @Test
        void emptyOverlongOrBinaryTextIsRefusedInTheSendersLanguageAndNeverRecorded() {
            Inbox inbox = open(0);

            Receipt empty = inbox.submit(dm("alice", "e1", "   "));
            Receipt binary = inbox.submit(dm("alice", "e2", "bonjour \u0000\u0001 la base"));

            assertThat(empty.recorded()).isFalse();
            assertThat(empty.outcome().join().error()).startsWith("Empty message");
            assertThat(binary.outcome().join().error()).isNotBlank();
            assertThat(binary.outcome().join().language()).isEqualTo(Language.FR);
            assertThat(passerelle.store().inbox().unapplied(10)).isEmpty();
            assertThat(inbox.submit(dm("alice", "e1", "how do I reset my password?")).recorded())
                    .as("a refused id is not taken").isTrue();
        }

        @Test
        void everyOutcomeLeavesTheCoreWithItsLanguage() {
            Inbox inbox = open(0);

            assertThat(inbox.submitAndWait(dm("alice", "l1", "/kb montre 12")).language()).isEqualTo(Language.FR);
            assertThat(inbox.submitAndWait(dm("alice", "l2", "/kb show 12")).language()).isEqualTo(Language.EN);
            assertThat(inbox.submitAndWait(inSales("bob", "Lunch at noon", false)).language()).isNotNull();
        }
    }

    @Nested
    class Fairness {

        @Test
        void aQuestionIsAnsweredWhileAnotherPersonsBurstOfCapturesStillWaits() {
            Inbox inbox = open(0);
            List<Receipt> burst = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                burst.add(inbox.submit(inSales("alice", "#insight Tip number " + i + " about the quarterly CRM export",
                        false)));
            }

            Outcome answer = inbox.submitAndWait(dm("bob", "q1", "who knows about the CRM export?"));
            int stillWaiting = inbox.status().backlog();

            assertThat(answer.replies()).isNotEmpty();
            assertThat(stillWaiting).as("captures not applied yet when Bob got his answer").isPositive();
            burst.forEach(receipt -> assertThat(receipt.outcome().join().captured()).hasSize(1));
            assertThat(inbox.status().backlog()).isZero();
        }
    }

    @Nested
    class Flood {

        @Test
        void pastTheLimitThePersonIsToldOnceInTheirLanguageAndWhatTheyShareIsStillKept() {
            Inbox inbox = open(2);

            Outcome first = inbox.submitAndWait(dm("alice", "f1", "comment je pose un congé ?"));
            Outcome second = inbox.submitAndWait(dm("alice", "f2", "qui connaît le CRM ?"));
            Outcome third = inbox.submitAndWait(dm("alice", "f3", "#faq Où est la grille tarifaire ? | Dans le Drive"));
            Outcome fourth = inbox.submitAndWait(dm("alice", "f4", "qui connaît la facturation ?"));
            Outcome bob = inbox.submitAndWait(dm("bob", "b1", "who knows about invoicing?"));

            assertThat(first.replies()).isNotEmpty();
            assertThat(second.replies()).isNotEmpty();
            assertThat(third.replies()).hasSize(1);
            assertThat(third.replies().getFirst().text()).startsWith("Vous m’envoyez beaucoup de messages");
            assertThat(fourth.isNothing()).isTrue();
            assertThat(bob.replies()).as("a flood limits nobody else").isNotEmpty();
            awaitEmpty(inbox);
            assertThat(passerelle.store().entries().list(EntryKind.FAQ, EntryStatus.DRAFT, 10))
                    .extracting(e -> e.title()).containsExactly("Où est la grille tarifaire ?");
        }
    }

    @Nested
    class AfterAStop {

        @Test
        void theAnswerToAQuestionRecordedBeforeTheStopGoesToItsPlatformsAdapterOnceItListens() throws Exception {
            Message question = dm("alice", "q-before-stop", "how do I book a meeting room");
            Message faq = inSales("bob", "#faq How do I book a meeting room? | Use the Outlook room finder", false);
            try (Passerelle first = Passerelle.open(dataDir, Settings.defaults(), Clock.systemUTC())) {
                first.inbox().submitAndWait(faq);
            }
            try (var store = dev.passerelle.core.store.sqlite.SqliteStore.open(dataDir)) {
                store.inbox().record(question.key(), new dev.passerelle.core.inbox.EventCodec().encode(question),
                        Instant.now());
            }

            Inbox inbox = open(0);
            awaitEmpty(inbox);
            java.util.concurrent.CompletableFuture<Inbox.Recovered> delivered = new java.util.concurrent.CompletableFuture<>();
            inbox.onRecovered(Platform.LOCAL, delivered::complete);

            Inbox.Recovered recovered = delivered.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(recovered.event()).isEqualTo(question);
            assertThat(recovered.outcome().replies()).isNotEmpty();
            assertThat(recovered.outcome().replies().getFirst().text()).contains("Outlook room finder");
        }
    }

    @Nested
    class Notices {

        private static Notice toBob(Platform platform) {
            return new Notice(Recipient.person(platform, "T1", "U-bob"), Language.FR,
                    Recipients.direct("Votre question a une réponse"));
        }

        @Test
        void aRoutinesNoticesGoToTheirPlatformsListenerAfterItRan() throws Exception {
            Inbox inbox = open(0);
            java.util.concurrent.CompletableFuture<Notice> told = new java.util.concurrent.CompletableFuture<>();
            inbox.onNotice(Platform.SLACK, told::complete);

            Outcome ran = inbox.run(new Inbox.Routine("reminders",
                    () -> Outcome.nothing().telling(List.of(toBob(Platform.SLACK))))).get(30,
                    java.util.concurrent.TimeUnit.SECONDS);

            assertThat(ran.notices()).hasSize(1);
            Notice notice = told.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(notice.to().user()).isEqualTo("U-bob");
            assertThat(notice.reply().text()).isEqualTo("Votre question a une réponse");
        }

        @Test
        void aRoutineThatFailsChangesNothingAndTheWorkerGoesOn() throws Exception {
            Inbox inbox = open(0);
            Outcome ran = inbox.run(new Inbox.Routine("broken", () -> {
                passerelle.store().people().resolve(Platform.LOCAL, "local", Sender.of("zoe"), Instant.now());
                throw new IllegalStateException("half way");
            })).get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(ran.isNothing()).isTrue();
            assertThat(passerelle.store().people().lookup(Platform.LOCAL, "zoe")).isEmpty();
            assertThat(inbox.submitAndWait(dm("alice", "after-failure", "/kb help")).replies()).isNotEmpty();
        }

        @Test
        void anEventsNoticesForAnotherPlatformGoToThatPlatformsListenerAndItsOwnStayInTheOutcome() throws Exception {
            Inbox inbox = open(0);
            List<Notice> forwarded = java.util.Collections.synchronizedList(new ArrayList<>());
            inbox.onNotice(Platform.TEAMS, forwarded::add);
            inbox.onNotice(Platform.LOCAL, forwarded::add);
            Outcome outcome = Outcome.nothing().telling(List.of(toBob(Platform.TEAMS), toBob(Platform.LOCAL)));

            inbox.run(new Inbox.Routine("both", () -> outcome)).get(30, java.util.concurrent.TimeUnit.SECONDS);
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (forwarded.size() < 2 && System.nanoTime() < until) {
                Thread.onSpinWait();
            }

            assertThat(forwarded).extracting(n -> n.to().platform()).containsExactlyInAnyOrder(Platform.TEAMS,
                    Platform.LOCAL);
            assertThat(outcome.noticesOn(Platform.LOCAL)).hasSize(1);
        }
    }

    @Test
    void statusCountsWhatWasAppliedAndSaysTheWorkerRuns() {
        Inbox inbox = open(0);
        inbox.submitAndWait(inSales("bob", "#insight Restart Teams to fix the blank screen", false));

        Inbox.Status status = inbox.status();

        assertThat(status.applied()).isEqualTo(1);
        assertThat(status.backlog()).isZero();
        assertThat(status.working()).isTrue();
        assertThat(status.indexCurrent()).isTrue();
    }

    private static void awaitEmpty(Inbox inbox) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (inbox.status().backlog() > 0 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
