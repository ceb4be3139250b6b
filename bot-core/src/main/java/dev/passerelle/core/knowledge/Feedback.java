package dev.passerelle.core.knowledge;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Outcome;

/** "Helpful" / "Not helpful" on an answer: one opinion per person and entry, which ranks answers. */
public final class Feedback {

    private final EntryRepository entries;

    public Feedback(EntryRepository entries) {
        this.entries = entries;
    }

    public Outcome give(Asker asker, long entryId, boolean helpful) {
        return entries.find(entryId)
                .filter(entry -> asker.audience().sees(entry.channelKey(), entry.restricted()))
                .map(entry -> entries.feedback(entryId, asker.person().id(), helpful, asker.turn().time())
                        ? Outcome.told(asker.say("feedback.thanks"))
                        : Outcome.told(asker.say("feedback.same", String.valueOf(entryId))))
                .orElseGet(() -> Outcome.refused(asker.say("command.notFound", String.valueOf(entryId))));
    }
}
