package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.ReviewRepository;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The review queue: drafts oldest first, ten a page, with the whole queue's total (what the asker may see of it)
 * and Verify / Edit / Archive beside each.
 */
final class ReviewQueue {

    static final int PAGE_SIZE = 10;
    /** What waits for review when no kind is named; questions are gaps, listed elsewhere. */
    private static final List<EntryKind> REVIEWED = List.of(EntryKind.FAQ, EntryKind.INSIGHT, EntryKind.PAIN_POINT);

    private final EntryRepository entries;
    private final ReviewRepository review;

    ReviewQueue(EntryRepository entries, ReviewRepository review) {
        this.entries = entries;
        this.review = review;
    }

    Outcome pending(Asker asker, Command.Pending pending) {
        List<EntryKind> kinds = pending.kind() == null ? REVIEWED : List.of(pending.kind());
        String kindLabel = pending.kind() == null ? "" : asker.say("kind." + pending.kind().code());
        int total = review.count(kinds, EntryStatus.DRAFT, asker.audience());
        if (total == 0) {
            return Outcome.told(pending.kind() == null ? asker.say("pending.none") : asker.say("pending.noneOf", kindLabel));
        }
        int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
        if (pending.page() > pages) {
            return Outcome.refused(asker.say("pending.noPage", pending.page(), pages, total));
        }
        List<Long> ids = review.page(kinds, EntryStatus.DRAFT, asker.audience(), (pending.page() - 1) * PAGE_SIZE,
                PAGE_SIZE);
        List<Entry> drafts = entries.findAll(ids).stream().sorted(Comparator.comparingInt(e -> ids.indexOf(e.id())))
                .toList();
        String text = (pending.kind() == null ? asker.say("pending.page", total, pending.page(), pages)
                : asker.say("pending.pageOf", total, pending.page(), pages, kindLabel)) + "\n"
                + drafts.stream().map(e -> "• " + Cards.line(asker.language(), e)).collect(Collectors.joining("\n"));
        if (pending.page() < pages) {
            String kindWord = pending.kind() == null ? "" : asker.say("pending.word." + pending.kind().code()) + " ";
            text += "\n" + asker.say("pending.next", kindWord, pending.page() + 1);
        }
        List<EntryCard> cards = drafts.stream().map(e -> Cards.card(e, 0)).map(card -> card.withButtons(buttons(asker,
                card.id()))).toList();
        return new Outcome(List.of(new Reply(text, null, true, List.of(new Block.Entries(cards)))), List.of(), null);
    }

    /** The first drafts of the queue, oldest first, with their buttons, and how many wait in all. */
    record Top(int total, List<EntryCard> cards) {}

    Top top(Asker asker, int size) {
        int total = review.count(REVIEWED, EntryStatus.DRAFT, asker.audience());
        List<Long> ids = total == 0 ? List.of() : review.page(REVIEWED, EntryStatus.DRAFT, asker.audience(), 0, size);
        List<EntryCard> cards = entries.findAll(ids).stream().sorted(Comparator.comparingInt(e -> ids.indexOf(e.id())))
                .map(e -> Cards.card(e, 0).withButtons(buttons(asker, e.id()))).toList();
        return new Top(total, cards);
    }

    /** The buttons beside an entry under review. */
    static List<Block.Button> buttons(Asker asker, long id) {
        return List.of(new Block.Button(asker.say("button.verify"), Action.VERIFY, id),
                new Block.Button(asker.say("button.edit"), Action.EDIT, id),
                new Block.Button(asker.say("button.archive"), Action.ARCHIVE, id));
    }
}
