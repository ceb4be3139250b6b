package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.knowledge.AlternateQuestion;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.ReviewRepository;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Folding a duplicate into the entry it repeats, and the duplicate's number answering as a pointer afterwards. A
 * refused merge (into itself, into an archived or merged entry, across kinds, an unknown number) changes nothing.
 */
final class Merges {

    private final EntryRepository entries;
    private final ReviewRepository review;
    private final AuditLog audit;

    Merges(EntryRepository entries, ReviewRepository review, AuditLog audit) {
        this.entries = entries;
        this.review = review;
        this.audit = audit;
    }

    Outcome merge(Asker asker, String fromId, String intoId) {
        Optional<Long> from = EntryCard.idOf(fromId);
        if (from.isPresent() && from.equals(EntryCard.idOf(intoId))) {
            return Outcome.refused(asker.say("merge.self", String.valueOf(from.get())));
        }
        Reviewed source = Reviewed.find(asker, fromId, entries, review);
        if (!source.found()) {
            return source.refusal();
        }
        Reviewed target = Reviewed.find(asker, intoId, entries, review);
        if (!target.found()) {
            return target.refusal();
        }
        Entry old = source.entry();
        Entry into = target.entry();
        if (into.status() == EntryStatus.ARCHIVED) {
            return Outcome.refused(asker.say("merge.archived", ReviewCommands.number(into)));
        }
        if (old.kind() != into.kind() && old.kind() != EntryKind.QUESTION) {
            return Outcome.refused(asker.say("merge.kinds", ReviewCommands.number(old),
                    asker.say("kind." + old.kind().code()), ReviewCommands.number(into),
                    asker.say("kind." + into.kind().code())));
        }
        ReviewRepository.Merge moved = review.merge(old.id(), into.id(), words(old, into), asker.person().id(),
                asker.turn().time());
        audit.record(asker.person().id(), "merge", ReviewCommands.target(old), old.status().code() + " -> merged into #"
                + into.id() + " (votes " + moved.votes() + ", tags " + moved.tags() + ", questions " + moved.alternates()
                + ", asks " + moved.asks() + ", feedback " + moved.feedback() + ")", asker.turn().time());
        Entry now = entries.find(into.id()).orElse(into);
        Entry merged = entries.find(old.id()).orElse(old);
        String text = asker.say("merge.done", ReviewCommands.number(old), ReviewCommands.number(into), moved.votes(),
                moved.tags(), moved.alternates(), moved.asks(), moved.feedback());
        return new Outcome(List.of(new Reply(text, null, true, List.of(new Block.Entries(List.of(Cards.card(now, 0)))))),
                List.of(Capture.captured(merged), Capture.captured(now)), null);
    }

    /** {@code show} of a merged entry: where it went, and that entry, when the asker may see it. */
    Optional<Outcome> pointer(Asker asker, String id) {
        Optional<Long> number = EntryCard.idOf(id);
        Optional<Entry> merged = number.flatMap(entries::find)
                .filter(e -> asker.audience().sees(e.channelKey(), e.restricted()));
        Optional<Long> into = merged.flatMap(e -> review.mergedInto(e.id()));
        if (into.isEmpty()) {
            return Optional.empty();
        }
        Optional<Entry> target = entries.find(into.get()).filter(e -> asker.audience().sees(e.channelKey(), e.restricted()));
        if (target.isEmpty()) {
            return Optional.of(Outcome.told(asker.say("merge.pointerHidden", String.valueOf(number.get()))));
        }
        String text = asker.say("merge.pointer", String.valueOf(number.get()), String.valueOf(into.get())) + "\n"
                + Cards.line(asker.language(), target.get());
        return Optional.of(new Outcome(List.of(new Reply(text, null, true,
                List.of(new Block.Entries(List.of(Cards.card(target.get(), 0)))))), List.of(), null));
    }

    /**
     * The ways of asking that the target now answers: the duplicate's own text and its alternates. Words said in a
     * private conversation stay there: they go only to a target in the same conversation.
     */
    private List<AlternateQuestion> words(Entry old, Entry into) {
        if (old.restricted() && !old.channelKey().equals(into.channelKey())) {
            return List.of();
        }
        List<AlternateQuestion> words = new ArrayList<>(entries.alternates(old.id()));
        if (old.title().codePoints().anyMatch(Character::isLetterOrDigit)
                && !Folding.caseAndAccents(old.title()).equals(Folding.caseAndAccents(into.title()))) {
            words.add(AlternateQuestion.of(old.title(), old.language(), old.authorId(), old.createdAt()));
        }
        return words;
    }
}
