package dev.passerelle.core.bot;

import dev.passerelle.core.vocabulary.Role;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Home;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.people.Skill;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.knowledge.Listings;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.stream.Stream;

/** Builds a person's home page from the store, showing only what they may see. */
public final class HomeViews {

    private static final int LIMIT = 5;

    private final PeopleRepository people;
    private final EntryRepository entries;
    private final Listings listings;

    public HomeViews(PeopleRepository people, EntryRepository entries) {
        this.people = people;
        this.entries = entries;
        this.listings = new Listings(entries);
    }

    public Home home(Person person, Role role, Audience audience, Platform platform, Language language) {
        List<String> skills = people.skills(person.id()).stream().map(Skill::name).toList();
        String user = people.userId(person.id(), platform).orElse("person-" + person.id());
        PersonCard me = new PersonCard(user, person.displayName(), person.team(), 0, List.of(), List.of());
        List<EntryCard> questions = cards(entries.byAuthor(person.id(), EntryKind.QUESTION, EntryStatus.OPEN,
                LIMIT).stream());
        List<EntryCard> pains = cards(listings.openPainPoints(audience, LIMIT).stream());
        List<EntryCard> review = role.curates() ? cards(listings.drafts(audience, LIMIT).stream()).stream()
                .map(card -> card.withButtons(List.of(
                        new Block.Button(Messages.get(language, "button.verify"), Action.VERIFY, card.id()),
                        new Block.Button(Messages.get(language, "button.archive"), Action.ARCHIVE, card.id()))))
                .toList() : List.of();
        String roleName = Messages.get(language, role.messageKey());
        return new Home(language, me, skills, roleName, questions, pains, review, role.curates());
    }

    private static List<EntryCard> cards(Stream<Entry> entries) {
        return entries.limit(LIMIT).map(e -> Cards.card(e, 0)).toList();
    }
}
