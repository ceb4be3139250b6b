package dev.passerelle.core.conversation;

import static dev.passerelle.core.Conversation.channel;
import static dev.passerelle.core.Conversation.privateChannel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.Reaction.Kind;
import dev.passerelle.core.knowledge.AlternateQuestion;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * When an asker confirms an answer (Helpful, ✅ on the bot's answer, thanks right after it), their question becomes
 * another way of asking that entry, which the next paraphrase finds; questions asked where the entry's audience
 * could not read them are never learned.
 */
@WithConversation
class AskedWaysTests {

    static final String WIFI_FAQ = "#faq How do I connect my laptop to the office wifi? "
            + "| Choose the Passerelle-Staff network and sign in with your company account";
    /** Shares the paraphrase's words too: the learned entry must climb above it. */
    static final String PRINTER_FAQ = "#faq Laptop not connecting to the wifi printer on floor 2? "
            + "| Add the printer from the Self Service app";
    static final String ASKED = "my laptop won't connect to the wifi?";
    static final String PARAPHRASE = "laptop wifi not connecting?";
    /** Asked in other words than the FAQ, yet sure enough to be answered in a channel. */
    static final String SURE = "how can my laptop connect to the office wifi?";

    Conversation chat;
    long wifi;

    @BeforeEach
    void twoPublicFaqs() {
        wifi = chat.in("it").from("bob").says(WIFI_FAQ).capturedId();
        chat.in("it").from("bob").says(PRINTER_FAQ);
    }

    /** Where the entry stands among the answers to {@code question} asked by {@code who} in #general, and its score. */
    Optional<Ranked> rankOf(long entryId, String who, String question) {
        List<EntryCard> cards = cards(chat.in("general").from(who).says("/kb ask " + question).outcome());
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id() == entryId) {
                return Optional.of(new Ranked(i + 1, cards.get(i).score()));
            }
        }
        return Optional.empty();
    }

    record Ranked(int rank, double score) {}

    static List<EntryCard> cards(Outcome outcome) {
        return outcome.replies().stream().flatMap(reply -> reply.blocks().stream())
                .flatMap(block -> block instanceof Block.Entries entries ? entries.entries().stream()
                        : java.util.stream.Stream.empty())
                .toList();
    }

    List<String> alternates(long entryId) {
        return chat.passerelle().store().entries().alternates(entryId).stream().map(AlternateQuestion::text).toList();
    }

    Outcome helpful(ChannelRef where, String user, long entryId) {
        return chat.feedback(where, Sender.of(user), entryId, true, Language.EN, Instant.now());
    }

    static String text(Outcome outcome) {
        return String.join("\n", outcome.replies().stream().map(Reply::text).toList());
    }

    @Nested
    class HelpfulOnAnAnswer {

        @Test
        void learnsTheQuestionAndTheNextParaphraseRanksTheEntryHigher() {
            Ranked before = rankOf(wifi, "hugo", PARAPHRASE).orElseThrow();
            assertThat(cards(chat.in("general").from("alice").says("/kb ask " + ASKED).outcome()))
                    .extracting(EntryCard::id).contains(wifi);

            Outcome thanks = helpful(channel("general"), "alice", wifi);

            assertThat(alternates(wifi)).containsExactly(ASKED);
            assertThat(text(thanks)).isEqualTo("Thanks, noted: it helps rank answers. "
                    + "I’ll also remember how you asked, to find this answer sooner next time.");
            Ranked after = rankOf(wifi, "hugo", PARAPHRASE).orElseThrow();
            assertThat(after.rank()).isEqualTo(1).isLessThan(before.rank());
            assertThat(after.score()).isGreaterThan(before.score());
        }

        @Test
        void learnsNothingWhenTheEntryWasNotShownToThatPerson() {
            chat.in("general").from("alice").says("/kb ask " + ASKED);

            Outcome thanks = helpful(channel("general"), "hugo", wifi);

            assertThat(alternates(wifi)).isEmpty();
            assertThat(text(thanks)).isEqualTo("Thanks, noted: it helps rank answers.");
        }

        @Test
        void keepsOneAlternatePerWayOfAskingAndNoneThatIsTheTitle() {
            chat.in("general").from("alice").says("/kb ask " + ASKED);
            helpful(channel("general"), "alice", wifi);
            chat.in("general").from("emma").says("/kb ask My laptop WON’T connect to the WiFi?");
            helpful(channel("general"), "emma", wifi);
            chat.in("general").from("hugo").says("/kb ask How do I connect my laptop to the office Wifi");
            helpful(channel("general"), "hugo", wifi);

            assertThat(alternates(wifi)).containsExactly(ASKED);
        }

        @Test
        void aDirectMessageQuestionDoesNotLeakIntoAPublicEntry() {
            ChannelRef dm = new ChannelRef(Platform.LOCAL, "local", "dm-alice", ChannelType.DIRECT);
            assertThat(cards(chat.dm("alice").says(ASKED).outcome())).extracting(EntryCard::id).contains(wifi);

            Outcome thanks = helpful(dm, "alice", wifi);

            assertThat(alternates(wifi)).isEmpty();
            assertThat(text(thanks)).isEqualTo("Thanks, noted: it helps rank answers.");
            assertThat(chat.entry(wifi).helpful()).isEqualTo(1);
        }

        @Test
        void aPrivateChannelTeachesItsOwnEntriesOnly() {
            long vpn = chat.inPrivate("it-team").from("bob")
                    .says("#faq How do I reach the admin VPN? | Use the admin profile in FortiClient").capturedId();
            Said asked = chat.inPrivate("it-team").from("bob").says("/kb ask admin VPN reach from home?");
            assertThat(cards(asked.outcome())).extracting(EntryCard::id).contains(vpn);
            chat.inPrivate("it-team").from("bob").says("/kb ask " + ASKED);

            helpful(privateChannel("it-team"), "bob", vpn);
            helpful(privateChannel("it-team"), "bob", wifi);

            assertThat(alternates(vpn)).containsExactly("admin VPN reach from home?");
            assertThat(alternates(wifi)).isEmpty();
        }
    }

    @Nested
    class CheckMarkOnTheAnswer {

        @Test
        void learnsTheQuestionTheAnswerWasFor() {
            Said asked = chat.in("general").from("alice").toBot().says(SURE);
            assertThat(cards(asked.outcome()).getFirst().id()).isEqualTo(wifi);

            Outcome glad = checkMark("alice", asked, asked.text());

            assertThat(alternates(wifi)).containsExactly(SURE);
            assertThat(text(glad)).isEqualTo("Glad it helped! "
                    + "I’ll remember how you asked, to find this answer sooner next time.");
        }

        @Test
        void onAMessageThatIsNotTheAnswerLearnsNothing() {
            Said asked = chat.in("general").from("alice").toBot().says(SURE);

            Outcome nothing = checkMark("alice", asked, "try turning it off and on again");

            assertThat(alternates(wifi)).isEmpty();
            assertThat(nothing.isNothing()).isTrue();
        }

        @Test
        void bySomeoneElseLearnsNothing() {
            Said asked = chat.in("general").from("alice").toBot().says(SURE);

            checkMark("hugo", asked, asked.text());

            assertThat(alternates(wifi)).isEmpty();
        }

        /** ✅ by {@code reactor} on the bot's reply, posted in the thread under {@code asked}. */
        Outcome checkMark(String reactor, Said asked, String replyText) {
            return chat.reacted(new Reaction(channel("general"), Sender.of(reactor), Kind.CONFIRM_ANSWER,
                    "bot-reply-" + asked.id(), asked.id(), Sender.of("passerelle"), replyText, Instant.now()));
        }
    }

    @Nested
    class ThanksAfterTheAnswer {

        @Test
        void inTheAnswersThreadLearnsTheQuestion() {
            Said asked = chat.in("general").from("alice").toBot().says(SURE);
            assertThat(cards(asked.outcome()).getFirst().id()).isEqualTo(wifi);

            Said thanks = chat.in("general").from("alice").inThread(asked.id()).says("thanks!");

            assertThat(alternates(wifi)).containsExactly(SURE);
            assertThat(thanks.text()).isEqualTo("You’re welcome! "
                    + "I’ll remember how you asked, to find this answer sooner next time.");
        }

        @Test
        void afterSeveralSuggestionsLearnsNothingAndAsksWhichOneHelped() {
            Said asked = chat.in("general").from("alice").says("/kb ask " + ASKED);
            assertThat(cards(asked.outcome())).hasSizeGreaterThan(1).noneMatch(EntryCard::confident);

            Said thanks = chat.in("general").from("alice").inThread(asked.id()).says("thanks!");

            assertThat(alternates(wifi)).isEmpty();
            assertThat(thanks.text()).startsWith("You’re welcome! Which suggestion helped?");
        }

        @Test
        void inFrenchLearnsTheFrenchQuestion() {
            long conges = chat.in("rh").from("bob")
                    .says("#faq Combien de jours de congés ai-je par an ? | 25 jours ouvrés, plus les RTT").capturedId();
            Said asked = chat.in("general").from("alice").says("/kb demande nombre de jours de congés par an ?");

            Said merci = chat.in("general").from("alice").inThread(asked.id()).says("merci !");

            assertThat(chat.passerelle().store().entries().alternates(conges)).singleElement().satisfies(alternate -> {
                assertThat(alternate.text()).isEqualTo("nombre de jours de congés par an ?");
                assertThat(alternate.language()).isEqualTo(Language.FR);
            });
            assertThat(merci.text()).startsWith("Avec plaisir !");
        }

        @Test
        void fromSomeoneElseOrOutsideTheThreadLearnsNothing() {
            Said asked = chat.in("general").from("alice").says("/kb ask " + ASKED);

            chat.in("general").from("hugo").inThread(asked.id()).says("thanks!");
            chat.in("general").from("alice").says("thanks!");

            assertThat(alternates(wifi)).isEmpty();
        }

        @Test
        void inADirectMessageTeachesAnEntryKeptInThatConversation() {
            long printer = chat.dm("alice").says("#faq How do I add my home printer? | Settings, Printers, Add")
                    .capturedId();
            assertThat(cards(chat.dm("alice").says("adding a printer at home?").outcome()))
                    .extracting(EntryCard::id).contains(printer);

            chat.feedback(new ChannelRef(Platform.LOCAL, "local", "dm-alice", ChannelType.DIRECT), Sender.of("alice"),
                    printer, true, Language.EN, Instant.now());

            assertThat(alternates(printer)).containsExactly("adding a printer at home?");
        }

        @Test
        void afterAQuestionTheBotCouldNotAnswerLearnsNothing() {
            long printer = chat.dm("alice").says("#faq How do I add my home printer? | Settings, Printers, Add")
                    .capturedId();
            assertThat(cards(chat.dm("alice").says("adding a printer at home?").outcome()))
                    .extracting(EntryCard::id).contains(printer);
            assertThat(cards(chat.dm("alice").says("where is the 2031 offsite agenda?").outcome())).isEmpty();

            chat.dm("alice").says("thanks!");

            assertThat(alternates(printer)).isEmpty();
        }
    }
}
