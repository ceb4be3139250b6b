package dev.passerelle.core.curation;

import static dev.passerelle.core.Conversation.channel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Home;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.PainStatus;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The desk: the same view for everyone, more of it for knowledge managers, never what the viewer cannot see. */
@WithConversation(knowledgeManagers = "kim")
class DeskTests {

    static final List<String> DRAFTS = List.of(
            "#faq How do I reset my password? | Use the self-service portal",
            "#faq Where is the VPN guide? | On the IT wiki, page VPN",
            "#faq Who approves travel requests? | Your manager, in the HR tool",
            "#faq How do I book a meeting room? | Through the calendar, rooms tab",
            "#faq Where do I find the price lists? | In the Sales drive",
            "#insight Press Win+L to lock your laptop",
            "#insight The printer on floor 3 needs a badge");

    Conversation chat;
    private final AtomicInteger clicks = new AtomicInteger();

    Reply desk(String user, String command) {
        return chat.dm(user).says(command).outcome().replies().getFirst();
    }

    static List<Action> actions(EntryCard card) {
        return card.buttons().stream().map(Block.Button::action).toList();
    }

    static List<EntryCard> cardsUnder(Reply reply, String title) {
        List<Block> blocks = reply.blocks();
        for (int i = 0; i < blocks.size() - 1; i++) {
            if (blocks.get(i) instanceof Block.Section(String text) && text.startsWith(title)
                    && blocks.get(i + 1) instanceof Block.Entries(List<EntryCard> cards)) {
                return cards;
            }
        }
        return List.of();
    }

    Outcome click(String user, Action action, long id, Language language, boolean desk) {
        return chat.submit(new Click(new ChannelRef(Platform.LOCAL, "local", "dm-" + user, ChannelType.DIRECT),
                Sender.of(user), action, id, null, language, "desk-click-" + clicks.incrementAndGet(), Instant.now(),
                desk));
    }

    Said pain(String user, String text) {
        return chat.in("it").from(user).says(text);
    }

    @Nested
    class ForAMember {

        @Test
        void showsProfileQuestionsAndThePainRegisterWithPlusOneOnly() {
            Said vpn = pain("sarah", "#pain The VPN drops every afternoon");
            chat.in("it").from("oliver").inThread(vpn.id()).says("+1");
            DRAFTS.forEach(text -> chat.in("it").from("bob").says(text));
            Said open = chat.dm("alice").says("What is the wifi guest code at the Lyon office?");

            Reply desk = desk("alice", "/kb desk");

            assertThat(desk.text()).startsWith("Your desk\nalice — team: none — role: member")
                    .contains("Pain register: 1 open or acknowledged, the most backed:",
                            "#" + vpn.capturedId() + " — 2 votes, +2 this week")
                    .doesNotContain("Waiting for review", "Open gaps", "The last 7 days");
            assertThat(cardsUnder(desk, "Your open questions")).extracting(EntryCard::id)
                    .containsExactly(open.capturedId());
            List<EntryCard> pains = cardsUnder(desk, "Pain register");
            assertThat(pains).extracting(EntryCard::id).containsExactly(vpn.capturedId());
            assertThat(actions(pains.getFirst())).containsExactly(Action.VOTE);
            assertThat(pains.getFirst().buttons()).allMatch(Block.Button::desk);
        }

        @Test
        void hasItsFrenchWordsAndAnswersInFrench() {
            pain("sarah", "#pain The VPN drops every afternoon");

            assertThat(desk("alice", "/kb bureau").text()).startsWith("Votre bureau\n")
                    .contains("Registre des irritants : 1 ouvert ou pris en compte");
            assertThat(desk("alice", "accueil").text()).startsWith("Votre bureau\n");
            assertThat(desk("alice", "/kb home").text()).startsWith("Your desk\n");
            assertThat(chat.dm("alice").says("/kb desk now").outcome().error()).isEqualTo("Usage: /kb desk");
        }
    }

    @Nested
    class ForAKnowledgeManager {

