package dev.passerelle.bench;

import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * What the bot shows in answer to one question: the entries of its replies' {@code Block.Entries}, in order, each
 * with whether the bot presents it as the answer (confident) or as a suggestion (likely).
 *
 * @param entries the shown entries' dataset keys and confidence, best first
 */
record Shown(List<Entry> entries) {

    /** One shown entry: its dataset key (null for an entry that is not from the dataset) and its confidence. */
    record Entry(String key, boolean confident) {}

    Shown {
        entries = List.copyOf(entries);
    }

    /**
     * The one reading of a bot outcome that every figure uses: each entry the replies show, in order, confident when
     * the bot gives it as the answer, not when it is one of its suggestions.
     */
    static Shown of(Outcome outcome, LongFunction<String> keyOf) {
        List<Entry> shown = new ArrayList<>();
        for (Reply reply : outcome.replies()) {
            for (EntryCard card : reply.entries()) {
                shown.add(new Entry(keyOf.apply(card.id()), card.confident()));
            }
            // Listed under the cards ("See also: …"): shown, but not as the answer.
            for (EntryCard card : reply.related()) {
                shown.add(new Entry(keyOf.apply(card.id()), false));
            }
        }
        return new Shown(shown);
    }

    /** The keys of the entries shown as the answer. */
    List<String> confident() {
        return entries.stream().filter(Entry::confident).map(Entry::key).toList();
    }

    /** The keys of every entry shown, the answer and the suggestions alike. */
    List<String> all() {
        return entries.stream().map(Entry::key).toList();
    }

    boolean any() {
        return !entries.isEmpty();
    }

    boolean anyConfident() {
        return entries.stream().anyMatch(Entry::confident);
    }
}
