package dev.passerelle.core.answering;

import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.expertise.ExpertFinder;
import dev.passerelle.core.expertise.PeopleCards;
import dev.passerelle.core.knowledge.Answers;
import dev.passerelle.core.knowledge.AskedWays;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Confidence;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.lifecycle.Freshness;
import dev.passerelle.core.understanding.TeamFilter;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Meters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The two answers people come for: "what is the answer to X?" and "who knows about X?", with
 * their fallbacks (only likely answers: suggestions, to whoever asked the bot itself; none: say so,
 * suggest people; either way, note the gap).
 */
public final class Responses {

    private static final int ANSWERS = 3;
    /** To whoever asked the bot itself, the next two as one line of titles: a short reply, and a fourth and fifth try. */
    private static final int RELATED = 2;
    private static final int RELATED_TITLE = 80;
    /** Below this share of the first answer's score, an entry is a word in common, not an answer worth a look. */
    static final double COMPANION_SCORE = 0.25;
    private static final int PEOPLE = 3;
    /** A team filter leaves out most of the ranking: rank this many times more, then filter. */
    private static final int TEAM_WIDENING = 5;

    private final Answers answers;
    private final ExpertFinder experts;
    private final PeopleCards peopleCards;
    private final Capture capture;
    private final AskedWays askedWays;
    private final Freshness freshness;
    private final Meters meters;

    public Responses(Answers answers, ExpertFinder experts, PeopleCards peopleCards, Capture capture,
            AskedWays askedWays, Freshness freshness) {
        this(answers, experts, peopleCards, capture, askedWays, freshness, Meters.NONE);
    }

    /** As the other constructor, timing each answer and who-knows lookup on {@code meters}. */
    public Responses(Answers answers, ExpertFinder experts, PeopleCards peopleCards, Capture capture,
            AskedWays askedWays, Freshness freshness, Meters meters) {
        this.meters = meters;
        this.freshness = freshness;
        this.answers = answers;
        this.experts = experts;
        this.peopleCards = peopleCards;
        this.capture = capture;
        this.askedWays = askedWays;
    }

    /**
     * Answers a question addressed to the bot. Suggestions go only to someone who asked the bot itself (a direct
     * message); in a channel, where a reply may reach people who did not ask, only a confident answer is posted.
     */
    public Outcome answer(Asker asker, String question, boolean noteGap) {
        return answer(asker, question, noteGap, asker.turn().channelType() == ChannelType.DIRECT);
    }

    /**
     * Words that do not read as a question, said where the bot answers every message (an auto-answer channel): the
     * answer when the bot is sure of it, otherwise nothing at all, neither a reply nor a gap.
     */
    public Outcome answerIfConfident(Asker asker, String text) {
        Answers.Ranked ranked = answers.rank(text, asker.language(), asker.audience(), ANSWERS);
        List<Answers.Found> found = worthShowing(ranked.found()).stream().limit(ANSWERS).toList();
        if (ranked.level() != Confidence.Level.CONFIDENT || found.isEmpty()) {
            return Outcome.nothing();
        }
        askedWays.shown(asker, text, found.stream().map(Answers.Found::entry).toList(), true);
        return freshness.mark(confident(asker, found, List.of()), asker.speaker());
    }

    /**
     * Answers a question: the answer when the bot is confident; up to three suggestions, marked as such, when they
     * are only likely to help and {@code suggest} allows them (a DM, {@code /kb ask}); otherwise it says so and
     * names people to ask. Both of the last two note the gap, so knowledge managers see what was not answered.
     */
    public Outcome answer(Asker asker, String question, boolean noteGap, boolean suggest) {
        long started = System.nanoTime();
        Answers.Ranked ranked = answers.rank(question, asker.language(), asker.audience(),
                ANSWERS + (suggest ? RELATED : 0));
        List<Answers.Found> worthShowing = worthShowing(ranked.found());
        List<Answers.Found> found = worthShowing.stream().limit(ANSWERS).toList();
        List<Answers.Found> related = worthShowing.stream().skip(ANSWERS).toList();
        boolean shown = switch (ranked.level()) {
            case CONFIDENT -> true;
            case LIKELY -> suggest;
            case NONE -> false;
        };
        // What the asker saw, so that their "helpful", ✅ or thanks can teach it their way of asking.
        askedWays.shown(asker, question, shown ? found.stream().map(Answers.Found::entry).toList() : List.of(),
                ranked.level() == Confidence.Level.CONFIDENT);
        // A stale entry still answers, saying since when nobody checked it.
        Outcome outcome = freshness.mark(switch (ranked.level()) {
            case CONFIDENT -> confident(asker, found, related);
            case LIKELY -> suggest ? likely(asker, question, found, related, noteGap) : none(asker, question, noteGap);
            case NONE -> none(asker, question, noteGap);
        }, asker.speaker());
        meters.answered(ranked.level() == Confidence.Level.CONFIDENT && !found.isEmpty() ? "confident"
                : ranked.level() == Confidence.Level.LIKELY && suggest ? "likely" : "none", System.nanoTime() - started);
        return outcome;
    }

