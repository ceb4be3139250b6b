package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.knowledge.EntryRepository;
import java.util.List;
import java.util.Optional;

/** Showing one entry, and taking back one's +1 (review and curation live in {@link ReviewCommands}). */
final class CurationCommands {

    private final EntryRepository entries;

    CurationCommands(EntryRepository entries) {
        this.entries = entries;
    }

    Outcome show(Asker asker, String id) {
        return visible(asker, id).map(entry -> card(Cards.line(asker.language(), entry), entry))
                .orElseGet(() -> notFound(asker, id));
    }

    /** The reporter takes back a +1 that went to the wrong pain point. */
    Outcome unvote(Asker asker, String id) {
        Optional<Entry> found = visible(asker, id);
        if (found.isEmpty()) {
            return notFound(asker, id);
        }
        Entry entry = found.get();
        String number = String.valueOf(entry.id());
        if (entry.kind() != EntryKind.PAIN_POINT) {
            return Outcome.refused(asker.say("unvote.notPainPoint", number));
        }
        if (!entries.removeVote(entry.id(), asker.person().id(), asker.turn().time())) {
            return Outcome.refused(asker.say("unvote.none", number));
        }
        Entry now = entries.find(entry.id()).orElse(entry);
        return new Outcome(List.of(Reply.ephemeral(asker.say("unvote.done", number, now.votes(),
                Cards.preview(now.title())))), List.of(Capture.captured(now)), null);
    }

    private Optional<Entry> visible(Asker asker, String id) {
        return EntryCard.idOf(id).flatMap(entries::find)
                .filter(e -> asker.audience().sees(e.channelKey(), e.restricted()));
    }

    private static Outcome notFound(Asker asker, String id) {
        String why = EntryCard.idOf(id).map(number -> asker.say("command.notFound", id.strip().replaceFirst("^#", "")))
                .orElseGet(() -> asker.say("command.badId", id.strip()));
        return Outcome.refused(why);
    }

    private static Outcome card(String text, Entry entry) {
        List<Block> blocks = List.of(new Block.Entries(List.of(Cards.card(entry, 0))));
        return new Outcome(List.of(new Reply(text, null, true, blocks)), List.of(), null);
    }
}
