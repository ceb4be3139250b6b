package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Turn;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.understanding.Intent;
import dev.passerelle.core.understanding.Understanding;
import dev.passerelle.core.people.PeopleRepository;
import java.util.List;
import java.util.Optional;

/**
 * Learns from threads under a stored question: others' replies are answers (expertise
 * evidence); the asker's thanks confirms the latest one, which becomes a draft FAQ, and the
 * asker's own answer ("Trouvé : …", "found it: …") becomes one too.
 */
public final class ThreadAnswers {

    private static final int MINIMUM_ANSWER_WORDS = 3;

    private final EntryRepository entries;
    private final EvidenceRepository evidence;
    private final PeopleRepository people;

    public ThreadAnswers(EntryRepository entries, EvidenceRepository evidence, PeopleRepository people) {
        this.entries = entries;
        this.evidence = evidence;
        this.people = people;
    }

    /** The outcome when the message confirmed an answer; empty when normal handling goes on. */
    public Optional<Outcome> handle(Asker asker, Understanding understanding, String text) {
        Turn in = asker.turn();
        if (in.thread() == null) {
            return Optional.empty();
        }
        String channel = in.channelRef().key();
        Optional<Entry> question = entries.findBySource(channel, in.thread(), EntryKind.QUESTION);
        if (question.isEmpty()) {
            return Optional.empty();
        }
        long asked = askerOf(question.get(), channel, in.thread());
        if (asker.person().id() == asked) {
            if (understanding.selfAnswer() != null) {
                return Optional.of(answeredByAsker(asker, question.get(), understanding.selfAnswer()));
            }
            return understanding.intent() instanceof Intent.Confirmation
                    ? confirm(asker, question.get())
                    : Optional.empty();
        }
        if (looksLikeAnAnswer(understanding, text)) {
            evidence.recordAnswer(asker.person().id(), in.messageId(), in.thread(), channel,
                    in.channelType().restricted(), text, understanding.language(), in.time());
        }
        return Optional.empty();
    }

    /**
     * Whether this message replies, in a stored question's thread, to someone else's question: an answer
     * to a person, which the bot records and leaves alone rather than answering it as a question.
     */
    public boolean repliesToAnotherAsker(Asker asker) {
        Turn in = asker.turn();
        return in.thread() != null && entries.findBySource(in.channelRef().key(), in.thread(), EntryKind.QUESTION)
                .filter(question -> question.authorId() != asker.person().id()).isPresent();
    }

    /** The asker found the answer themselves: it becomes a draft FAQ under their question, which is answered. */
    private Outcome answeredByAsker(Asker asker, Entry question, String answer) {
        Turn in = asker.turn();
        String channel = in.channelRef().key();
        Optional<Entry> already = entries.findBySource(channel, in.messageId(), EntryKind.FAQ);
        if (already.isPresent()) {
            return Outcome.told(asker.say("capture.already", String.valueOf(already.get().id())));
        }
        Entry faq = entries.insert(new NewEntry(EntryKind.FAQ, EntryStatus.DRAFT, question.title(), answer,
                question.language(), asker.person().id(), channel, question.restricted(), in.messageId(),
                in.thread(), question.tags(), in.time()));
        Entry answered = question.status() == EntryStatus.ANSWERED ? question
                : entries.updateStatus(question.id(), EntryStatus.ANSWERED, in.time());
        Reply thanks = new Reply(asker.say("capture.selfFaq", String.valueOf(faq.id())), in.thread(), true,
                List.of());
        return new Outcome(List.of(thanks), List.of(Capture.captured(faq), Capture.captured(answered)), null);
    }

    private Optional<Outcome> confirm(Asker asker, Entry question) {
        Turn in = asker.turn();
        return evidence.latestAnswer(in.channelRef().key(), in.thread(), asker.person().id())
                .map(answer -> confirm(asker, question, answer));
    }

    /**
     * The asker marked one answer in the thread (✅ on it): it becomes a draft FAQ. Empty when the
     * message is not an answer by someone else under a question of this asker.
     */
    public Optional<Outcome> confirmByReaction(Asker asker, String thread, String answerMessageId, long answererId,
            String answerText) {
        Turn in = asker.turn();
        String channel = in.channelRef().key();
        return entries.findBySource(channel, thread, EntryKind.QUESTION)
                .filter(question -> askerOf(question, channel, thread) == asker.person().id()
                        && answererId != asker.person().id())
                .map(question -> confirm(asker, question, evidence.findByMessage(channel, answerMessageId)
                        .orElseGet(() -> evidence.recordAnswer(answererId, answerMessageId, thread, channel,
                                in.channelType().restricted(), answerText, question.language(), in.time()))));
    }

    private Outcome confirm(Asker asker, Entry question, Evidence answer) {
        Turn in = asker.turn();
        String thread = in.thread();
        Optional<Entry> already = entries.findBySource(answer.channelKey(), answer.messageId(), EntryKind.FAQ);
        if (already.isPresent()) {
            // Thanks and ✅ on the same answer: one FAQ.
            return Outcome.told(asker.say("capture.already", String.valueOf(already.get().id())));
        }
        Evidence confirmed = evidence.confirm(answer.id());
        Entry faq = entries.insert(new NewEntry(EntryKind.FAQ, EntryStatus.DRAFT, question.title(),
                confirmed.text(), question.language(), confirmed.personId(), confirmed.channelKey(),
                confirmed.restricted(), confirmed.messageId(), thread, question.tags(), in.time()));
        Entry answered = entries.updateStatus(question.id(), EntryStatus.ANSWERED, in.time());
        String answerer = people.find(confirmed.personId()).map(p -> p.displayName()).orElse("?");
        Reply thanks = new Reply(asker.say("capture.threadFaq", answerer, String.valueOf(faq.id())), thread, true,
                List.of());
        return new Outcome(List.of(thanks), List.of(Capture.captured(faq), Capture.captured(answered)), null);
    }

    /** The question's author, or whoever asked it again in this thread when their ask was folded into it. */
    private long askerOf(Entry question, String channel, String thread) {
        return entries.askedBy(channel, thread).orElse(question.authorId());
    }

    private static boolean looksLikeAnAnswer(Understanding understanding, String text) {
        Intent intent = understanding.intent();
        return !(intent instanceof Intent.Confirmation) && !(intent instanceof Intent.Chatter && text.split("\\s+").length
                < MINIMUM_ANSWER_WORDS);
    }
}