        @Test
        void showsTheWholeQueueTotalTheGapsTheRegisterWithItsMovesAndTheWeek() {
            DRAFTS.forEach(text -> chat.in("it").from("bob").says(text));
            Said gap = chat.in("it").from("alice").toBot().says("What is the wifi guest code at the Lyon office?");
            Said vpn = pain("sarah", "#pain The VPN drops every afternoon");

            Reply desk = desk("kim", "/kb desk");

            assertThat(desk.text()).contains("role: knowledge manager", "Waiting for review: 8, the 5 oldest:",
                    "Open gaps: 1, the most asked:", "#" + gap.capturedId() + " “What is the wifi guest code",
                    "The last 7 days:", "• New entries in the period:", "• Questions:", "• Feedback:");
            List<EntryCard> review = cardsUnder(desk, "Waiting for review");
            assertThat(review).hasSize(5).allSatisfy(card -> assertThat(actions(card))
                    .containsExactly(Action.VERIFY, Action.EDIT, Action.ARCHIVE));
            assertThat(cardsUnder(desk, "Open gaps")).singleElement()
                    .satisfies(card -> assertThat(actions(card)).containsExactly(Action.ANSWER_GAP, Action.ROUTE_GAP));
            assertThat(cardsUnder(desk, "Pain register")).singleElement().satisfies(card -> {
                assertThat(card.id()).isEqualTo(vpn.capturedId());
                assertThat(actions(card)).containsExactly(Action.VOTE, Action.ACKNOWLEDGE_PAIN, Action.RESOLVE_PAIN);
            });
            assertThat(desk.entries()).flatExtracting(EntryCard::buttons).allMatch(Block.Button::desk);
        }

        @Test
        void theHomeTabHoldsTheSameDesk() {
            DRAFTS.forEach(text -> chat.in("it").from("bob").says(text));

            Home home = chat.bot().home(Platform.LOCAL, "local", Sender.of("kim"), Language.EN);

            assertThat(home.curator()).isTrue();
            assertThat(home.desk().reviewTotal()).isEqualTo(7);
            assertThat(home.reviewQueue()).hasSize(5);
            assertThat(home.desk().stats()).hasSize(3);
        }

        @Test
        void aClickOnTheDeskRedrawsItWhole() {
            DRAFTS.forEach(text -> chat.in("it").from("bob").says(text));
            EntryCard first = cardsUnder(desk("kim", "/kb desk"), "Waiting for review").getFirst();

            Outcome verified = click("kim", Action.VERIFY, first.id(), Language.EN, true);

            assertThat(verified.desk()).isNotNull();
            assertThat(verified.desk().text()).contains("Waiting for review: 6, the 5 oldest:");
            assertThat(cardsUnder(verified.desk(), "Waiting for review")).extracting(EntryCard::id)
                    .doesNotContain(first.id()).hasSize(5);
            assertThat(click("kim", Action.VERIFY, first.id(), Language.EN, false).desk()).isNull();
        }
    }

    @Nested
    class PainButtons {

        @Test
        void acknowledgeTellsReporterAndBackersAuditsAndLeavesOnlyResolve() {
            Said vpn = pain("sarah", "#pain The VPN drops every afternoon");
            chat.in("it").from("oliver").inThread(vpn.id()).says("+1");
            long id = vpn.capturedId();

            Outcome acknowledged = click("kim", Action.ACKNOWLEDGE_PAIN, id, Language.EN, false);

            assertThat(acknowledged.replies().getFirst().text())
                    .isEqualTo("Pain point #" + id + " is now acknowledged; 2 people told.");
            assertThat(acknowledged.notices()).extracting(n -> n.to().user()).containsExactlyInAnyOrder("sarah", "oliver");
            assertThat(acknowledged.notices().getFirst().reply().text()).contains("has been acknowledged by kim");
            assertThat(chat.entry(id).painStatus()).isEqualTo(PainStatus.ACKNOWLEDGED);
            assertThat(acknowledged.refreshedEntry(id)).hasValueSatisfying(card ->
                    assertThat(actions(card)).containsExactly(Action.VOTE, Action.RESOLVE_PAIN));

            Outcome resolved = click("kim", Action.RESOLVE_PAIN, id, Language.EN, false);

            assertThat(resolved.notices()).hasSize(2);
            assertThat(chat.entry(id).painStatus()).isEqualTo(PainStatus.RESOLVED);
            assertThat(resolved.refreshedEntry(id)).hasValueSatisfying(card -> assertThat(card.buttons()).isEmpty());
            assertThat(chat.passerelle().store().auditTrail().last(10, 0, null, "entry:" + id))
                    .extracting(line -> line.action() + " " + line.detail())
                    .containsExactlyInAnyOrder("pain-acknowledged open -> acknowledged",
                            "pain-resolved acknowledged -> resolved");
        }

