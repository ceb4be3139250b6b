package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Home;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.Gaps;
import dev.passerelle.core.knowledge.PainStandings;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.people.Skill;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Person;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The desk, built once for every platform from what the commands list: everyone's profile, open questions and pain
 * register (with +1); for knowledge managers also the review queue with its total, the open gaps with who may know,
 * Acknowledge / Resolve on the pain points and the last week in figures. Everything as the asker's audience sees it:
 * in a channel, where others read the reply, only public knowledge and that channel's own.
 */
public final class DeskView {

    static final int SHOWN = 5;
    /** The days the desk's figures cover. */
    public static final int STATS_DAYS = 7;

    private final PeopleRepository people;
    private final EntryRepository entries;
    private final ReviewQueue queue;
    private final GapCommands gaps;
    private final PainRegisterView pains;
    private final StatsReport stats;

    DeskView(PeopleRepository people, EntryRepository entries, ReviewQueue queue, GapCommands gaps,
            PainRegisterView pains, StatsReport stats) {
        this.people = people;
        this.entries = entries;
        this.queue = queue;
        this.gaps = gaps;
        this.pains = pains;
        this.stats = stats;
    }

    /** This person's desk; every button on it is marked {@link Block.Button#desk}, so that a click redraws it all. */
    public Home home(Asker asker) {
        Person person = asker.person();
        List<String> skills = people.skills(person.id()).stream().map(Skill::name).toList();
        String user = people.userId(person.id(), asker.turn().platform()).orElse("person-" + person.id());
        PersonCard me = new PersonCard(user, person.displayName(), person.team(), 0, List.of(), List.of());
        List<EntryCard> questions = entries.byAuthor(person.id(), EntryKind.QUESTION, EntryStatus.OPEN, SHOWN).stream()
                .filter(e -> asker.audience().sees(e.channelKey(), e.restricted())).limit(SHOWN)
                .map(e -> Cards.card(e, 0)).toList();
        Map<Long, String> lines = new LinkedHashMap<>();
        PainStandings.Page register = pains.top(asker, SHOWN);
        List<EntryCard> painCards = register.standings().stream().map(standing -> {
            lines.put(standing.entry().id(), pains.line(asker, standing));
            return onDesk(PainRegisterView.card(asker, standing));
        }).toList();
        String role = asker.say(asker.role().messageKey());
        if (!asker.role().curates()) {
            return new Home(asker.language(), me, skills, role, questions, painCards, List.of(), false,
                    new Home.Desk(0, List.of(), 0, register.total(), lines, List.of()));
        }
        ReviewQueue.Top review = queue.top(asker, SHOWN);
        List<Gaps.Group> open = openGaps(asker);
        List<EntryCard> gapCards = open.stream().limit(SHOWN).map(group -> {
            lines.put(group.gap().id(), gaps.line(asker, group));
            return onDesk(gaps.card(asker, group.gap()));
        }).toList();
        return new Home(asker.language(), me, skills, role, questions, painCards,
                review.cards().stream().map(DeskView::onDesk).toList(), true,
                new Home.Desk(review.total(), gapCards, open.size(), register.total(), lines,
                        stats.summary(asker, STATS_DAYS)));
    }

    /** {@code /kb desk}: the same desk as a reply, sections and cards with their buttons. */
    public dev.passerelle.core.conversation.Reply reply(Asker asker) {
        return DeskReply.of(home(asker));
    }

    /**
     * The gaps a manager works through; the questions put to the bot in direct messages only where the reply is
     * theirs alone (a direct message), never in a channel.
     */
    private List<Gaps.Group> openGaps(Asker asker) {
        List<Gaps.Group> open = gaps.open(asker);
        return asker.turn().channelType() == ChannelType.DIRECT ? open : open.stream()
                .filter(group -> asker.audience().sees(group.gap().channelKey(), group.gap().restricted())).toList();
    }

    private static EntryCard onDesk(EntryCard card) {
        return card.withButtons(card.buttons().stream().map(Block.Button::onDesk).toList());
    }
}
