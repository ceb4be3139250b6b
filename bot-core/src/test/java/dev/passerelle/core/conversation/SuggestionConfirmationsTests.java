package dev.passerelle.core.conversation;

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
import org.junit.jupiter.api.Test;

/**
 * Confirmations on suggestions ("Not sure, but these may help:"): Helpful under one teaches that one; a check mark
 * or thanks on the reply teaches its suggestion when there is only one, and on several asks which one helped.
 */
@WithConversation
class SuggestionConfirmationsTests {

    static final ChannelRef ALICE_DM = new ChannelRef(Platform.LOCAL, "local", "dm-alice", ChannelType.DIRECT);

    Conversation chat;

    /** Alice's own FAQs, kept in her DM, so that what she asks there may teach them. */
    long faq(String text) {
        return chat.dm("alice").says(text).capturedId();
    }

    Said asked(String question) {
        Said said = chat.dm("alice").says(question);
        assertThat(said.text()).as(question).startsWith("Not sure, but these may help:");
        return said;
    }

    List<Long> suggested(Said said) {
        return AskedWaysTests.cards(said.outcome()).stream().map(EntryCard::id).toList();
    }

    List<String> alternates(long entry) {
        return chat.passerelle().store().entries().alternates(entry).stream().map(AlternateQuestion::text).toList();
    }

    Outcome checkMark(Said asked, String replyText) {
        return chat.reacted(new Reaction(ALICE_DM, Sender.of("alice"), Kind.CONFIRM_ANSWER, "bot-reply-" + asked.id(),
                null, Sender.of("passerelle"), replyText, Instant.now()));
    }

    @Test
    void aCheckMarkOnASingleSuggestionTeachesIt() {
        long expenses = faq("#faq How do I submit an expense report? | In Expensya, one report per month");
        Said asked = asked("expenses?");
        assertThat(suggested(asked)).containsExactly(expenses);

        Outcome glad = checkMark(asked, asked.text());

        assertThat(alternates(expenses)).containsExactly("expenses?");
        assertThat(AskedWaysTests.text(glad)).startsWith("Glad it helped! I’ll remember how you asked");
    }

    @Test
    void aCheckMarkOnSeveralSuggestionsTeachesNoneAndAsksWhichOneHelped() {
        Said asked = severalSuggestions();

        Outcome which = checkMark(asked, asked.text());

        assertThat(suggested(asked)).allSatisfy(entry -> assertThat(alternates(entry)).isEmpty());
        assertThat(AskedWaysTests.text(which)).isEqualTo("Glad something helped! Which suggestion was it? "
                + "Press Helpful under it and I’ll remember how you asked.");
    }

    @Test
    void helpfulUnderTheSecondSuggestionTeachesThatOne() {
        Said asked = severalSuggestions();
        long second = suggested(asked).get(1);

        Outcome thanks = chat.feedback(ALICE_DM, Sender.of("alice"), second, true, Language.EN, Instant.now());

        assertThat(alternates(second)).containsExactly("expenses?");
        assertThat(alternates(suggested(asked).getFirst())).isEmpty();
        assertThat(AskedWaysTests.text(thanks)).endsWith("I’ll also remember how you asked, to find this answer "
                + "sooner next time.");
    }

    @Test
    void thanksAfterSeveralSuggestionsAsksWhichOneInFrenchToo() {
        faq("#faq Comment soumettre une note de frais ? | Dans Expensya, une note par mois");
        faq("#faq Quel plafond pour une note de frais de repas ? | 25 euros par repas");
        Said asked = chat.dm("alice").says("les frais ?");
        assertThat(asked.text()).startsWith("Pas sûr, mais ceci peut aider :");
        assertThat(suggested(asked)).hasSizeGreaterThan(1);

        Said merci = chat.dm("alice").says("merci !");

        assertThat(merci.text()).startsWith("Avec plaisir ! Quelle suggestion vous a aidé ?");
        assertThat(suggested(asked)).allSatisfy(entry -> assertThat(alternates(entry)).isEmpty());
    }

    @Test
    void thanksAfterASingleSuggestionTeachesIt() {
        long expenses = faq("#faq How do I submit an expense report? | In Expensya, one report per month");
        asked("expenses?");

        Said thanks = chat.dm("alice").says("thanks!");

        assertThat(thanks.text()).startsWith("You’re welcome! I’ll remember how you asked");
        assertThat(alternates(expenses)).containsExactly("expenses?");
    }

    private Said severalSuggestions() {
        faq("#faq How do I submit an expense report? | In Expensya, one report per month");
        faq("#faq What is the expense limit for a client dinner? | 60 euros a head");
        Said asked = asked("expenses?");
        assertThat(suggested(asked)).hasSizeGreaterThan(1);
        return asked;
    }
}
