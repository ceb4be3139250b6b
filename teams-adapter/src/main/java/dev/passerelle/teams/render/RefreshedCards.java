package dev.passerelle.teams.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.Optional;

/**
 * A card the bot posted, redrawn after a click: each entry the core refreshed takes the place of its container
 * (found by its id, wherever it sits in the card), everything else stays as it was shown.
 */
final class RefreshedCards {

    private RefreshedCards() {
    }

    /** The redrawn card, or empty when it holds none of these entries (nothing to redraw). */
    static Optional<ObjectNode> redraw(ObjectNode shown, List<EntryCard> refreshed, Language language) {
        ObjectNode card = shown.deepCopy();
        boolean changed = false;
        for (EntryCard entry : refreshed) {
            changed |= replace(card.path("body"), EntryElements.id(entry.id()), EntryElements.entry(entry, language));
        }
        return changed ? Optional.of(card) : Optional.empty();
    }

    private static boolean replace(JsonNode elements, String id, ObjectNode replacement) {
        if (!(elements instanceof ArrayNode array)) {
            return false;
        }
        boolean replaced = false;
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (id.equals(element.path("id").asText(null))) {
                array.set(i, replacement.deepCopy());
                replaced = true;
            } else {
                replaced |= replace(element.path("items"), id, replacement);
            }
        }
        return replaced;
    }
}