    private static Outcome confident(Asker asker, List<Answers.Found> found, List<Answers.Found> relatedFound) {
        List<EntryCard> related = relatedCards(relatedFound);
        List<EntryCard> cards = new ArrayList<>(found.stream()
                .map(f -> Cards.card(f.entry(), f.score()).withConfident(true)).toList());
        EntryCard best = cards.getFirst();
        cards.set(0, best.withButtons(List.of(
                new Block.Button(asker.say("button.helpful"), Action.HELPFUL, best.id()),
                new Block.Button(asker.say("button.unhelpful"), Action.NOT_HELPFUL, best.id()))));
        String text = asker.say("answer.found") + "\n" + lines(asker, found) + relatedLine(asker, related);
        List<Block> blocks = new ArrayList<>(List.of(new Block.Section(asker.say("answer.found")),
                new Block.Entries(cards)));
        addRelated(blocks, asker, related);
        return reply(asker, text, blocks, List.of());
    }

    /**
     * The first answer, and those after it that score at least {@value #COMPANION_SCORE} of it: "comment se connecter
     * au VPN depuis la maison" is answered by its FAQ alone, not followed by a Salesforce FAQ that shares one word.
     */
    static List<Answers.Found> worthShowing(List<Answers.Found> ranked) {
        if (ranked.isEmpty()) {
            return ranked;
        }
        double floor = ranked.getFirst().score() * COMPANION_SCORE;
        return Stream.concat(Stream.of(ranked.getFirst()), ranked.stream().skip(1).filter(f -> f.score() >= floor))
                .toList();
    }

    private static List<EntryCard> relatedCards(List<Answers.Found> related) {
        return related.stream().map(f -> Cards.card(f.entry(), f.score())).toList();
    }

    /** The related entries as one line under the reply's text; nothing when there are none. */
    private static String relatedLine(Asker asker, List<EntryCard> related) {
        return related.isEmpty() ? "" : "\n" + asker.say("answer.related") + " " + related.stream()
                .map(card -> "#" + card.id() + " " + Cards.preview(card.title(), RELATED_TITLE))
                .collect(Collectors.joining(" · "));
    }

    /** The related entries' block, after the reply's cards, when there are any. */
    private static void addRelated(List<Block> blocks, Asker asker, List<EntryCard> related) {
        if (!related.isEmpty()) {
            blocks.add(new Block.Related(asker.say("answer.related"), related));
        }
    }

    /** Suggestions, each with its own "helpful" so the asker can say which one answered. */
    private Outcome likely(Asker asker, String question, List<Answers.Found> found, List<Answers.Found> relatedFound,
            boolean noteGap) {
        List<EntryCard> related = relatedCards(relatedFound);
        List<EntryCard> cards = found.stream()
                .map(f -> Cards.card(f.entry(), f.score()).withButtons(List.of(
                        new Block.Button(asker.say("button.helpful"), Action.HELPFUL, f.entry().id()))))
                .toList();
        String intro = asker.say("answer.likely");
        List<String> text = new ArrayList<>(List.of(intro, lines(asker, found) + relatedLine(asker, related)));
        List<Outcome.Captured> captured = new ArrayList<>();
        if (noteGap) {
            Entry gap = capture.question(asker, question);
            captured.add(Capture.captured(gap));
            text.add(asker.say("answer.likelyGap", String.valueOf(gap.id())));
        }
        List<Block> blocks = new ArrayList<>(List.of(new Block.Section(intro), new Block.Entries(cards)));
        addRelated(blocks, asker, related);
        if (noteGap) {
            blocks.add(new Block.Section(text.getLast()));
        }
        return reply(asker, String.join("\n", text), blocks, captured);
    }

