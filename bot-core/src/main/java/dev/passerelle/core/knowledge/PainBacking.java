package dev.passerelle.core.knowledge;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.conversation.ReactionRemoved;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.understanding.MeToo;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.PainStatus;
import java.util.List;
import java.util.Optional;

/**
 * The +1s that are not a pain point said again: "+1" or "moi aussi" replied in its thread, the +1 button on its
 * card, and a 👍 taken back. One +1 per person; the reporter's own stays when they take back a 👍.
 */
public final class PainBacking {

    private final EntryRepository entries;
    private final MeToo meToo = new MeToo();

    public PainBacking(EntryRepository entries) {
        this.entries = entries;
    }

    /** A "me too" in the thread of a pain point backs it; anything else is not for this feature. */
    public Optional<Outcome> replied(Asker asker, Message in) {
        if (in.thread() == null || !meToo.says(in.text())) {
            return Optional.empty();
        }
        return entries.findBySource(in.channel().key(), in.thread(), EntryKind.PAIN_POINT)
                .map(pain -> back(asker, pain));
    }

    /** The +1 button under a pain point's card. */
    public Outcome clicked(Asker asker, long entryId) {
        Optional<Entry> found = entries.find(entryId)
                .filter(e -> asker.audience().sees(e.channelKey(), e.restricted()));
        if (found.isEmpty()) {
            return Outcome.refused(asker.say("command.notFound", String.valueOf(entryId)));
        }
        if (found.get().kind() != EntryKind.PAIN_POINT) {
            return Outcome.refused(asker.say("unvote.notPainPoint", String.valueOf(entryId)));
        }
        return back(asker, found.get());
    }

    /** A 👍 taken off a pain point takes its +1 back, unless the reactor reported it. */
    public Outcome reactionRemoved(Asker reactor, ReactionRemoved removed) {
        if (removed.kind() != Reaction.Kind.PLUS_ONE) {
            return Outcome.nothing();
        }
        return entries.findBySource(removed.channel().key(), removed.messageId(), EntryKind.PAIN_POINT)
                .filter(pain -> pain.authorId() != reactor.person().id())
                .filter(pain -> entries.removeVote(pain.id(), reactor.person().id(), removed.time()))
                .map(pain -> {
                    Entry now = entries.find(pain.id()).orElse(pain);
                    return new Outcome(List.of(Reply.ephemeral(reactor.say("unvote.done", String.valueOf(now.id()),
                            now.votes(), Cards.preview(now.title())))), List.of(Capture.captured(now)), null);
                })
                .orElse(Outcome.nothing());
    }

    private Outcome back(Asker asker, Entry pain) {
        String number = String.valueOf(pain.id());
        if (pain.painStatus() == PainStatus.RESOLVED) {
            return Outcome.told(asker.say("pain.vote.resolved", number, Cards.preview(pain.title())));
        }
        boolean counted = entries.addVote(pain.id(), asker.person().id(), asker.turn().time());
        Entry now = entries.find(pain.id()).orElse(pain);
        String key = counted ? "capture.voteUndo" : "capture.voteAgain";
        return new Outcome(List.of(Reply.ephemeral(asker.say(key, number, now.votes(), Cards.preview(now.title())))),
                counted ? List.of(Capture.captured(now)) : List.of(), null);
    }
}
