package dev.passerelle.core.expertise;

import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.search.Hit;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.EvidenceRepository;
import dev.passerelle.core.people.PeopleRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns ranked experts into cards: the name, the team, and the messages that justify the name. */
public final class PeopleCards {

    private static final int REASON_PREVIEW = 120;

    private final PeopleRepository people;
    private final EntryRepository entries;
    private final EvidenceRepository evidence;

    public PeopleCards(PeopleRepository people, EntryRepository entries, EvidenceRepository evidence) {
        this.people = people;
        this.entries = entries;
        this.evidence = evidence;
    }

    public List<PersonCard> cards(Asker asker, List<ExpertFinder.Expert> experts) {
        Map<Long, Person> found = people.findAll(experts.stream().map(ExpertFinder.Expert::personId).toList());
        List<PersonCard> cards = new ArrayList<>();
        for (ExpertFinder.Expert expert : experts) {
            Person person = found.get(expert.personId());
            if (person == null) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            List<PersonCard.Source> sources = new ArrayList<>();
            for (Hit proof : expert.proofs()) {
                describe(asker, proof).ifPresent(d -> {
                    reasons.add(d.reason());
                    if (d.messageId() != null && !evidence.contains(d.messageId())) {
                        evidence.add(d.messageId());
                        if (d.channelKey() != null) {
                            sources.add(new PersonCard.Source(d.channelKey().substring(d.channelKey().lastIndexOf(':') + 1),
                                    d.messageId()));
                        }
                    }
                });
            }
            String user = people.userId(person.id(), asker.turn().platform()).orElse("person-" + person.id());
            cards.add(new PersonCard(user, person.displayName(), person.team(), expert.score(), evidence, reasons,
                    sources));
        }
        return cards;
    }

    /** One line per person for the plain-text reply. */
    public static String line(PersonCard card) {
        String team = card.team() == null ? "" : " (" + card.team() + ")";
        return card.name() + team + " — " + String.join(" ; ", card.reasons());
    }

    private Optional<Description> describe(Asker asker, Hit proof) {
        return switch (proof.type()) {
            case ENTRY -> entries.find(proof.id()).map(entry -> new Description(entry.source(), entry.channelKey(),
                    asker.say("who.reason." + entry.kind().code(), String.valueOf(entry.id()), preview(entry.title()))));
            case EVIDENCE -> evidence.find(proof.id()).map(e -> new Description(e.messageId(), e.channelKey(),
                    asker.say(e.confirmed() ? "who.reason.confirmedAnswer" : "who.reason.answer",
                            preview(e.text()))));
            case SKILL -> people.findSkill(proof.id())
                    .map(s -> new Description(s.source(), null, asker.say("who.reason.skill", s.name())));
        };
    }

    private static String preview(String text) {
        return Cards.preview(text, REASON_PREVIEW);
    }

    private record Description(String messageId, String channelKey, String reason) {}
}
