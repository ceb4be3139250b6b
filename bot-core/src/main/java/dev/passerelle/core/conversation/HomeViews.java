package dev.passerelle.core.conversation;

import dev.passerelle.core.expertise.Person;
import dev.passerelle.core.expertise.Skill;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryKind;
import dev.passerelle.core.knowledge.EntryStatus;
import dev.passerelle.core.knowledge.Listings;
import dev.passerelle.core.search.Audience;
import dev.passerelle.core.store.Store;
import dev.passerelle.core.understanding.Language;
import java.util.List;
import java.util.stream.Stream;

/** Builds a person's home page from the store, showing only what they may see. */
final class HomeViews {

    private static final int LIMIT = 5;

    private final Store store;
    private final Listings listings;

    HomeViews(Store store) {
        this.store = store;
        this.listings = new Listings(store.entries());
    }

    Home home(Person person, Asker.Role role, Audience audience, Platform platform, Language language) {
        List<String> skills = store.people().skills(person.id()).stream().map(Skill::name).toList();
        String user = store.people().userId(person.id(), platform).orElse("person-" + person.id());
        PersonCard me = new PersonCard(user, person.displayName(), person.team(), 0, List.of(), List.of());
        List<EntryCard> questions = cards(store.entries().byAuthor(person.id(), EntryKind.QUESTION, EntryStatus.OPEN,
                LIMIT).stream());
        List<EntryCard> pains = cards(listings.openPainPoints(audience, LIMIT).stream());
        List<EntryCard> review = role.curates() ? cards(listings.drafts(audience, LIMIT).stream()) : List.of();
        String roleName = Messages.get(language, role.messageKey());
        return new Home(language, me, skills, roleName, questions, pains, review, role.curates());
    }

    private static List<EntryCard> cards(Stream<Entry> entries) {
        return entries.limit(LIMIT).map(e -> Cards.card(e, 0)).toList();
    }
}
