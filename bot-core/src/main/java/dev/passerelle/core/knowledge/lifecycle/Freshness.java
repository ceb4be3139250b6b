package dev.passerelle.core.knowledge.lifecycle;

import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Speaker;
import dev.passerelle.core.conversation.VerificationTtl;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a verification still holds. A verified entry last checked longer ago than its kind's time to live is
 * stale: it still answers, and every card of it says since when it was not checked. Decided when read, from the
 * time to live configured now, so that a changed setting applies to every entry at once.
 */
public final class Freshness {

    private final LifecycleRepository lifecycle;
    private final VerificationTtl ttl;
    private final Clock clock;

    public Freshness(LifecycleRepository lifecycle, VerificationTtl ttl, Clock clock) {
        this.lifecycle = lifecycle;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A verified entry whose verification expired. */
    public record Stale(long entryId, Instant checkedAt, Instant since) {}

    public Instant now() {
        return clock.instant();
    }

    /** Every stale entry, expired longest ago first. */
    public List<Stale> all() {
        Instant now = now();
        List<Stale> stale = new ArrayList<>();
        for (EntryKind kind : EntryKind.values()) {
            Duration holds = ttl.of(kind);
            lifecycle.checkedBefore(kind, now.minus(holds))
                    .forEach(c -> stale.add(new Stale(c.entryId(), c.checkedAt(), c.checkedAt().plus(holds))));
        }
        stale.sort(Comparator.comparing(Stale::since).thenComparing(Stale::entryId));
        return stale;
    }

    /** The entry, if it is stale now. */
    public Optional<Stale> of(long entryId, EntryKind kind) {
        Instant checked = lifecycle.checkedAt(List.of(entryId)).get(entryId);
        return checked == null ? Optional.empty() : stale(entryId, kind, checked, now());
    }

    /**
     * The outcome with every card of a stale entry saying since when it was not checked, and the reply's text
     * with one line for each ("#12: Last checked 4 months ago").
     */
    public Outcome mark(Outcome outcome, Speaker speaker) {
        List<Reply> replies = outcome.replies().stream().map(reply -> mark(reply, speaker)).toList();
        return new Outcome(replies, outcome.captured(), outcome.error(), outcome.language(), outcome.notices());
    }

    private Reply mark(Reply reply, Speaker speaker) {
        List<EntryCard> cards = reply.blocks().stream().filter(Block.Entries.class::isInstance)
                .flatMap(block -> ((Block.Entries) block).entries().stream())
                .filter(card -> card.status() == EntryStatus.VERIFIED).toList();
        if (cards.isEmpty()) {
            return reply;
        }
        Instant now = now();
        Map<Long, Instant> checked = lifecycle.checkedAt(cards.stream().map(EntryCard::id).toList());
        List<String> lines = new ArrayList<>();
        List<Block> blocks = reply.blocks().stream().map(block -> block instanceof Block.Entries entries
                ? (Block) new Block.Entries(entries.entries().stream().map(card -> {
                    Instant at = checked.get(card.id());
                    Optional<Stale> stale = at == null || card.status() != EntryStatus.VERIFIED ? Optional.empty()
                            : stale(card.id(), card.kind(), at, now);
                    if (stale.isEmpty()) {
                        return card;
                    }
                    EntryCard.Stale said = card(stale.get(), speaker);
                    lines.add("#" + card.id() + ": " + said.line());
                    return card.withStale(said);
                }).toList())
                : block).toList();
        if (lines.isEmpty()) {
            return reply;
        }
        return new Reply(reply.text() + "\n" + String.join("\n", lines), reply.thread(), reply.ephemeral(), blocks);
    }

    /** What a card of this stale entry says: "Last checked 4 months ago". */
    public EntryCard.Stale card(Stale stale, Speaker speaker) {
        return new EntryCard.Stale(stale.checkedAt(), stale.since(),
                speaker.say("lifecycle.checked", Ago.said(speaker, stale.checkedAt(), now())));
    }

    private Optional<Stale> stale(long entryId, EntryKind kind, Instant checked, Instant now) {
        Instant since = checked.plus(ttl.of(kind));
        return since.isAfter(now) ? Optional.empty() : Optional.of(new Stale(entryId, checked, since));
    }
}
