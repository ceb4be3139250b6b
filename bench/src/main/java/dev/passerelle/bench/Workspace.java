package dev.passerelle.bench;

import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded synthetic Slack workspace, the same on every run for the same seed and size: teams of people writing
 * French or English (a few switching), each team's channels, words drawn from a Zipf law (a few topics everyone
 * mentions, a long tail of tools and codes), questions asked in channels and answered in their threads, the asker
 * confirming some answers, FAQs, tips and pain points tagged as people tag them, and chatter that is none of those.
 *
 * <p>{@link #next} continues one stream of messages: the first {@code size} fill the workspace, the ones after
 * are what the ingest measure sends. {@link #ask} and {@link #whoKnows} are direct messages to the bot about the
 * same vocabulary, some of which the workspace answers and some not.
 */
final class Workspace {

    record Person(Sender sender, Language language, WorkspaceWords.Team team, boolean bilingual) {}

    private record Asked(String channel, String messageId, Person asker, Language language) {}

    private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
    private static final String WORKSPACE = "T0BENCH";

    private final Random random;
    private final WorkspaceWords words;
    private final List<Person> people = new ArrayList<>();
    private final Map<WorkspaceWords.Team, List<Person>> byTeam = new HashMap<>();
    private final Map<String, Deque<Asked>> openThreads = new HashMap<>();
    private final List<Asked> answered = new ArrayList<>();
    private long count;
    private long asks;

    Workspace(long seed, int size) {
        this.random = new Random(seed);
        this.words = new WorkspaceWords(random, Math.max(500, size / 200));
        int persons = Math.clamp(size / 250, 40, 4_000);
        List<WorkspaceWords.Team> teams = WorkspaceWords.TEAMS;
        for (int i = 0; i < persons; i++) {
            WorkspaceWords.Team team = teams.get(Math.min(teams.size() - 1, (int) words.zipfIndex(teams.size(), 0.6)));
            Language language = random.nextDouble() < 0.6 ? Language.FR : Language.EN;
            String id = "U" + String.format("%06d", i);
            Person person = new Person(new Sender(id, "Person " + i, "p" + i + "@example.com", team.name(language)),
                    language, team, random.nextDouble() < 0.15);
            people.add(person);
            byTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(person);
        }
    }

    long count() {
        return count;
    }

    /** Everyone of the workspace, in the order they were made. */
    List<Person> people() {
        return List.copyOf(people);
    }

    /** The next message of the workspace's stream. */
    Message next() {
        count++;
        Person person = anyone();
        Language language = person.bilingual() && random.nextDouble() < 0.3 ? other(person.language()) : person.language();
        String channel = channelOf(person);
        double pick = random.nextDouble();
        if (pick < 0.14) {
            String id = id();
            Asked asked = new Asked(channel, id, person, language);
            Deque<Asked> open = openThreads.computeIfAbsent(channel, c -> new ArrayDeque<>());
            open.addLast(asked);
            if (open.size() > 50) {
                open.removeFirst();
            }
            return message(channel, person, words.question(language, person.team()), null, id, false);
        }
        if (pick < 0.28) {
            Deque<Asked> open = openThreads.get(channel);
            if (open != null && !open.isEmpty()) {
                Asked root = open.pollFirst();
                answered.add(root);
                if (answered.size() > 200) {
                    answered.removeFirst();
                }
                Person answerer = teammate(person.team());
                return message(channel, answerer, words.answer(root.language(), person.team()), root.messageId(), id(),
                        false);
            }
        }
        if (pick < 0.33 && !answered.isEmpty()) {
            Asked root = answered.remove(random.nextInt(answered.size()));
            return message(root.channel(), root.asker(), words.confirmation(root.language()), root.messageId(), id(),
                    false);
        }
        if (pick < 0.36) {
            return message(channel, person, words.faq(language, person.team()), null, id(), false);
        }
        if (pick < 0.42) {
            return message(channel, person, words.insight(language, person.team()), null, id(), false);
        }
        if (pick < 0.47) {
            return message(channel, person, words.painPoint(language, person.team()), null, id(), false);
        }
        if (pick < 0.49) {
            return dm(person, words.question(language, person.team()));
        }
        if (pick < 0.50) {
            return dm(person, words.whoKnows(language, person.team()));
        }
        String general = random.nextDouble() < 0.3 ? "C-general" : channel;
        return message(general, person, words.chatter(language, person.team()), null, id(), false);
    }

    /** A question sent to the bot in a direct message, as someone of the workspace asks it. */
    Message ask() {
        Person person = anyone();
        return dm(person, words.question(person.language(), person.team()));
    }

    /** "Who knows …?" sent to the bot in a direct message. */
    Message whoKnows() {
        Person person = anyone();
        return dm(person, words.whoKnows(person.language(), person.team()));
    }

    private Message dm(Person person, String text) {
        asks++;
        return new Message(new ChannelRef(Platform.SLACK, WORKSPACE, "D" + person.sender().userId(),
                ChannelType.DIRECT), person.sender(), text, null, "ask" + asks, time(), true);
    }

    private Message message(String channel, Person person, String text, String thread, String id, boolean addressed) {
        return new Message(new ChannelRef(Platform.SLACK, WORKSPACE, channel, ChannelType.PUBLIC), person.sender(),
                text, thread, id, time(), addressed);
    }

    private Instant time() {
        return START.plusSeconds(count * 20);
    }

    private String id() {
        return String.format("%d.%06d", START.getEpochSecond() + count * 20, count % 1_000_000);
    }

    private Person anyone() {
        return people.get(random.nextInt(people.size()));
    }

    private Person teammate(WorkspaceWords.Team team) {
        List<Person> mates = byTeam.get(team);
        return mates.get(random.nextInt(mates.size()));
    }

    /** Most people write in their team's channel, some in its help channel. */
    private String channelOf(Person person) {
        String code = person.team().code();
        return random.nextDouble() < 0.7 ? "C-" + code : "C-" + code + "-help";
    }

    private static Language other(Language language) {
        return language == Language.FR ? Language.EN : Language.FR;
    }
}
