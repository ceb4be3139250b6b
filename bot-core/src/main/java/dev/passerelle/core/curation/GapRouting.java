package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.expertise.ExpertFinder;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.EvidenceRepository;
import dev.passerelle.core.knowledge.GapClosure;
import dev.passerelle.core.knowledge.GapRepository;
import dev.passerelle.core.knowledge.GapRoute;
import dev.passerelle.core.knowledge.Gaps;
import dev.passerelle.core.knowledge.NewEntry;
import dev.passerelle.core.people.ChannelRepository;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.understanding.Intent;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Person;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Questions routed to people: {@code route <gap> @person} asks them in a direct message, quoting the question; their
 * reply there (in the thread of that message, or their next direct message to the bot that is not itself a question,
 * a command, thanks or small talk, while the route waits) becomes a draft FAQ credited to them as expertise, and the
 * askers are told. {@link #followUp} passes a route nobody answered in time to the next likely expert.
 */
public final class GapRouting {

    private static final int CANDIDATES = 10;

    private final Gaps gaps;
    private final GapRepository records;
    private final EntryRepository entries;
    private final EvidenceRepository evidence;
    private final PeopleRepository people;
    private final ChannelRepository channels;
    private final ExpertFinder experts;
    private final AuditLog audit;
    private final GapNotices notices;
    private final GapClosing closing;
    private final Clock clock;

    GapRouting(Gaps gaps, GapRepository records, EntryRepository entries, EvidenceRepository evidence,
            PeopleRepository people, ChannelRepository channels, ExpertFinder experts, AuditLog audit,
            GapNotices notices, GapClosing closing, Clock clock) {
        this.gaps = gaps;
        this.records = records;
        this.entries = entries;
        this.evidence = evidence;
        this.people = people;
        this.channels = channels;
        this.experts = experts;
        this.audit = audit;
        this.notices = notices;
        this.closing = closing;
        this.clock = clock;
    }

    Outcome route(Asker asker, Command.RouteGap command) {
        Optional<Entry> found = closing.visibleGap(asker, command.gap());
        if (found.isEmpty()) {
            return GapClosing.notAGap(asker, command.gap());
        }
        Optional<Outcome> closed = closing.closedAlready(asker, found.get());
        if (closed.isPresent()) {
            return closed.get();
        }
        String name = command.person().replaceFirst("\\|[^>]*>$", ">");
        Optional<Person> expert = people.lookup(asker.turn().platform(), name);
        if (expert.isEmpty()) {
            return Outcome.refused(asker.say("gaps.route.noPerson", command.person()));
        }
        return routeTo(asker, found.get(), expert.get().id());
    }

    /** The Route button: the gap goes to the likeliest expert not asked yet. */
    Outcome routeToLikeliest(Asker asker, String id) {
        Optional<Entry> found = closing.visibleGap(asker, id);
        if (found.isEmpty()) {
            return GapClosing.notAGap(asker, id);
        }
        Entry gap = found.get();
        return closing.closedAlready(asker, gap).orElseGet(() -> nextExpert(gap, asker.person().id())
                .map(expert -> routeTo(asker, gap, expert))
                .orElseGet(() -> Outcome.refused(asker.say("gaps.route.nobody", id))));
    }

    boolean waitsFor(long personId, long gapId) {
        return records.waitingFor(personId).stream().anyMatch(route -> route.gapId() == gapId);
    }

    /** Who the gap waits on, for {@code show}; empty when nobody. */
    String waitingLine(Asker asker, Entry gap) {
        List<String> waiting = records.routes(gap.id()).stream().filter(r -> r.status() == GapRoute.Status.WAITING)
                .map(r -> notices.name(r.expertId())).toList();
        return waiting.isEmpty() ? "" : "\n" + asker.say("gaps.show.routed", String.join(", ", waiting));
    }

    /**
     * The routed person's reply in their direct messages, when a route waits for them and the message reads as an
     * answer: in the thread of the bot's message, or any message that is not a question, thanks or small talk.
     */
    public Optional<Outcome> reply(Asker asker, String text, @Nullable String thread, Intent intent) {
        if (asker.turn().channelType() != ChannelType.DIRECT || thread == null && !readsAsAnswer(intent)) {
            return Optional.empty();
        }
        for (GapRoute route : records.waitingFor(asker.person().id())) {
            Optional<Entry> gap = gaps.find(route.gapId()).filter(g -> g.status() == EntryStatus.OPEN);
            if (gap.isPresent()) {
                return Optional.of(answered(asker, gap.get(), text.strip()));
            }
            records.settle(route.id(), GapRoute.Status.CLOSED, asker.turn().time());
        }
        return Optional.empty();
    }

    /** The routed person's answer: a draft FAQ of theirs, their expertise on record, the askers and the manager told. */
    Outcome answered(Asker asker, Entry gap, String text) {
        long expert = asker.person().id();
        List<GapRoute> waiting = records.routes(gap.id()).stream()
                .filter(r -> r.status() == GapRoute.Status.WAITING && r.expertId() == expert).toList();
        Entry faq = entries.insert(new NewEntry(EntryKind.FAQ, EntryStatus.DRAFT, gap.title(), text, gap.language(),
                expert, gap.channelKey(), gap.restricted(), null, null, gap.tags(), asker.turn().time()));
        evidence.recordAnswer(expert, asker.turn().messageId(), gap.source(), gap.channelKey(), gap.restricted(), text,
                asker.language(), asker.turn().time());
        Outcome outcome = closing.close(asker, gap, faq, GapClosure.How.ROUTE, "gaps.route.thanks");
        List<Notice> managers = new ArrayList<>();
        waiting.stream().map(GapRoute::routedBy).distinct().filter(manager -> manager != expert)
                .forEach(manager -> notices.toManager(manager, asker.turn().platform(), gap, "gaps.route.answered",
                        asker.person().displayName(), String.valueOf(faq.id())).ifPresent(managers::add));
        return outcome.telling(managers);
    }

    /**
     * Passes every route that waited longer than {@code after} to the next likely expert, telling them and the
     * manager who routed it. Idempotent: a route is passed once (settled in the database), so a second run, a
     * restart or a second replica finds nothing more to do. {@code after} zero or negative: nothing ever passes.
     */
    public Outcome followUp(Duration after) {
        if (after.isZero() || after.isNegative()) {
            return Outcome.nothing();
        }
        Instant now = clock.instant();
        List<Notice> told = new ArrayList<>();
        for (GapRoute late : records.waitingSince(now.minus(after))) {
            if (!records.settle(late.id(), GapRoute.Status.PASSED, now)) {
                continue;
            }
            Optional<Entry> gap = gaps.find(late.gapId()).filter(g -> g.status() == EntryStatus.OPEN);
            if (gap.isEmpty()) {
                continue;
            }
            Optional<Long> next = nextExpert(gap.get(), late.routedBy());
            String was = notices.name(late.expertId());
            if (next.isPresent()) {
                GapRoute route = records.route(gap.get().id(), next.get(), late.routedBy(), late.platform(), now);
                audit.record(late.routedBy(), "gap.followUp", "gap:" + gap.get().id(),
                        "person:" + late.expertId() + " -> person:" + route.expertId(), now);
                notices.routed(route.expertId(), gap.get(), late.routedBy(), gaps.askers(gap.get().id()).size(),
                        late.platform()).ifPresent(told::add);
                notices.toManager(late.routedBy(), late.platform(), gap.get(), "gaps.followUp.passed", was,
                        notices.name(route.expertId())).ifPresent(told::add);
            } else {
                audit.record(late.routedBy(), "gap.followUp", "gap:" + gap.get().id(),
                        "person:" + late.expertId() + " -> nobody", now);
                notices.toManager(late.routedBy(), late.platform(), gap.get(), "gaps.followUp.nobody", was)
                        .ifPresent(told::add);
            }
        }
        return Outcome.nothing().telling(told);
    }

    private Outcome routeTo(Asker asker, Entry gap, long expert) {
        if (!new Audience(channels.channelsOf(expert)).sees(gap.channelKey(), gap.restricted())) {
            return Outcome.refused(asker.say("gaps.route.cannotSee", notices.name(expert), String.valueOf(gap.id())));
        }
        if (waitsFor(expert, gap.id())) {
            return Outcome.refused(asker.say("gaps.route.already", String.valueOf(gap.id()), notices.name(expert)));
        }
        int askers = gaps.askers(gap.id()).size();
        Optional<Notice> ask = notices.routed(expert, gap, asker.person().id(), askers, asker.turn().platform());
        if (ask.isEmpty()) {
            return Outcome.refused(asker.say("gaps.route.unreachable", notices.name(expert)));
        }
        GapRoute route = records.route(gap.id(), expert, asker.person().id(), asker.turn().platform(),
                asker.turn().time());
        audit.record(asker.person().id(), "gap.route", "gap:" + gap.id(), "-> person:" + route.expertId(),
                asker.turn().time());
        return Outcome.told(asker.say("gaps.routed", String.valueOf(gap.id()), notices.name(expert)))
                .telling(List.of(ask.get()));
    }

    /**
     * The likeliest expert for the gap nobody asked yet: not one of its askers, not someone already routed to, able to
     * see where it was asked (hidden profiles are left out by the finder).
     */
    private Optional<Long> nextExpert(Entry gap, long manager) {
        List<Long> asked = records.routes(gap.id()).stream().map(GapRoute::expertId).toList();
        List<Long> askers = gaps.askers(gap.id());
        return experts.suggest(gap.title(), gap.language(), new Audience(java.util.Set.of(gap.channelKey())),
                        gap.authorId(), CANDIDATES).stream()
                .map(ExpertFinder.Expert::personId)
                .filter(id -> !asked.contains(id) && !askers.contains(id) && id != manager)
                .filter(id -> new Audience(channels.channelsOf(id)).sees(gap.channelKey(), gap.restricted()))
                .findFirst();
    }

    private static boolean readsAsAnswer(Intent intent) {
        return !(intent instanceof Intent.Question || intent instanceof Intent.WhoKnows
                || intent instanceof Intent.WhoDoes || intent instanceof Intent.SmallTalk
                || intent instanceof Intent.Confirmation);
    }
}
