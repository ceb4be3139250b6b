package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Sender;
import static dev.passerelle.core.Conversation.channel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.conversation.Reaction.Kind;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** 💡 keeps someone's message as an insight, ✅ by the asker confirms one answer, 👍 backs a pain point. */
@WithConversation(knowledgeManagers = "kim")
class ReactionsTests {

    Conversation chat;

    /** {@code reactor} reacts to {@code message}, said by {@code author} in {@code channel}. */
    Outcome react(String reactor, Kind kind, String channel, Said message, @Nullable Said thread, String author,
            String text) {
        return chat.reacted(new Reaction(channel(channel), Sender.of(reactor), kind, message.id(),
                thread == null ? null : thread.id(), Sender.of(author), text, Instant.now()));
    }

    static String text(Outcome outcome) {
        return String.join("\n", outcome.replies().stream().map(Reply::text).toList());
    }

    String nameOf(long personId) {
        return chat.passerelle().store().people().find(personId).orElseThrow().displayName();
    }

    @Nested
    class SaveInsight {

        static final String TIP = "Outlook stops freezing once you start it with outlook.exe /safe";

        @Test
        void keepsTheMessageAsAnInsightByItsAuthorSourcedFromItAndTellsTheSaver() {
            Said tip = chat.in("it").from("thomas").says(TIP);

            Outcome saved = react("emma", Kind.SAVE_INSIGHT, "it", tip, null, "thomas", TIP);

            Entry insight = chat.entry(saved.captured().getFirst().id());
            assertThat(insight.kind()).isEqualTo(EntryKind.INSIGHT);
            assertThat(insight.status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(insight.title()).isEqualTo(TIP);
            assertThat(insight.source()).isEqualTo(tip.id());
            assertThat(nameOf(insight.authorId())).isEqualTo("thomas");
            assertThat(saved.replies()).singleElement().satisfies(reply -> {
                assertThat(reply.ephemeral()).isTrue();
                assertThat(reply.text()).startsWith("Saved as insight #" + insight.id());
            });
        }

        @Test
        void aSecondBulbSaysItIsAlreadySavedAndKeepsOneEntry() {
            Said tip = chat.in("it").from("thomas").says(TIP);
            long first = react("emma", Kind.SAVE_INSIGHT, "it", tip, null, "thomas", TIP).captured().getFirst().id();

            Outcome again = react("hugo", Kind.SAVE_INSIGHT, "it", tip, null, "thomas", TIP);

            assertThat(text(again)).isEqualTo("Already saved as #" + first + ".");
            assertThat(chat.passerelle().store().entries().findAllBySource(channel("it").key(), tip.id()))
                    .extracting(Entry::id).containsExactly(first);
        }

        @Test
        void aBulbFromAKnowledgeManagerSavesAVerifiedInsight() {
            Said tip = chat.in("it").from("thomas").says(TIP);

            Outcome saved = react("kim", Kind.SAVE_INSIGHT, "it", tip, null, "thomas", TIP);

            assertThat(chat.entry(saved.captured().getFirst().id()).status()).isEqualTo(EntryStatus.VERIFIED);
        }
    }

    @Nested
    class ConfirmAnswer {

        Said question;
        Said firstAnswer;
        Said laterAnswer;

        @BeforeEach
        void threadWithTwoAnswers() {
            question = chat.in("it").from("dave").says("How do I move MFA to a new phone?");
            firstAnswer = chat.in("it").from("carol").inThread(question.id())
                    .says("Open the authenticator, then Transfer accounts, then scan the QR code");
            laterAnswer = chat.in("it").from("thomas").inThread(question.id())
                    .says("Ask the help desk to reset your MFA registration");
        }

