package dev.passerelle.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A clicked card comes back as the entry now is, with the buttons that still apply, in the card's language. */
@WithConversation(knowledgeManagers = "kim")
class ClickedCardsTests {

    private static final AtomicInteger CLICKS = new AtomicInteger();

    Conversation chat;

    @Test
    void verifyingADraftRedrawsItsCardAsVerifiedWithArchiveAndEditLeft() {
        long draft = chat.in("sales").from("bob").says("#faq Where are the price lists? | In the Sales drive")
                .capturedId();

        Outcome outcome = click("kim", Action.VERIFY, draft, Language.EN);

        EntryCard card = outcome.refreshedEntry(draft).orElseThrow();
        assertThat(card.status()).isEqualTo(EntryStatus.VERIFIED);
        assertThat(card.title()).isEqualTo("Where are the price lists?");
        assertThat(card.buttons()).extracting(Block.Button::action, Block.Button::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Action.EDIT, "Edit"),
                        org.assertj.core.groups.Tuple.tuple(Action.ARCHIVE, "Archive"));
        assertThat(chat.entry(draft).status()).isEqualTo(EntryStatus.VERIFIED);
    }

    @Test
    void archivingRedrawsTheCardInTheCardsLanguageWithUnarchiveToBringItBack() {
        long draft = chat.in("sales").from("bob").says("#faq Où sont les tarifs ? | Dans le drive Ventes")
                .capturedId();

        EntryCard card = click("kim", Action.ARCHIVE, draft, Language.FR).refreshedEntry(draft).orElseThrow();

        assertThat(card.status()).isEqualTo(EntryStatus.ARCHIVED);
        assertThat(card.buttons()).extracting(Block.Button::label).containsExactly("Désarchiver");
    }

    @Test
    void feedbackLeavesTheAnswerCardAsItIsForEveryoneElseWhoReadsIt() {
        long faq = chat.in("sales").from("bob").says("#faq Where are the price lists? | In the Sales drive")
                .capturedId();

        Outcome outcome = click("ann", Action.HELPFUL, faq, Language.EN);

        assertThat(outcome.replies()).isNotEmpty();
        assertThat(outcome.refreshed()).isEmpty();
    }

    @Test
    void aRefusedClickLeavesTheCardAsItWas() {
        long draft = chat.in("sales").from("bob").says("#faq Where are the price lists? | In the Sales drive")
                .capturedId();

        Outcome refused = click("bob", Action.VERIFY, draft, Language.EN);

        assertThat(refused.error()).isNotNull();
        assertThat(refused.refreshed()).isEmpty();
        assertThat(chat.entry(draft).status()).isEqualTo(EntryStatus.DRAFT);
    }

    @Test
    void anEntryFromAPrivateChannelIsNotRedrawnForSomeoneOutsideIt() {
        long secret = chat.inPrivate("board").from("bob").says("#faq When is the merger? | In March").capturedId();

        Outcome outcome = click("kim", Action.VERIFY, secret, Language.EN);

        assertThat(outcome.refreshed()).isEmpty();
    }

    private Outcome click(String user, Action action, long entry, Language language) {
        return chat.submit(new Click(Conversation.channel("sales"), Sender.of(user), action, entry, null, language,
                "c" + CLICKS.incrementAndGet(), Instant.now()));
    }
}
