package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.expertise.Endorsements.Endorsement;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Folding;
import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.vocabulary.Role;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The knowledge manager's desk: endorsements, capture per channel, the audit log, roles granted in the bot and
 * erasure; {@link StatsReport} makes the figures. Every change goes to the audit log with its "before -> after".
 */
final class DeskCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final PeopleRepository people;
    private final AuditLog audit;
    private final Desk desk;
    private final StatsReport stats;

    DeskCommands(PeopleRepository people, AuditLog audit, Desk desk) {
        this.people = people;
        this.audit = audit;
        this.desk = desk;
        this.stats = new StatsReport(desk.stats());
    }

    Outcome stats(Asker asker, Command.Stats command) {
        return CommandRunner.say(asker, stats.report(asker, command.days(), command.label()));
    }

    Outcome endorse(Asker asker, String who, String topic) {
        return person(asker, who).map(person -> {
            String folded = fold(topic);
            boolean declared = people.skills(person.id()).stream().anyMatch(s -> fold(s.name()).equals(folded));
            Endorsement endorsement = new Endorsement(person.id(), topic, folded, asker.person().id(), !declared,
                    asker.turn().time());
            if (!desk.endorsements().add(endorsement)) {
                return Outcome.refused(asker.say("endorse.already", person.displayName(), topic));
            }
            if (!declared) {
                people.addSkill(person.id(), topic, asker.turn().messageId(), asker.turn().time());
            }
            audit.record(asker.person().id(), "endorse", target(person), "- -> " + topic, asker.turn().time());
            return CommandRunner.say(asker, asker.say("endorse.done", person.displayName(), topic));
        }).orElseGet(() -> unknownPerson(asker, who));
    }

    Outcome unendorse(Asker asker, String who, String topic) {
        return person(asker, who).map(person -> desk.endorsements().remove(person.id(), fold(topic)).map(removed -> {
            if (removed.madeSkill()) {
                people.removeSkill(person.id(), removed.topic());
            }
            audit.record(asker.person().id(), "unendorse", target(person), removed.topic() + " -> -",
                    asker.turn().time());
            return CommandRunner.say(asker, asker.say("unendorse.done", person.displayName(), removed.topic()));
        }).orElseGet(() -> Outcome.refused(asker.say("unendorse.none", person.displayName(), topic))))
                .orElseGet(() -> unknownPerson(asker, who));
    }

    /** The caller's profile, with the topics a manager vouched for and who did. */
    String withEndorsements(Asker asker, String profile) {
        List<Endorsement> endorsed = desk.endorsements().of(asker.person().id());
        if (endorsed.isEmpty()) {
            return profile;
        }
        Map<Long, Person> by = people.findAll(endorsed.stream().map(Endorsement::endorsedBy).distinct().toList());
        String list = endorsed.stream().map(e -> asker.say("me.endorsedTopic", e.topic(),
                Optional.ofNullable(by.get(e.endorsedBy())).map(Person::displayName).orElse(asker.say("none"))))
                .collect(Collectors.joining(", "));
        return profile + "\n" + asker.say("me.endorsed", list);
    }

    /** Said in the channel, for everyone there to know whether what they say is kept. */
    Outcome capture(Asker asker, boolean on) {
        if (asker.turn().channelType() == ChannelType.DIRECT) {
            return Outcome.refused(asker.say("capture.notInChannel"));
        }
        String key = asker.turn().channelRef().key();
        boolean before = desk.channels().captureEnabled(key);
        if (before == on) {
            return CommandRunner.say(asker, asker.say(on ? "capture.alreadyOn" : "capture.alreadyOff"));
        }
        desk.channels().setCapture(key, on);
        audit.record(asker.person().id(), "capture", "channel:" + key, onOff(before) + " -> " + onOff(on),
                asker.turn().time());
        return new Outcome(List.of(new Reply(asker.say(on ? "capture.on" : "capture.switchedOff"), null, false, List.of())),
                List.of(), null);
    }

    Outcome audit(Asker asker, Command.Audit command) {
        Long actor = null;
        if (command.actor() != null) {
            Optional<Person> found = person(asker, command.actor());
            if (found.isEmpty()) {
                return unknownPerson(asker, command.actor());
            }
            actor = found.get().id();
        }
        String target = command.entry() == null ? null : "entry:" + command.entry();
        List<AuditTrail.Line> lines = desk.trail().last(command.count(), (command.page() - 1) * command.count(), actor,
                target);
        if (lines.isEmpty()) {
            return CommandRunner.say(asker, asker.say("audit.none"));
        }
        Map<Long, Person> actors = people.findAll(lines.stream().map(AuditTrail.Line::actorId).distinct().toList());
        Function<Long, String> name = id -> Optional.ofNullable(actors.get(id)).map(Person::displayName)
                .orElse("#" + id);
        String text = asker.say("audit.list", lines.size(), command.page()) + "\n" + lines.stream()
                .map(l -> "• " + asker.say("audit.line", String.valueOf(l.id()), TIME.format(l.at()),
                        name.apply(l.actorId()), l.action(), l.target(), l.detail()))
                .collect(Collectors.joining("\n"));
        if (lines.size() == command.count()) {
            text += "\n" + asker.say("audit.more", command.count(), command.page() + 1);
        }
        return CommandRunner.say(asker, text);
    }

    Outcome role(Asker asker, Command.RoleChange command) {
        Optional<Person> found = person(asker, command.person());
        if (found.isEmpty()) {
            return unknownPerson(asker, command.person());
        }
        Person person = found.get();
        Role role = command.role();
        String roleName = asker.say(role.messageKey());
        Role configured = desk.roles().configured(desk.grants().userIds(person.id()), person.email());
        boolean configuredHasIt = configured.ordinal() >= role.ordinal();
        if (command.grant()) {
            if (configuredHasIt) {
                return CommandRunner.say(asker, asker.say("role.alreadyConfigured", person.displayName(), roleName));
            }
            if (!desk.grants().grant(person.id(), role, asker.person().id(), asker.turn().time())) {
                return CommandRunner.say(asker, asker.say("role.alreadyGranted", person.displayName(), roleName));
            }
            audit.record(asker.person().id(), "role.grant", target(person), "- -> " + role.name().toLowerCase(),
                    asker.turn().time());
            return CommandRunner.say(asker, asker.say("role.granted", person.displayName(), roleName));
        }
        if (!desk.grants().revoke(person.id(), role)) {
            return Outcome.refused(asker.say(configuredHasIt ? "role.configuredStays" : "role.notGranted",
                    person.displayName(), roleName));
        }
        audit.record(asker.person().id(), "role.revoke", target(person), role.name().toLowerCase() + " -> -",
                asker.turn().time());
        return CommandRunner.say(asker, asker.say(configuredHasIt ? "role.revokedConfiguredStays" : "role.revoked",
                person.displayName(), roleName));
    }

    /** Erases the person; the one audit line left says what was done, never to whom. */
    Outcome forget(Asker asker, String who) {
        Optional<Person> found = person(asker, who);
        if (found.isEmpty()) {
            return unknownPerson(asker, who);
        }
        if (found.get().id() == asker.person().id()) {
            return Outcome.refused(asker.say("forget.self"));
        }
        Erasure.Erased erased = desk.erasure().forget(found.get().id(), asker.say("forget.placeholder"),
                asker.turn().time());
        audit.record(asker.person().id(), "forget", "person:erased", "person -> erased (events " + erased.events()
                + ", evidence " + erased.evidence() + ", skills " + erased.skills() + ", votes " + erased.votes()
                + ", entries anonymised " + erased.entries() + ")", asker.turn().time());
        return CommandRunner.say(asker, asker.say("forget.done", erased.events(), erased.evidence(), erased.skills(),
                erased.votes(), erased.entries()));
    }

    private Optional<Person> person(Asker asker, String who) {
        String wanted = who.strip().replaceFirst("^<at>(.*)</at>$", "$1").replaceFirst("^<@([^|>]+)(\\|[^>]*)?>$", "$1");
        return wanted.isEmpty() ? Optional.empty() : people.lookup(asker.turn().platform(), wanted);
    }

    private static Outcome unknownPerson(Asker asker, String who) {
        return Outcome.refused(asker.say("desk.unknownPerson", who.strip()));
    }

    private static String target(Person person) {
        return "person:" + person.id();
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }

    private static String fold(String text) {
        return Folding.caseAndAccents(text.strip()).replaceAll("\\s+", " ");
    }
}