        @Test
        void theAskersCheckConfirmsThatAnswerEvenWhenALaterOneExists() {
            Outcome confirmed = react("dave", Kind.CONFIRM_ANSWER, "it", firstAnswer, question, "carol",
                    "Open the authenticator, then Transfer accounts, then scan the QR code");

            Entry faq = confirmed.captured().stream().map(c -> chat.entry(c.id()))
                    .filter(e -> e.kind() == EntryKind.FAQ).findFirst().orElseThrow();
            assertThat(faq.status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(faq.title()).isEqualTo("How do I move MFA to a new phone?");
            assertThat(faq.body()).isEqualTo("Open the authenticator, then Transfer accounts, then scan the QR code");
            assertThat(faq.source()).isEqualTo(firstAnswer.id());
            assertThat(nameOf(faq.authorId())).isEqualTo("carol");
            assertThat(chat.passerelle().store().entries()
                    .findBySource(channel("it").key(), question.id(), EntryKind.QUESTION).orElseThrow().status())
                    .isEqualTo(EntryStatus.ANSWERED);
            assertThat(chat.passerelle().store().evidence().findByMessage(channel("it").key(), firstAnswer.id())
                    .orElseThrow().confirmed()).isTrue();
            assertThat(confirmed.replies()).singleElement()
                    .satisfies(reply -> assertThat(reply.text()).startsWith("Saved carol’s answer as draft FAQ #" + faq.id()));
        }

        @Test
        void aCheckBySomeoneOtherThanTheAskerDoesNothing() {
            Outcome outcome = react("emma", Kind.CONFIRM_ANSWER, "it", firstAnswer, question, "carol",
                    "Open the authenticator, then Transfer accounts, then scan the QR code");

            assertThat(outcome.captured()).isEmpty();
            assertThat(outcome.replies()).isEmpty();
            assertThat(chat.passerelle().store().entries().findAllBySource(channel("it").key(), firstAnswer.id()))
                    .isEmpty();
        }

        @Test
        void theAskersCheckOnTheirOwnMessageDoesNothing() {
            Said ownFollowUp = chat.in("it").from("dave").inThread(question.id())
                    .says("I also tried reinstalling the app without luck");

            Outcome outcome = react("dave", Kind.CONFIRM_ANSWER, "it", ownFollowUp, question, "dave",
                    "I also tried reinstalling the app without luck");

            assertThat(outcome.captured()).isEmpty();
        }

        @Test
        void aCheckOnAnAnswerAlreadyConfirmedByThanksKeepsASingleFaq() {
            chat.in("it").from("dave").inThread(question.id()).says("thanks, that's it!");

            react("dave", Kind.CONFIRM_ANSWER, "it", laterAnswer, question, "thomas",
                    "Ask the help desk to reset your MFA registration");

            assertThat(chat.passerelle().store().entries().findAllBySource(channel("it").key(), laterAnswer.id()))
                    .filteredOn(e -> e.kind() == EntryKind.FAQ).hasSize(1);
        }
    }

    @Nested
    class PlusOne {

        @Test
        void aThumbsUpOnAPainPointAddsOneVotePerPerson() {
            Said pain = chat.in("it").from("sarah").says("#pain The VPN drops every afternoon");
            long id = pain.capturedId();

            Outcome backed = react("oliver", Kind.PLUS_ONE, "it", pain, null, "sarah", "#pain The VPN drops every afternoon");
            Outcome again = react("oliver", Kind.PLUS_ONE, "it", pain, null, "sarah", "#pain The VPN drops every afternoon");
            react("emma", Kind.PLUS_ONE, "it", pain, null, "sarah", "#pain The VPN drops every afternoon");

            assertThat(text(backed)).startsWith("+1 on pain point #" + id + " (2 votes)");
            assertThat(again.captured()).isEmpty();
            assertThat(chat.entry(id).votes()).as("sarah, oliver once, emma").isEqualTo(3);
        }

        @Test
        void theAuthorThumbsUpOnTheirOwnPainPointCountsNothingMore() {
            Said pain = chat.in("it").from("sarah").says("#pain The VPN drops every afternoon");

            Outcome outcome = react("sarah", Kind.PLUS_ONE, "it", pain, null, "sarah", "#pain The VPN drops every afternoon");

            assertThat(text(outcome)).startsWith("You already backed pain point #" + pain.capturedId());
            assertThat(chat.entry(pain.capturedId()).votes()).isEqualTo(1);
        }

        @Test
        void aThumbsUpOnAnOrdinaryMessageDoesNothing() {
            Said lunch = chat.in("it").from("sarah").says("Lunch at noon at the usual place");

            Outcome outcome = react("oliver", Kind.PLUS_ONE, "it", lunch, null, "sarah", "Lunch at noon at the usual place");

            assertThat(outcome.isNothing()).isTrue();
            assertThat(chat.passerelle().store().entries().findAllBySource(channel("it").key(), lunch.id())).isEmpty();
        }
    }
}
