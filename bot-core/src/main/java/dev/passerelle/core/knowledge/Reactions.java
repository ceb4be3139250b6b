package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.PainStatus;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.understanding.Intent;
import dev.passerelle.core.understanding.MessageReader;
import dev.passerelle.core.understanding.Understanding;
import java.util.List;
import java.util.Optional;

/**
 * What reactions do: 💡 keeps a message as an insight, ✅ confirms an answer (a thread answer becomes a FAQ; on the
 * bot's answer, the question is learned as another way of asking it), 👍 backs a pain point.
 */
public final class Reactions {

    private final EntryRepository entries;
    private final Capture capture;
    private final ThreadAnswers threads;
    private final MessageReader reader;
    private final AskedWays askedWays;

    public Reactions(EntryRepository entries, Capture capture, ThreadAnswers threads, MessageReader reader,
            AskedWays askedWays) {
        this.entries = entries;
        this.capture = capture;
        this.threads = threads;
        this.reader = reader;
        this.askedWays = askedWays;
    }

    public Outcome react(Asker reactor, Reaction reaction, Person author) {
        return switch (reaction.kind()) {
            case SAVE_INSIGHT -> saveInsight(reactor, reaction, author);
            case CONFIRM_ANSWER -> confirmAnswer(reactor, reaction, author);
            case PLUS_ONE -> plusOne(reactor, reaction);
        };
    }

    /** A thread answer under the reactor's question becomes a FAQ; the bot's own answer learns how they asked. */
    private Outcome confirmAnswer(Asker reactor, Reaction reaction, Person author) {
        if (reaction.thread() != null) {
            Optional<Outcome> faq = threads.confirmByReaction(reactor, reaction.thread(), reaction.messageId(),
                    author.id(), reaction.text());
            if (faq.isPresent()) {
                return faq.get();
            }
        }
        return switch (askedWays.confirmed(reactor, reaction)) {
            case LEARNED -> Outcome.told(reactor.say("learn.confirmed"));
            case WHICH_ONE -> Outcome.told(reactor.say("learn.whichOne"));
            case NOTHING -> Outcome.nothing();
        };
    }

    private Outcome saveInsight(Asker reactor, Reaction reaction, Person author) {
        if (reaction.text().isBlank()) {
            return Outcome.nothing();
        }
        Understanding read = reader.read(reaction.text());
        String text = read.intent() instanceof Intent.Insight insight ? insight.text() : reaction.text().strip();
        return capture.saveMessage(reactor, author.id(), EntryKind.INSIGHT, text, null, read.tags(),
                reaction.messageId(), reaction.thread());
    }

    private Outcome plusOne(Asker reactor, Reaction reaction) {
        String channel = reaction.channel().key();
        return entries.findBySource(channel, reaction.messageId(), EntryKind.PAIN_POINT)
                .filter(pain -> pain.painStatus() != PainStatus.RESOLVED)
                .map(pain -> {
                    boolean counted = entries.addVote(pain.id(), reactor.person().id(), reaction.time());
                    Entry now = entries.find(pain.id()).orElse(pain);
                    String key = counted ? "capture.vote" : "capture.voteAgain";
                    return new Outcome(List.of(Reply.ephemeral(reactor.say(key, String.valueOf(now.id()), now.votes(),
                            Cards.preview(now.title())))), List.of(Capture.captured(now)), null);
                })
                .orElse(Outcome.nothing());
    }
}
