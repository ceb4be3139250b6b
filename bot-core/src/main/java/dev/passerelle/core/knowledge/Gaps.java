package dev.passerelle.core.knowledge;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.people.ChannelRepository;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The open knowledge gaps as a knowledge manager works through them: grouped when they ask the same thing
 * ({@link SameQuestions}), most asked first, and closed by an entry that answers them. A closed gap keeps its id,
 * is never listed again and points to its answer ({@link GapRepository#closure}).
 */
public final class Gaps {

    /** More open gaps than anyone works through at once; beyond, the most asked are the ones listed. */
    private static final int OPEN_LIMIT = 500;

    private final EntryRepository entries;
    private final GapRepository gaps;
    private final SameQuestions same;

    private final ChannelRepository channels;

    public Gaps(EntryRepository entries, GapRepository gaps, SameQuestions same, ChannelRepository channels) {
        this.channels = channels;
        this.entries = entries;
        this.gaps = gaps;
        this.same = same;
    }

    /**
     * Open gaps that ask the same thing: the first (most asked, then oldest) names the group, the others follow.
     *
     * @param askers everyone who asked any of them, in the order they asked
     */
    public record Group(Entry gap, List<Entry> others, List<Long> askers) {
        public Group {
            others = List.copyOf(others);
            askers = List.copyOf(askers);
        }

        public List<Entry> all() {
            List<Entry> all = new ArrayList<>(List.of(gap));
            all.addAll(others);
            return all;
        }
    }

    /** A gap: an entry of the QUESTION kind. */
    public Optional<Entry> find(long id) {
        return entries.find(id).filter(entry -> entry.kind() == EntryKind.QUESTION);
    }

    /**
     * The gaps this person may see: what their audience sees and, for knowledge managers, the questions people put
     * to the bot in their direct conversation with it, since the bot tells them it noted the question for the
     * knowledge managers. Nothing else of those conversations shows; a private channel's questions stay in it.
     */
    public Audience audience(Asker asker) {
        if (!asker.role().curates()) {
            return asker.audience();
        }
        Set<String> keys = new java.util.HashSet<>(asker.audience().channels());
        entries.list(EntryKind.QUESTION, EntryStatus.OPEN, OPEN_LIMIT).stream()
                .filter(Entry::restricted).map(Entry::channelKey).distinct()
                .filter(channels::direct).forEach(keys::add);
        return new Audience(keys);
    }

    /** Whether this gap's question was put to the bot in someone's direct conversation with it. */
    public boolean askedInDirect(Entry gap) {
        return gap.restricted() && channels.direct(gap.channelKey());
    }

    /** Whether this person may see this gap (see {@link #audience}). */
    public boolean visible(Asker asker, Entry gap) {
        return asker.audience().sees(gap.channelKey(), gap.restricted())
                || asker.role().curates() && askedInDirect(gap);
    }

    /** The open gaps this audience may see, grouped, most askers first. */
    public List<Group> open(Audience audience) {
        return group(visibleOpen(audience));
    }

    /** How many open gaps were asked where this audience cannot see them (counted, never shown). */
    public int hidden(Audience audience) {
        List<Entry> all = entries.list(EntryKind.QUESTION, EntryStatus.OPEN, OPEN_LIMIT);
        return all.size() - (int) all.stream().filter(e -> audience.sees(e.channelKey(), e.restricted())).count();
    }

    /** The open group this gap belongs to, as this audience's listing shows it. */
    public Optional<Group> groupOf(long gapId, Audience audience) {
        return open(audience).stream().filter(g -> g.all().stream().anyMatch(e -> e.id() == gapId)).findFirst();
    }

    public Optional<GapClosure> closure(long gapId) {
        return gaps.closure(gapId);
    }

    /**
     * The gap's question as this person asked it, in their own words and language: the gap's own wording for the
     * one whose message it is (or who asked only in those words), else the words of their first ask of it.
     */
    public String askedAs(Entry gap, long personId) {
        if (gap.authorId() == personId) {
            return gap.title();
        }
        return entries.asks(gap.id()).stream()
                .filter(ask -> ask.personId() == personId && ask.question() != null && !ask.question().isBlank())
                .map(GapAsk::question).findFirst().orElse(gap.title());
    }

    /** Everyone who asked this gap. */
    public List<Long> askers(long gapId) {
        return gaps.askers(gapId);
    }

    /**
     * Closes every gap of the group with {@code answer}: each becomes answered and points to it. The gaps already
     * closed (by someone else a moment before) are left as they are and not returned.
     */
    public List<Entry> close(Group group, Entry answer, long by, GapClosure.How how, Instant at) {
        List<Entry> closed = new ArrayList<>();
        for (Entry gap : group.all()) {
            if (gap.status() == EntryStatus.OPEN && gaps.close(new GapClosure(gap.id(), answer.id(), by, how, at))) {
                entries.updateStatus(gap.id(), EntryStatus.ANSWERED, at);
                gaps.routes(gap.id()).stream().filter(r -> r.status() == GapRoute.Status.WAITING)
                        .forEach(r -> gaps.settle(r.id(), how == GapClosure.How.ROUTE && r.expertId() == by
                                ? GapRoute.Status.ANSWERED : GapRoute.Status.CLOSED, at));
                closed.add(gap);
            }
        }
        return closed;
    }

    /**
     * The gaps' questions become other ways of asking the entry that answers them, so that the next asker finds it;
     * false for a question the entry already has.
     */
    public void learn(List<Entry> questions, Entry answer, Instant at) {
        for (Entry question : questions) {
            String folded = AskedWays.fold(question.title());
            if (!folded.isEmpty() && !folded.equals(AskedWays.fold(answer.title()))) {
                entries.addAlternate(answer.id(), new AlternateQuestion(question.title(), folded, question.language(),
                        question.authorId(), at));
            }
        }
    }

    private List<Entry> visibleOpen(Audience audience) {
        return entries.list(EntryKind.QUESTION, EntryStatus.OPEN, OPEN_LIMIT).stream()
                .filter(e -> audience.sees(e.channelKey(), e.restricted()))
                .toList();
    }

    /** The gaps among {@code ids} that are in {@code byId}: those the matcher may join. */
    private static Map<Long, Entry> known(Map<Long, Entry> byId, List<Long> ids) {
        return ids.stream().filter(byId::containsKey).distinct().collect(Collectors.toMap(id -> id, byId::get));
    }

    /**
     * Joins each gap to the one the matcher finds it asks again (or that has the same meaningful words): a
     * union of such pairs, each group named by its most asked, then oldest, gap.
     */
    private List<Group> group(List<Entry> open) {
        Map<Long, Entry> byId = open.stream().collect(Collectors.toMap(Entry::id, e -> e));
        Map<Long, Long> parent = new HashMap<>();
        open.forEach(e -> parent.put(e.id(), e.id()));
        for (Entry gap : open) {
            Audience both = new Audience(open.stream().map(Entry::channelKey).collect(Collectors.toSet()));
            same.sameAs(gap.title(), gap.language(), both, ids -> known(byId, ids), gap.id())
                    .ifPresent(other -> union(parent, gap.id(), other.id()));
            for (Entry other : open) {
                if (other.id() > gap.id() && same.sameWords(other.title(), other.language(), gap)) {
                    union(parent, gap.id(), other.id());
                }
            }
        }
        Map<Long, List<Entry>> members = new HashMap<>();
        open.forEach(e -> members.computeIfAbsent(root(parent, e.id()), k -> new ArrayList<>()).add(e));
        Map<Long, List<Long>> askers = new HashMap<>();
        open.forEach(e -> askers.put(e.id(), gaps.askers(e.id())));
        return members.values().stream()
                .map(list -> {
                    List<Entry> sorted = list.stream().sorted(Comparator.comparingInt(Entry::votes).reversed()
                            .thenComparingLong(Entry::id)).toList();
                    Set<Long> who = new LinkedHashSet<>();
                    sorted.forEach(e -> who.addAll(askers.get(e.id())));
                    return new Group(sorted.getFirst(), sorted.subList(1, sorted.size()), List.copyOf(who));
                })
                .sorted(Comparator.comparingInt((Group g) -> g.askers().size()).reversed()
                        .thenComparingLong(g -> g.gap().id()))
                .toList();
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        parent.put(root(parent, a), root(parent, b));
    }

    private static long root(Map<Long, Long> parent, long id) {
        long at = id;
        while (parent.get(at) != at) {
            at = parent.get(at);
        }
        return at;
    }
}
