package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.people.Hidden;
import dev.passerelle.core.people.Skill;
import dev.passerelle.core.people.PeopleRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The caller's own profile: skills, team, "me", and what they keep off expert lists. */
final class ProfileCommands {

    private static final int MAX_SKILL_LENGTH = 80;

    private final PeopleRepository people;

    ProfileCommands(PeopleRepository people) {
        this.people = people;
    }

    String skills(Asker asker, Command.Skills command) {
        long person = asker.person().id();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (String topic : command.topics()) {
            String skill = topic.length() > MAX_SKILL_LENGTH ? topic.substring(0, MAX_SKILL_LENGTH) : topic;
            boolean done = switch (command.action()) {
                case ADD -> people.addSkill(person, skill, asker.turn().messageId(), asker.turn().time());
                case REMOVE -> people.removeSkill(person, skill);
                case LIST -> false;
            };
            (done ? changed : unchanged).add(skill);
        }
        return switch (command.action()) {
            case LIST -> list(asker);
            case ADD, REMOVE -> {
                String key = command.action() == Command.SkillAction.ADD ? "skills.added" : "skills.removed";
                String result = changed.isEmpty() ? asker.say("skills.nothing", String.join(", ", unchanged))
                        : asker.say(key, String.join(", ", changed));
                yield result + "\n" + list(asker);
            }
        };
    }

    String team(Asker asker, @Nullable String name) {
        if (name == null) {
            String team = asker.person().team();
            return team == null ? asker.say("team.none") : asker.say("team.set", team);
        }
        return asker.say("team.set", people.setTeam(asker.person().id(), name.strip()).team());
    }

    String me(Asker asker) {
        Person person = asker.person();
        String skills = people.skills(person.id()).stream().map(Skill::name).collect(Collectors.joining(", "));
        String role = asker.say(asker.role().messageKey());
        String profile = asker.say("me.profile", person.displayName(),
                person.team() == null ? asker.say("none") : person.team(), skills.isEmpty() ? asker.say("none") : skills,
                role);
        return people.hidden(person.id()).nothing() ? profile : profile + "\n" + hiddenList(asker);
    }

    /** Hides a topic or the whole profile from expert lists, shows it again, or lists what is hidden. */
    String profile(Asker asker, Command.Profile command) {
        long person = asker.person().id();
        String topic = command.topic();
        return switch (command.action()) {
            case HIDE -> command.all()
                    ? asker.say(people.hideAll(person, asker.turn().time()) ? "profile.hiddenAll" : "profile.alreadyAll")
                    : asker.say(people.hideTopic(person, topic, asker.turn().time()) ? "profile.hidden"
                            : "profile.alreadyHidden", topic);
            case SHOW -> {
                if (command.all()) {
                    yield asker.say(people.showAll(person) ? "profile.shownAll" : "profile.nothingHidden");
                }
                if (topic == null) {
                    yield hiddenList(asker);
                }
                yield people.showTopic(person, topic) ? asker.say("profile.shown", topic)
                        : asker.say("profile.notHidden", topic) + "\n" + hiddenList(asker);
            }
        };
    }

    private String hiddenList(Asker asker) {
        Hidden hidden = people.hidden(asker.person().id());
        if (hidden.nothing()) {
            return asker.say("profile.nothingHidden");
        }
        List<String> lines = new ArrayList<>();
        if (hidden.everything()) {
            lines.add(asker.say("profile.listAll"));
        }
        if (!hidden.topics().isEmpty()) {
            lines.add(asker.say("profile.list", String.join(", ", hidden.topics())));
        }
        lines.add(asker.say("profile.showHint"));
        return String.join("\n", lines);
    }

    private String list(Asker asker) {
        List<Skill> skills = people.skills(asker.person().id());
        return skills.isEmpty() ? asker.say("skills.none")
                : asker.say("skills.list", skills.stream().map(Skill::name).collect(Collectors.joining(", ")));
    }
}
