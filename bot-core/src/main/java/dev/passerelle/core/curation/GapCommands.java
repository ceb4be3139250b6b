package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.expertise.ExpertFinder;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.GapClosure;
import dev.passerelle.core.knowledge.Gaps;
import dev.passerelle.core.knowledge.NewEntry;
import dev.passerelle.core.knowledge.EvidenceRepository;
import dev.passerelle.core.knowledge.GapRepository;
import dev.passerelle.core.people.ChannelRepository;
import dev.passerelle.core.people.PeopleRepository;
import java.time.Clock;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Folding;
import dev.passerelle.core.vocabulary.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The gaps desk: {@code gaps} lists the open knowledge gaps (grouped, most asked first, with the people most likely
 * to know), {@code show} says where a gap stands, {@code answer} and {@code link} close it. Closing tells every
 * asker; every change goes to the audit log. Routing lives in {@link GapRouting}.
 */
public final class GapCommands {

    static final int PAGE_SIZE = 5;
    private static final int LIKELY_EXPERTS = 3;

    private final Gaps gaps;
    private final EntryRepository entries;
    private final PeopleRepository people;
    private final ExpertFinder experts;
    private final GapClosing closing;
    private final GapRouting routing;

    public GapCommands(Gaps gaps, GapRepository records, EntryRepository entries, EvidenceRepository evidence,
            PeopleRepository people, ChannelRepository channels, ExpertFinder experts, AuditLog audit, Clock clock) {
        this.gaps = gaps;
        this.entries = entries;
        this.people = people;
        this.experts = experts;
        GapNotices notices = new GapNotices(people, channels, gaps);
        this.closing = new GapClosing(gaps, audit, notices);
        this.routing = new GapRouting(gaps, records, entries, evidence, people, channels, experts, audit, notices,
                closing, clock);
    }

    public GapRouting routing() {
        return routing;
    }

