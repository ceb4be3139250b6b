package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.ReviewRepository;
import org.jspecify.annotations.Nullable;

/**
 * The entry a review command names, or the one line saying why there is none to work on: not a number, no such
 * entry that the asker can see, or merged into another (whose number it then gives).
 */
record Reviewed(@Nullable Entry entry, @Nullable Outcome refusal) {

    static Reviewed find(Asker asker, String id, EntryRepository entries, ReviewRepository review) {
        var number = EntryCard.idOf(id);
        if (number.isEmpty()) {
            return refused(asker.say("command.badId", id.strip()));
        }
        var entry = entries.find(number.get()).filter(e -> asker.audience().sees(e.channelKey(), e.restricted()));
        if (entry.isEmpty()) {
            return refused(asker.say("command.notFound", String.valueOf(number.get())));
        }
        var into = review.mergedInto(number.get());
        if (into.isPresent()) {
            return refused(asker.say("review.merged", String.valueOf(number.get()), String.valueOf(into.get())));
        }
        return new Reviewed(entry.get(), null);
    }

    private static Reviewed refused(String why) {
        return new Reviewed(null, Outcome.refused(why));
    }

    boolean found() {
        return entry != null;
    }
}
