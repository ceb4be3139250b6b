package dev.passerelle.core.knowledge;

import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.vocabulary.EntryKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Takes an ask of a knowledge gap back when its message no longer asks it: deleted, or edited into another question
 * (other meaningful words, as folding judges them). The gap's count of askers drops; a gap still asked by others
 * stays, with its id, passing to its oldest remaining ask when its own message is the one gone; a gap nobody asks
 * any more goes as any entry whose source is deleted goes (its id is never given again).
 */
public final class GapAsks {

    private final EntryRepository entries;
    private final KnowledgeIndex index;

    public GapAsks(EntryRepository entries, KnowledgeIndex index) {
        this.entries = entries;
        this.index = index;
    }

    /** This message is deleted: a folded ask of it is taken back. */
    public void deleted(String channelKey, String messageId, Instant at) {
        entries.askIn(channelKey, messageId).ifPresent(ask -> takeBack(ask, at));
    }

    /**
     * This message now says {@code text}: a folded ask of it that now asks something else is taken back. An ask kept
     * with its words still asks the same when the edit keeps them (a typo fixed in an English ask of a French gap).
     */
    public void edited(String channelKey, String messageId, long editorId, String text, Instant at) {
        entries.askIn(channelKey, messageId)
                .filter(ask -> ask.personId() == editorId)
                .filter(ask -> entries.find(ask.entryId()).filter(gap -> !asksTheSame(gap, text)).isPresent())
                .filter(ask -> ask.question() == null || !index.sameMeaningfulWords(ask.question(), text))
                .ifPresent(ask -> takeBack(ask, at));
    }

    /** Whether {@code text}, the gap's own message as edited, still asks its question. */
    public boolean asksTheSame(Entry gap, String text) {
        return index.sameMeaningfulWords(gap.title(), text);
    }

    /**
     * The gap's own message is gone or asks something else: when others still ask the gap, it passes to the oldest
     * of their asks and true is returned; false when nobody else asks it.
     */
    public boolean handedOver(Entry gap, Instant at) {
        List<GapAsk> asks = gap.kind() == EntryKind.QUESTION ? entries.asks(gap.id()) : List.of();
        if (asks.isEmpty()) {
            return false;
        }
        entries.handOver(gap.id(), asks.getFirst(), at);
        if (asks.stream().noneMatch(ask -> ask.personId() == gap.authorId())) {
            entries.removeVote(gap.id(), gap.authorId(), at);
        }
        return true;
    }

    private void takeBack(GapAsk ask, Instant at) {
        entries.removeAsk(ask);
        Optional<Entry> gap = entries.find(ask.entryId());
        boolean stillAsks = gap.map(Entry::authorId).filter(author -> author == ask.personId()).isPresent()
                || entries.asks(ask.entryId()).stream().anyMatch(other -> other.personId() == ask.personId());
        if (!stillAsks) {
            entries.removeVote(ask.entryId(), ask.personId(), at);
        }
    }
}
