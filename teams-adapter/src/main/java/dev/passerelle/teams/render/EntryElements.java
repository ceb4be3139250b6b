package dev.passerelle.teams.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.vocabulary.Echo;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One knowledge entry as a container: {@code #12 FAQ ✅ Verified}, the title in bold, the body, the message it
 * came from (a link when it is a Teams message), and last the entry's own buttons, so that in a list of several
 * each button sits under the entry it acts on.
 */
final class EntryElements {

    private static final int TITLE = 500;
    private static final int BODY = 2_000;
    private static final int BUTTON = 60;
    private static final int RELATED_TITLE = 80;

    private EntryElements() {
    }

    static ObjectNode entry(EntryCard entry, Language language) {
        List<ObjectNode> items = new ArrayList<>();
        items.add(Elements.subtle(heading(entry, language)).put("spacing", "None"));
        if (!entry.title().isBlank()) {
            items.add(Elements.bold(CardText.escape(entry.title().strip(), TITLE)));
        }
        if (entry.body() != null && !entry.body().isBlank()) {
            items.add(Elements.text(CardText.escape(entry.body().strip(), BODY)));
        }
        source(entry, language).ifPresent(source -> items.add(Elements.subtle(source)));
        if (entry.stale() != null) {
            items.add(Elements.subtle("⏳ " + CardText.escape(entry.stale().line())));
        }
        if (!entry.buttons().isEmpty()) {
            items.add(Elements.actionSet(entry.buttons().stream().map(button -> button(button, language)).toList()));
        }
        return Elements.container(items).put("id", id(entry.id()));
    }

    /** The id of an entry's container in a card: a click on one of its buttons redraws that container only. */
    static String id(long entry) {
        return "entry-" + entry;
    }

    /** Related entries as one subtle line: "See also: **\\#12** title · **\\#33** title". */
    static ObjectNode related(String label, List<EntryCard> entries) {
        StringBuilder line = new StringBuilder(CardText.escape(label));
        for (int i = 0; i < entries.size(); i++) {
            EntryCard entry = entries.get(i);
            line.append(i == 0 ? " " : " · ").append("**\\#").append(entry.id()).append("** ")
                    .append(CardText.escape(entry.title().strip(), RELATED_TITLE));
        }
        return Elements.subtle(line.toString());
    }

    /** The data {@code CardAction} reads back: the action's id, the entry, and the reply's language. */
    static ObjectNode button(Block.Button button, Language language) {
        String action = button.action().id();
        ObjectNode data = Elements.NODES.objectNode().put(AdaptiveCards.ACTION, action)
                .put(AdaptiveCards.ENTRY, String.valueOf(button.entryId()))
                .put(AdaptiveCards.LANGUAGE, language.code());
        if (button.desk()) {
            data.put(AdaptiveCards.DESK, true);
        }
        return Elements.execute(CardText.truncate(Echo.neutralise(button.label()), BUTTON), action, data);
    }

    private static String heading(EntryCard entry, Language language) {
        StringBuilder line = new StringBuilder("\\#").append(entry.id()).append(' ')
                .append(CardText.escape(Messages.get(language, "kind." + entry.kind().code())));
        line.append(entry.status() == EntryStatus.VERIFIED
                ? " · ✅ " + CardText.escape(Messages.get(language, "label.verified"))
                : " · " + CardText.escape(Messages.get(language, "status." + entry.status().code())));
        if (entry.kind() == EntryKind.PAIN_POINT) {
            line.append(" · ").append(CardText.escape(Messages.get(language, "label.votes", entry.votes())));
        }
        return line.toString();
    }

    private static Optional<String> source(EntryCard entry, Language language) {
        if (entry.source() == null || entry.source().isBlank()) {
            return Optional.empty();
        }
        return Links.markdown(entry.sourceChannel(), entry.source(),
                        CardText.escape(Messages.get(language, "label.source")))
                .or(() -> Optional.of(CardText.escape(Messages.get(language, "answer.source", entry.source()))));
    }
}
