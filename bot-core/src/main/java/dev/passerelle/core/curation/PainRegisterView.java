package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.PainPointRepository;
import dev.passerelle.core.knowledge.PainStandings;
import dev.passerelle.core.knowledge.PainStandings.Standing;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.vocabulary.PainStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code painpoints}: one page of the register as text and cards, each line with its votes, its teams and its
 * trend ("+5 this week, 3 teams"), each open card with a +1 button.
 */
final class PainRegisterView {

    static final int PAGE_SIZE = 10;

    private final PainStandings standings;
    private final PainPointRepository painPoints;
    private final PeopleRepository people;
    private final Clock clock;

    PainRegisterView(PainStandings standings, PainPointRepository painPoints, PeopleRepository people, Clock clock) {
        this.standings = standings;
        this.painPoints = painPoints;
        this.people = people;
        this.clock = clock;
    }

    Outcome list(Asker asker, Command.PainPoints command) {
        Optional<Long> number = EntryCard.idOf(command.team());
        if (number.isPresent()) {
            // "irritants 32 résolu": a pain point's number, not a team; say how to move it or see that page.
            String move = command.status() == PainStatus.OPEN ? asker.say("painpoints.move.any")
                    : asker.say("painpoints.move." + command.status().code());
            return Outcome.refused(asker.say("painpoints.numberNotTeam", String.valueOf(number.get()), move));
        }
        PainStandings.Page page = standings.page(asker.audience(), command.status(), command.team(), command.page(),
                PAGE_SIZE, clock.instant());
        String status = command.status().code();
        String team = command.team() == null ? "" : asker.say("painpoints.ofTeam", command.team());
        if (page.total() == 0) {
            return CommandRunner.say(asker, asker.say("painpoints.none." + status, team));
        }
        if (page.standings().isEmpty()) {
            return Outcome.refused(asker.say("painpoints.noPage", command.page(), page.pages()));
        }
        List<String> lines = new ArrayList<>();
        lines.add(asker.say("painpoints.title." + status, team, page.total(), page.number(), page.pages()));
        page.standings().forEach(standing -> lines.add("• " + line(asker, standing)));
        if (page.number() < page.pages()) {
            lines.add(asker.say("painpoints.next", next(asker, command)));
        }
        List<EntryCard> cards = page.standings().stream().map(standing -> card(asker, standing)).toList();
        return new Outcome(List.of(new Reply(String.join("\n", lines), null, true, List.of(new Block.Entries(cards)))),
                List.of(), null);
    }

    /** The desk's register: the first open and acknowledged pain points, ranked as the listing ranks them. */
    PainStandings.Page top(Asker asker, int size) {
        return standings.top(asker.audience(), List.of(PainStatus.OPEN, PainStatus.ACKNOWLEDGED), size,
                clock.instant());
    }

    String line(Asker asker, Standing standing) {
        String owner = painPoints.owner(standing.entry().id()).flatMap(people::find)
                .map(person -> asker.say("painpoints.owner", person.displayName())).orElse("");
        return asker.say("painpoints.standing", String.valueOf(standing.entry().id()), standing.entry().votes(),
                standing.teams().size(), signed(standing.thisWeek()), trend(standing),
                Cards.preview(standing.entry().title(), 160)) + owner;
    }

    /** The +1s of the last weeks, oldest first, as people read a trend: "0 → 2 → 1 → +5". */
    private static String trend(Standing standing) {
        List<Integer> oldestFirst = new ArrayList<>(standing.weekly()).reversed();
        return oldestFirst.stream().map(PainRegisterView::signed).collect(Collectors.joining(" → "));
    }

    private static String signed(int votes) {
        return votes > 0 ? "+" + votes : "0";
    }

    /** +1 while it is not resolved; for knowledge managers, Acknowledge while it is open and Resolve until it is. */
    static EntryCard card(Asker asker, Standing standing) {
        EntryCard card = Cards.card(standing.entry(), 0);
        PainStatus status = standing.entry().painStatus() == null ? PainStatus.OPEN : standing.entry().painStatus();
        if (status == PainStatus.RESOLVED) {
            return card;
        }
        List<Block.Button> buttons = new ArrayList<>(List.of(new Block.Button(asker.say("button.vote"), Action.VOTE,
                card.id())));
        if (asker.role().curates()) {
            if (status == PainStatus.OPEN) {
                buttons.add(new Block.Button(asker.say(Action.ACKNOWLEDGE_PAIN.labelKey()), Action.ACKNOWLEDGE_PAIN,
                        card.id()));
            }
            buttons.add(new Block.Button(asker.say(Action.RESOLVE_PAIN.labelKey()), Action.RESOLVE_PAIN, card.id()));
        }
        return card.withButtons(buttons);
    }

    /** The same command for the next page, in the words of the asker's language. */
    private static String next(Asker asker, Command.PainPoints command) {
        String team = command.team() == null ? "" : command.team() + " ";
        String status = command.status() == PainStatus.OPEN ? ""
                : asker.say("painpoints.word." + command.status().code()) + " ";
        return asker.say("painpoints.command") + " " + team + status + "page " + (command.page() + 1);
    }
}
