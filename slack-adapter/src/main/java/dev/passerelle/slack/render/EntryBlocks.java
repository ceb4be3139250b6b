package dev.passerelle.slack.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One knowledge entry as a section ({@code *#12 FAQ* ✅ Verified}, the title in bold, the body)
 * and a context line linking to the message it came from.
 */
final class EntryBlocks {

    /** Long enough for any real title, short enough to leave room for the body. */
    private static final int TITLE = 500;
    /** A related entry is one title among others on a line. */
    private static final int RELATED_TITLE = 80;

    private final Links links;

    EntryBlocks(Links links) {
        this.links = links;
    }

    List<LayoutBlock> full(EntryCard entry, Language language) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String body = entry.body() == null || entry.body().isBlank() ? "" : "\n" + Mrkdwn.escape(entry.body().strip());
        blocks.add(Text.section(heading(entry, language) + body));
        source(entry, language).ifPresent(source -> blocks.add(Text.context(source)));
        if (entry.stale() != null) {
            blocks.add(Text.context("⏳ " + Mrkdwn.escape(entry.stale().line())));
        }
        blocks.addAll(buttons(entry, language));
        return blocks;
    }

    /**
     * The entry's own buttons, in one actions block right under it. A button's value names the entry and the
     * reply's language, so the click is about this entry and its answer is in that language.
     */
    static List<LayoutBlock> buttons(EntryCard entry, Language language) {
        if (entry.buttons().isEmpty()) {
            return List.of();
        }
        List<BlockElement> elements = entry.buttons().stream().<BlockElement>map(button -> ButtonElement.builder()
                .text(Text.plain(button.label(), Limits.BUTTON_TEXT))
                .actionId(button.action().id())
                .value(ButtonValue.write(button.entryId(), language, button.desk()))
                .build()).toList();
        return List.of(ActionsBlock.builder().blockId("entry-" + entry.id())
                .elements(elements.subList(0, Math.min(elements.size(), Limits.ACTION_ELEMENTS))).build());
    }

    /** Related entries on one context line: "See also: *#12* title · *#33* title". */
    String related(String label, List<EntryCard> cards) {
        StringBuilder line = new StringBuilder(Mrkdwn.escape(label));
        for (int i = 0; i < cards.size(); i++) {
            EntryCard card = cards.get(i);
            line.append(i == 0 ? " " : " · ").append("*#").append(card.id()).append("* ")
                    .append(Mrkdwn.escape(card.title().strip(), RELATED_TITLE));
        }
        return line.toString();
    }

    /** The heading without the body, for lists such as the home tab. */
    SectionBlock summary(EntryCard entry, Language language) {
        return Text.section(heading(entry, language));
    }

    private static String heading(EntryCard entry, Language language) {
        String kind = Messages.get(language, "kind." + entry.kind().code());
        StringBuilder line = new StringBuilder("*#").append(entry.id()).append(' ').append(kind).append('*');
        line.append(badge(entry.status(), language));
        if (entry.kind() == EntryKind.PAIN_POINT) {
            line.append(" · ").append(Messages.get(language, "label.votes", entry.votes()));
        }
        String title = entry.title().strip();
        if (!title.isEmpty()) {
            line.append('\n').append('*').append(Mrkdwn.escape(title, TITLE)).append('*');
        }
        return line.toString();
    }

    /** Only a verified entry earns the badge; every other status is said plainly. */
    private static String badge(EntryStatus status, Language language) {
        return status == EntryStatus.VERIFIED
                ? " ✅ " + Messages.get(language, "label.verified")
                : " · " + Messages.get(language, "status." + status.code());
    }

    private Optional<String> source(EntryCard entry, Language language) {
        if (entry.source() == null || entry.source().isBlank()) {
            return Optional.empty();
        }
        return links.link(entry.sourceChannel(), entry.source(), Messages.get(language, "label.source"))
                .or(() -> Optional.of(Mrkdwn.escape(Messages.get(language, "answer.source", entry.source()))));
    }
}
