package dev.passerelle.teams.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One person as a container: the name (never a mention: nobody is pinged by a search), their team, one line per
 * reason, and links to the messages that justify the name.
 */
final class PeopleElements {

    private static final int NAME = 200;
    private static final int REASON = 400;

    private PeopleElements() {
    }

    static ObjectNode person(PersonCard person, Language language) {
        List<ObjectNode> items = new ArrayList<>();
        String team = person.team() == null || person.team().isBlank() ? ""
                : " · " + CardText.escape(person.team().strip(), NAME);
        items.add(Elements.bold(CardText.escape(person.name().strip(), NAME) + team));
        person.reasons().forEach(reason -> items.add(Elements.text("• " + CardText.escape(reason, REASON))
                .put("spacing", "Small")));
        evidence(person, language).ifPresent(line -> items.add(Elements.subtle(line)));
        return Elements.container(items);
    }

    private static Optional<String> evidence(PersonCard person, Language language) {
        List<String> links = new ArrayList<>();
        for (PersonCard.Source source : person.sources()) {
            String label = source.label() == null ? String.valueOf(links.size() + 1) : CardText.escape(source.label());
            Links.markdown(source.channel(), source.messageId(), label).ifPresent(links::add);
        }
        return links.isEmpty() ? Optional.empty()
                : Optional.of(CardText.escape(Messages.get(language, "label.evidence")) + " " + String.join(" · ", links));
    }
}
