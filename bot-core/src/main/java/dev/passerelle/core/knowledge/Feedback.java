package dev.passerelle.core.knowledge;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Outcome;

/**
 * "Helpful" / "Not helpful" on an answer: one opinion per person and entry, which ranks answers. Helpful on an entry
 * shown in reply to the person's question also teaches the entry how they asked ({@link AskedWays}).
 */
public final class Feedback {

    private final EntryRepository entries;
    private final AskedWays askedWays;

    public Feedback(EntryRepository entries, AskedWays askedWays) {
        this.entries = entries;
        this.askedWays = askedWays;
    }

    public Outcome give(Asker asker, long entryId, boolean helpful) {
        return entries.find(entryId)
                .filter(entry -> asker.audience().sees(entry.channelKey(), entry.restricted()))
                .map(entry -> {
                    String said = entries.feedback(entryId, asker.person().id(), helpful, asker.turn().time())
                            ? asker.say("feedback.thanks") : asker.say("feedback.same", String.valueOf(entryId));
                    boolean learned = helpful && askedWays.helpful(asker, entryId);
                    return Outcome.told(learned ? said + " " + asker.say("learn.remembered") : said);
                })
                .orElseGet(() -> Outcome.refused(asker.say("command.notFound", String.valueOf(entryId))));
    }
}
