package dev.passerelle.core.expertise;

import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
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

    private final Endorsements endorsements;

    public PeopleCards(PeopleRepository people, EntryRepository entries, EvidenceRepository evidence) {
        this(people, entries, evidence, Endorsements.NONE);
    }

    /** With the managers' endorsements, said as such beside the skill they back. */
    public PeopleCards(PeopleRepository people, EntryRepository entries, EvidenceRepository evidence,
            Endorsements endorsements) {
        this.people = people;
        this.entries = entries;
        this.evidence = evidence;
        this.endorsements = endorsements;
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
                                    d.messageId(), d.label()));
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

    /**
     * One piece of evidence in words: what the person did, with the entry's number and title, or the question an
     * answer answered (same conversation, so the asker may see it), and a short label for the link to it.
     */
    private Optional<Description> describe(Asker asker, Hit proof) {
        return switch (proof.type()) {
            case ENTRY -> entries.find(proof.id()).map(entry -> new Description(entry.source(), entry.channelKey(),
                    asker.say("who.reason." + entry.kind().code(), String.valueOf(entry.id()), preview(entry.title())),
                    asker.say("who.label." + entry.kind().code(), String.valueOf(entry.id()))));
            case EVIDENCE -> evidence.find(proof.id()).map(e -> {
                String role = e.confirmed() ? "confirmedAnswer" : "answer";
                Optional<Entry> question = e.thread() == null ? Optional.empty()
                        : entries.findAllBySource(e.channelKey(), e.thread()).stream().findFirst();
                String reason = question
                        .map(q -> asker.say("who.reason." + role + "To", preview(q.title()), preview(e.text())))
                        .orElseGet(() -> asker.say("who.reason." + role, preview(e.text())));
                String label = question.map(q -> asker.say("who.label." + role + "To", String.valueOf(q.id())))
                        .orElseGet(() -> asker.say("who.label." + role));
                return new Description(e.messageId(), e.channelKey(), reason, label);
            });
            case SKILL -> people.findSkill(proof.id()).map(s -> new Description(s.source(), null,
                    endorsed(asker, s).orElseGet(() -> asker.say("who.reason.skill", s.name())),
                    asker.say("who.label.skill")));
        };
    }

    /** "endorsed by Alice for CRM" when a manager backs the skill. */
    private Optional<String> endorsed(Asker asker, dev.passerelle.core.people.Skill skill) {
        String folded = dev.passerelle.core.vocabulary.Folding.caseAndAccents(skill.name().strip()).replaceAll("\\s+", " ");
        return endorsements.of(skill.personId()).stream().filter(e -> e.folded().equals(folded)).findFirst()
                .map(e -> asker.say("who.reason.endorsed", skill.name(), people.find(e.endorsedBy())
                        .map(Person::displayName).orElse(asker.say("none"))));
    }

    private static String preview(String text) {
        return Cards.preview(text, REASON_PREVIEW);
    }

    private record Description(String messageId, String channelKey, String reason, String label) {}
}
