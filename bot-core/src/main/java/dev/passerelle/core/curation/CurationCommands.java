package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.knowledge.Listings;
import dev.passerelle.core.knowledge.EntryRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Showing, listing and curating entries; every curation action goes to the audit log. */
final class CurationCommands {

    private static final int LIST_LIMIT = 10;

    private final EntryRepository entries;
    private final AuditLog audit;
    private final Listings listings;

    CurationCommands(EntryRepository entries, AuditLog audit) {
        this.entries = entries;
        this.audit = audit;
        this.listings = new Listings(entries);
    }

    Outcome show(Asker asker, String id) {
        return visible(asker, id).map(entry -> entries(asker, Cards.line(asker.language(), entry), List.of(entry), false))
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

    private static Outcome entries(Asker asker, String text, List<Entry> entries, boolean managerActions) {
        List<EntryCard> cards = entries.stream().map(e -> Cards.card(e, 0))
                .map(card -> managerActions ? card.withButtons(List.of(
                        new Block.Button(asker.say("button.verify"), Action.VERIFY, card.id()),
                        new Block.Button(asker.say("button.archive"), Action.ARCHIVE, card.id()))) : card)
                .toList();
        List<Block> blocks = List.of(new Block.Entries(cards));
        return new Outcome(List.of(new Reply(text, null, true, blocks)), List.of(), null);
    }
}