        @Test
        void aMemberIsRefusedInOneLineInHerLanguageAndNothingMoves() {
            Said vpn = pain("sarah", "#pain The VPN drops every afternoon");

            Outcome refused = click("alice", Action.ACKNOWLEDGE_PAIN, vpn.capturedId(), Language.FR, false);

            assertThat(refused.error()).isEqualTo("Seuls les gestionnaires de connaissances peuvent utiliser "
                    + "« Prendre en compte ». Demandez à l’un d’eux, ou à un admin, si besoin.");
            assertThat(refused.notices()).isEmpty();
            assertThat(chat.entry(vpn.capturedId()).painStatus()).isIn(null, PainStatus.OPEN);
        }

        @Test
        void theListingShowsThemToManagersOnly() {
            Said vpn = pain("sarah", "#pain The VPN drops every afternoon");
            Said printer = pain("oliver", "#pain The printer on floor 2 jams every day");
            chat.dm("kim").says("/kb pain " + printer.capturedId() + " acknowledge");

            List<EntryCard> forKim = chat.dm("kim").says("/kb painpoints").outcome().replies().getFirst().entries();
            List<EntryCard> acknowledged = chat.dm("kim").says("/kb painpoints acknowledged").outcome().replies()
                    .getFirst().entries();
            List<EntryCard> forAlice = chat.dm("alice").says("/kb painpoints").outcome().replies().getFirst().entries();

            assertThat(forKim).singleElement().satisfies(card -> assertThat(actions(card))
                    .containsExactly(Action.VOTE, Action.ACKNOWLEDGE_PAIN, Action.RESOLVE_PAIN));
            assertThat(acknowledged).singleElement().satisfies(card -> assertThat(actions(card))
                    .containsExactly(Action.VOTE, Action.RESOLVE_PAIN));
            assertThat(forAlice).singleElement().satisfies(card -> {
                assertThat(card.id()).isEqualTo(vpn.capturedId());
                assertThat(actions(card)).containsExactly(Action.VOTE);
            });
        }
    }

    @Nested
    class Privacy {

        @Test
        void aPrivateChannelsPainPointAndGapShowOnlyToItsMembers() {
            Said expenses = chat.inPrivate("finance").from("marc").says("#pain The expense tool crashes on receipts");
            Said budget = chat.inPrivate("finance").from("marc").toBot().says("What is the travel budget for Q3?");
            chat.inPrivate("finance").from("kim").says("Hello finance");
            Said hidden = chat.inPrivate("hr").from("helen").says("#pain Payslips arrive after the tenth of the month");
            Said hrGap = chat.inPrivate("hr").from("helen").toBot().says("When are the HR salary reviews planned?");

            Reply kim = desk("kim", "/kb desk");
            Reply marc = desk("marc", "/kb desk");

            assertThat(kim.entries()).extracting(EntryCard::id).contains(expenses.capturedId(), budget.capturedId())
                    .doesNotContain(hidden.capturedId(), hrGap.capturedId());
            assertThat(kim.text()).doesNotContain("Payslips", "salary reviews");
            assertThat(marc.entries()).extracting(EntryCard::id).contains(expenses.capturedId())
                    .doesNotContain(hidden.capturedId());
            assertThat(desk("dave", "/kb desk").text()).doesNotContain("expense tool", "Payslips");
        }

        @Test
        void inAChannelTheDeskShowsNoQuestionPutToTheBotInADirectMessage() {
            Said asked = chat.dm("alice").says("What is the wifi guest code at the Lyon office?");

            Reply inDm = desk("kim", "/kb desk");
            Reply inChannel = chat.in("general").from("kim").says("/kb desk").outcome().replies().getFirst();

            assertThat(inDm.entries()).extracting(EntryCard::id).contains(asked.capturedId());
            assertThat(inChannel.entries()).extracting(EntryCard::id).doesNotContain(asked.capturedId());
            assertThat(inChannel.text()).doesNotContain("wifi guest code");
        }
    }
}