    private Outcome none(Asker asker, String question, boolean noteGap) {
        List<PersonCard> people = peopleCards.cards(asker,
                experts.suggest(question, asker.language(), asker.audience(), asker.person().id(), PEOPLE));
        List<String> lines = new ArrayList<>();
        lines.add(asker.say(people.isEmpty() ? "answer.none" : "answer.nonePeople"));
        people.forEach(card -> lines.add("• " + PeopleCards.line(card)));
        List<Outcome.Captured> captured = new ArrayList<>();
        if (noteGap) {
            Entry gap = capture.question(asker, question);
            captured.add(Capture.captured(gap));
            lines.add(asker.say("answer.gap", String.valueOf(gap.id())));
        }
        List<Block> blocks = new ArrayList<>(List.of(new Block.Section(lines.getFirst())));
        if (!people.isEmpty()) {
            blocks.add(new Block.People(people));
        }
        if (noteGap) {
            blocks.add(new Block.Section(lines.getLast()));
        }
        return reply(asker, String.join("\n", lines), blocks, captured);
    }

    private static String lines(Asker asker, List<Answers.Found> found) {
        return found.stream()
                .map(f -> "• " + Cards.line(asker.language(), f.entry()) + sourceOf(asker, f.entry()))
                .collect(Collectors.joining("\n"));
    }

    public Outcome experts(Asker asker, String fullTopic) {
        return experts(asker, fullTopic, null);
    }

    /**
     * Who knows the topic; with a team filter, only the people of that team ("who in Sales knows…") or
     * only the others ("who outside Sales knows…"), by the team recorded on their profile. Someone with
     * no team recorded is outside every team.
     */
    public Outcome experts(Asker asker, String fullTopic, @Nullable TeamFilter team) {
        long started = System.nanoTime();
        try {
            return expertsOn(asker, fullTopic, team);
        } finally {
            meters.whoKnows(System.nanoTime() - started);
        }
    }

    private Outcome expertsOn(Asker asker, String fullTopic, @Nullable TeamFilter team) {
        String topic = Cards.preview(fullTopic);
        int ranked = team == null ? PEOPLE : PEOPLE * TEAM_WIDENING;
        List<PersonCard> people = peopleCards.cards(asker,
                experts.find(topic, asker.language(), asker.audience(), asker.person().id(), ranked));
        if (team != null) {
            people = people.stream().filter(card -> team.keeps(card.team())).limit(PEOPLE).toList();
        }
        if (people.isEmpty()) {
            String none = team == null ? asker.say("who.none", topic)
                    : asker.say(team.outside() ? "who.noneOutside" : "who.noneIn", topic, team.team());
            return reply(asker, none, List.of(), List.of());
        }
        String intro = team == null ? asker.say("who.found", topic)
                : asker.say(team.outside() ? "who.foundOutside" : "who.foundIn", topic, team.team());
        String text = intro + "\n" + people.stream().map(card -> "• " + PeopleCards.line(card))
                .collect(Collectors.joining("\n"));
        return reply(asker, text, List.of(new Block.Section(intro), new Block.People(people)), List.of());
    }

    /**
     * "Who approves X?": what is written down about it (the answer, or the gap noted) and the people who
     * know X, in one reply. When no answer was found the reply already names people; they are not named twice.
     */
    public Outcome answerWithPeople(Asker asker, String question, String topic) {
        Outcome answer = answer(asker, question, true);
        if (answer.replies().isEmpty() || !answer.replies().getFirst().people().isEmpty()) {
            return answer;
        }
        Reply found = answer.replies().getFirst();
        Reply who = experts(asker, topic).replies().getFirst();
        if (who.people().isEmpty()) {
            return answer;
        }
        Reply merged = new Reply(found.text() + "\n\n" + who.text(), found.thread(), found.ephemeral(),
                Stream.concat(found.blocks().stream(), who.blocks().stream()).toList());
        return new Outcome(List.of(merged), answer.captured(), answer.error());
    }

    private static String sourceOf(Asker asker, Entry entry) {
        return entry.source() == null ? "" : " (" + asker.say("answer.source", entry.source()) + ")";
    }

    private static Outcome reply(Asker asker, String text, List<Block> blocks, List<Outcome.Captured> captured) {
        return new Outcome(List.of(new Reply(text, asker.replyThread(), false, blocks)), captured, null);
    }
}