    Outcome list(Asker asker, Command.Gaps command) {
        Optional<Long> number = EntryCard.idOf(command.team());
        if (number.isPresent()) {
            // "lacunes 69": a gap's number, not a team; say how to see or answer it, or see that page.
            return Outcome.refused(asker.say("gaps.numberNotTeam", String.valueOf(number.get())));
        }
        Audience audience = gaps.audience(asker);
        List<Gaps.Group> open = gaps.open(audience);
        if (command.team() != null) {
            open = ofTeam(open, command.team());
        }
        int hidden = gaps.hidden(audience);
        String hiddenLine = hidden == 0 ? "" : "\n" + asker.say("gaps.hidden", hidden);
        if (open.isEmpty()) {
            return CommandRunner.say(asker, (command.team() == null ? asker.say("gaps.none")
                    : asker.say("gaps.noneTeam", command.team())) + hiddenLine);
        }
        int pages = (open.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        if (command.page() > pages) {
            return Outcome.refused(asker.say("gaps.noPage", command.page(), pages));
        }
        List<Gaps.Group> shown = open.stream().skip((long) (command.page() - 1) * PAGE_SIZE).limit(PAGE_SIZE).toList();
        int questions = open.stream().mapToInt(g -> g.all().size()).sum();
        List<String> lines = new ArrayList<>(List.of(asker.say("gaps.title", open.size(), questions, command.page(),
                pages)));
        shown.forEach(group -> lines.add("• " + line(asker, group)));
        if (command.page() < pages) {
            lines.add(asker.say("gaps.more", command.page() + 1));
        }
        String text = String.join("\n", lines) + hiddenLine;
        List<EntryCard> cards = shown.stream().map(group -> card(asker, group.gap())).toList();
        return new Outcome(List.of(new Reply(text, null, true, List.of(new Block.Section(text),
                new Block.Entries(cards)))), List.of(), null);
    }

    /** Where a gap stands; empty when the id names no gap the asker can see (the entry's own show answers). */
    Optional<Outcome> show(Asker asker, String id) {
        Optional<Entry> found = closing.visibleGap(asker, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Entry gap = found.get();
        Optional<GapClosure> closure = gaps.closure(gap.id());
        if (closure.isPresent()) {
            return Optional.of(answeredBy(asker, gap, closure.get()));
        }
        if (gap.status() != EntryStatus.OPEN) {
            return Optional.empty();
        }
        Gaps.Group group = gaps.groupOf(gap.id(), gaps.audience(asker))
                .orElse(new Gaps.Group(gap, List.of(), gaps.askers(gap.id())));
        String text = asker.say("gaps.show", line(asker, group)) + routing.waitingLine(asker, gap);
        return Optional.of(new Outcome(List.of(new Reply(text, null, true, List.of(new Block.Section(text),
                new Block.Entries(List.of(card(asker, gap)))))), List.of(), null));
    }

    /** A new FAQ answers the gap: verified when a knowledge manager writes it, a draft from the person it was routed to. */
    Outcome answer(Asker asker, Command.AnswerGap command, String verb) {
        Optional<Entry> found = closing.visibleGap(asker, command.gap());
        if (found.isEmpty()) {
            return GapClosing.notAGap(asker, command.gap());
        }
        Entry gap = found.get();
        boolean routedHere = routing.waitsFor(asker.person().id(), gap.id());
        if (!asker.role().curates() && !routedHere) {
            return Outcome.refused(asker.say("command.refused", verb));
        }
        Optional<Outcome> closed = closing.closedAlready(asker, gap);
        if (closed.isPresent()) {
            return closed.get();
        }
        if (!asker.role().curates()) {
            return routing.answered(asker, gap, command.text());
        }
        // A question put to the bot in a direct message gets a public answer: the manager's words, for everyone.
        boolean restricted = gap.restricted() && !gaps.askedInDirect(gap);
        Entry faq = entries.insert(new NewEntry(EntryKind.FAQ, EntryStatus.VERIFIED, gap.title(), command.text(),
                gap.language(), asker.person().id(), restricted ? gap.channelKey() : asker.turn().channelRef().key(),
                restricted, null, null, gap.tags(), asker.turn().time()));
        return closing.close(asker, gap, faq, GapClosure.How.ANSWER, "gaps.answered");
    }

    /** An existing entry answers the gap; the gap's questions become its alternate questions. */
    Outcome link(Asker asker, Command.LinkGap command) {
        Optional<Entry> found = closing.visibleGap(asker, command.gap());
        if (found.isEmpty()) {
            return GapClosing.notAGap(asker, command.gap());
        }
        Entry gap = found.get();
        Optional<Outcome> closed = closing.closedAlready(asker, gap);
        if (closed.isPresent()) {
            return closed.get();
        }
        Optional<Entry> answer = EntryCard.idOf(command.entry()).flatMap(entries::find)
                .filter(e -> asker.audience().sees(e.channelKey(), e.restricted()));
        if (answer.isEmpty()) {
            return Outcome.refused(asker.say("command.notFound", command.entry().replaceFirst("^#", "")));
        }
        Entry entry = answer.get();
        if (entry.kind() == EntryKind.QUESTION) {
            return Outcome.refused(asker.say("gaps.linkToGap", String.valueOf(entry.id())));
        }
        if (entry.status() == EntryStatus.ARCHIVED) {
            return Outcome.refused(asker.say("gaps.linkArchived", String.valueOf(entry.id())));
        }
        return closing.close(asker, gap, entry, GapClosure.How.LINK, "gaps.linked");
    }

    /** Answer and Route under a gap in the list. */
    Outcome clicked(Asker asker, Action action, long gapId) {
        String id = String.valueOf(gapId);
        if (action == Action.ROUTE_GAP) {
            return routing.routeToLikeliest(asker, id);
        }
        Optional<Entry> gap = closing.visibleGap(asker, id);
        if (gap.isEmpty()) {
            return GapClosing.notAGap(asker, id);
        }
        return closing.closedAlready(asker, gap.get()).orElseGet(() -> Outcome.told(asker.say("gaps.answerHow", id)));
    }

    private Outcome answeredBy(Asker asker, Entry gap, GapClosure closure) {
        Optional<Entry> answer = entries.find(closure.entryId())
                .filter(e -> asker.audience().sees(e.channelKey(), e.restricted()));
        if (answer.isEmpty()) {
            return CommandRunner.say(asker, asker.say("gaps.show.answeredHidden", String.valueOf(gap.id()),
                    Cards.preview(gap.title())));
        }
        String text = asker.say("gaps.show.answered", String.valueOf(gap.id()), Cards.preview(gap.title()),
                String.valueOf(answer.get().id()));
        return new Outcome(List.of(new Reply(text, null, true, List.of(new Block.Section(text),
                new Block.Entries(List.of(Cards.card(answer.get(), 0)))))), List.of(), null);
    }

    /** The open gap groups this asker may see, most asked first (the listing's and the desk's). */
    List<Gaps.Group> open(Asker asker) {
        return gaps.open(gaps.audience(asker));
    }

    String line(Asker asker, Gaps.Group group) {
        String also = group.others().isEmpty() ? "" : " " + asker.say("gaps.also", group.others().stream()
                .map(e -> "#" + e.id()).collect(Collectors.joining(", ")));
        List<String> likely = likelyExperts(asker, group);
        String know = likely.isEmpty() ? "" : " · " + asker.say("gaps.mayKnow", String.join(", ", likely));
        return asker.say("gaps.line", String.valueOf(group.gap().id()), Cards.preview(group.gap().title()),
                group.askers().size()) + also + know;
    }

    /** The people most likely to know, as "who knows" ranks them for the viewer: hidden profiles left out. */
    private List<String> likelyExperts(Asker asker, Gaps.Group group) {
        Entry gap = group.gap();
        List<Long> ids = experts.suggest(gap.title(), gap.language(), asker.audience(), gap.authorId(),
                        LIKELY_EXPERTS + group.askers().size()).stream()
                .map(ExpertFinder.Expert::personId).filter(id -> !group.askers().contains(id))
                .limit(LIKELY_EXPERTS).toList();
        Map<Long, Person> found = people.findAll(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).map(Person::displayName).toList();
    }

    private List<Gaps.Group> ofTeam(List<Gaps.Group> open, String team) {
        String wanted = Folding.caseAndAccents(team.strip());
        return open.stream().filter(group -> people.findAll(group.askers()).values().stream()
                .anyMatch(p -> p.team() != null && Folding.caseAndAccents(p.team()).equals(wanted))).toList();
    }

    EntryCard card(Asker asker, Entry gap) {
        EntryCard card = Cards.card(gap, 0);
        return asker.role().curates() ? card.withButtons(List.of(
                new Block.Button(asker.say(Action.ANSWER_GAP.labelKey()), Action.ANSWER_GAP, gap.id()),
                new Block.Button(asker.say(Action.ROUTE_GAP.labelKey()), Action.ROUTE_GAP, gap.id()))) : card;
    }
}
