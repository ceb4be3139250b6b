package dev.passerelle.teams.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One knowledge entry as a container: {@code #12 FAQ ✅ Verified}, the title in bold, the body, and the message it
 * came from (a link when it is a Teams message).
 */
final class EntryElements {

    private static final int TITLE = 500;
    private static final int BODY = 2_000;

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
        return Elements.container(items);
    }

    private static String heading(EntryCard entry, Language language) {
        StringBuilder line = new StringBuilder("\\#").append(entry.id()).append(' ')
                .append(CardText.escape(Messages.get(language, "kind." + entry.kind().code())));
        line.append(entry.status() == EntryStatus.VERIFIED
                ? " · ✅ " + CardText.escape(Labels.get(language, "verified"))
                : " · " + CardText.escape(Messages.get(language, "status." + entry.status().code())));
        if (entry.kind() == EntryKind.PAIN_POINT) {
            line.append(" · ").append(CardText.escape(Labels.get(language, "votes", entry.votes())));
        }
        return line.toString();
    }

    private static Optional<String> source(EntryCard entry, Language language) {
        if (entry.source() == null || entry.source().isBlank()) {
            return Optional.empty();
        }
        return Links.markdown(entry.sourceChannel(), entry.source(), CardText.escape(Labels.get(language, "source")))
                .or(() -> Optional.of(CardText.escape(Messages.get(language, "answer.source", entry.source()))));
    }
}
