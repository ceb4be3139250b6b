package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Speaker;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.PainPointRepository;
import dev.passerelle.core.knowledge.PainStandings;
import dev.passerelle.core.people.ChannelRepository;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.people.Recipients;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.PainStatus;
import dev.passerelle.core.vocabulary.Person;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The pain-point register's commands: {@code painpoints} for everyone, and for knowledge managers moving a pain
 * point ({@code pain <id> acknowledge|resolve|reopen [note]}) and giving it an owner. Every move is audited and
 * told to everyone who reported or backed the pain point (and its owner), in their language, when they may see it.
 */
public final class PainCommands {

    private final EntryRepository entries;
    private final PainPointRepository painPoints;
    private final PeopleRepository people;
    private final ChannelRepository channels;
    private final AuditLog audit;
    private final Recipients recipients;
    private final PainRegisterView view;
    private final Language fallback;

    public PainCommands(EntryRepository entries, PainPointRepository painPoints, PeopleRepository people,
            ChannelRepository channels, AuditLog audit, Clock clock, Language fallback) {
        this.entries = entries;
        this.painPoints = painPoints;
        this.people = people;
        this.channels = channels;
        this.audit = audit;
        this.recipients = new Recipients(people);
        this.view = new PainRegisterView(new PainStandings(entries, painPoints), painPoints, people, clock);
        this.fallback = fallback;
    }

    Outcome list(Asker asker, Command.PainPoints command) {
        return view.list(asker, command);
    }

    PainRegisterView view() {
        return view;
    }

    /** Acknowledge and Resolve beside a pain point: what {@code pain <id> acknowledge|resolve} does. */
    Outcome clicked(Asker asker, dev.passerelle.core.conversation.Action action, long id) {
        PainStatus to = action == dev.passerelle.core.conversation.Action.ACKNOWLEDGE_PAIN ? PainStatus.ACKNOWLEDGED
                : PainStatus.RESOLVED;
        return move(asker, new Command.PainMove(String.valueOf(id), to, null));
    }

    Outcome move(Asker asker, Command.PainMove move) {
        Optional<Entry> found = painPoint(asker, move.id());
        if (found.isEmpty()) {
            return refusal(asker, move.id());
        }
        Entry pain = found.get();
        String number = String.valueOf(pain.id());
        PainStatus before = pain.painStatus() == null ? PainStatus.OPEN : pain.painStatus();
        if (before == move.to()) {
            return Outcome.refused(asker.say("pain.already", number, asker.say("painstatus." + move.to().code())));
        }
        painPoints.setStatus(pain.id(), move.to(), asker.turn().time());
        audit.record(asker.person().id(), "pain-" + move.to().code(), "entry:" + pain.id(),
                before.code() + " -> " + move.to().code() + (move.note() == null ? "" : " (" + move.note() + ")"),
                asker.turn().time());
        Entry now = entries.find(pain.id()).orElse(pain);
        String title = Cards.preview(now.title(), 120);
        List<Notice> told = tell(now, asker, speaker -> speaker.say("pain.notice." + move.to().code(), number, title,
                asker.person().displayName()) + note(speaker, move.note()));
        return new Outcome(List.of(Reply.ephemeral(asker.say("pain.moved", number,
                asker.say("painstatus." + move.to().code()), told.size()))), List.of(Capture.captured(now)), null)
                .telling(told);
    }

    Outcome owner(Asker asker, Command.PainOwner command) {
        Optional<Entry> found = painPoint(asker, command.id());
        if (found.isEmpty()) {
            return refusal(asker, command.id());
        }
        Entry pain = found.get();
        String number = String.valueOf(pain.id());
        Optional<Person> owner = people.lookup(asker.turn().platform(), mentioned(command.person()));
        if (owner.isEmpty()) {
            return Outcome.refused(asker.say("pain.owner.unknown", command.person().strip()));
        }
        Optional<Long> before = painPoints.owner(pain.id());
        if (before.isPresent() && before.get() == owner.get().id()) {
            return Outcome.refused(asker.say("pain.owner.already", number, owner.get().displayName()));
        }
        painPoints.setOwner(pain.id(), owner.get().id(), asker.turn().time());
        audit.record(asker.person().id(), "pain-owner", "entry:" + pain.id(),
                before.map(id -> "person:" + id).orElse("none") + " -> person:" + owner.get().id(), asker.turn().time());
        String title = Cards.preview(pain.title(), 120);
        String name = owner.get().displayName();
        List<Notice> told = tell(pain, asker, speaker -> speaker.say("pain.notice.owner", number, title, name));
        return CommandRunner.say(asker, asker.say("pain.owner.done", number, name, told.size())).telling(told);
    }

    /** The reporter, every backer and the owner, once each, but not the one who moved it, nor anyone who cannot see it. */
    private List<Notice> tell(Entry pain, Asker actor, Function<Speaker, String> text) {
        Set<Long> told = new LinkedHashSet<>();
        told.add(pain.authorId());
        painPoints.backings(List.of(pain.id())).forEach(backing -> told.add(backing.personId()));
        painPoints.owner(pain.id()).ifPresent(told::add);
        told.remove(actor.person().id());
        return told.stream()
                .filter(person -> new Audience(channels.channelsOf(person)).sees(pain.channelKey(), pain.restricted()))
                .flatMap(person -> recipients.notice(person, actor.turn().platform(), fallback,
                        speaker -> Recipients.direct(text.apply(speaker))).stream())
                .toList();
    }

    private static String note(Speaker speaker, @Nullable String note) {
        return note == null || note.isBlank() ? "" : "\n" + speaker.say("pain.notice.note", Cards.preview(note));
    }

    private Optional<Entry> painPoint(Asker asker, String id) {
        return visible(asker, id).filter(e -> e.kind() == EntryKind.PAIN_POINT);
    }

    private Optional<Entry> visible(Asker asker, String id) {
        return EntryCard.idOf(id).flatMap(entries::find)
                .filter(e -> asker.audience().sees(e.channelKey(), e.restricted()));
    }

    private Outcome refusal(Asker asker, String id) {
        Optional<Long> number = EntryCard.idOf(id);
        if (number.isEmpty()) {
            return Outcome.refused(asker.say("command.badId", id.strip()));
        }
        return visible(asker, id).filter(e -> e.kind() != EntryKind.PAIN_POINT)
                .map(e -> Outcome.refused(asker.say("unvote.notPainPoint", String.valueOf(e.id()))))
                .orElseGet(() -> Outcome.refused(asker.say("command.notFound", String.valueOf(number.get()))));
    }

    /** {@code <@U123|kim>} (Slack), {@code <at>Kim</at>} (Teams) or {@code @kim}: the user id, e-mail or name. */
    static String mentioned(String typed) {
        String person = typed.strip();
        if (person.startsWith("<@") && person.endsWith(">")) {
            person = person.substring(2, person.length() - 1).split("\\|", 2)[0];
        }
        person = person.replaceAll("(?i)</?at>", "");
        return person.startsWith("@") ? person.substring(1) : person;
    }
}
