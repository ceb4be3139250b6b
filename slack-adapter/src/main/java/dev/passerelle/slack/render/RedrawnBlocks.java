package dev.passerelle.slack.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.vocabulary.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message's blocks redrawn after a click: each entry the core refreshed takes the place of its blocks, from its
 * heading section ({@code *#12 …}) down to its own actions block ({@code entry-12}, or {@code entry-12.<mark>} once
 * {@link #ENTRY_ACTIONS marked}); every other block stays as it was shown.
 */
final class RedrawnBlocks {

    static final String ENTRY_ACTIONS = "entry-";

    private RedrawnBlocks() {
    }

    static Optional<List<LayoutBlock>> redraw(List<LayoutBlock> shown, List<EntryCard> refreshed, Language language,
            EntryBlocks entries) {
        List<LayoutBlock> blocks = new ArrayList<>(shown);
        boolean changed = false;
        for (EntryCard entry : refreshed) {
            int actions = actionsOf(blocks, entry.id());
            int heading = actions < 0 ? -1 : headingBefore(blocks, actions, entry.id());
            if (heading < 0) {
                continue;
            }
            blocks.subList(heading, actions + 1).clear();
            blocks.addAll(heading, entries.full(entry, language));
            changed = true;
        }
        return changed ? Optional.of(List.copyOf(blocks)) : Optional.empty();
    }

    /** Whether this block id names the actions block of an entry: {@code entry-12} or {@code entry-12.<mark>}. */
    static boolean names(String blockId, long entry) {
        String id = ENTRY_ACTIONS + entry;
        return blockId.equals(id) || blockId.startsWith(id + ".");
    }

    private static int actionsOf(List<LayoutBlock> blocks, long entry) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof ActionsBlock actions && actions.getBlockId() != null
                    && names(actions.getBlockId(), entry)) {
                return i;
            }
        }
        return -1;
    }

    private static int headingBefore(List<LayoutBlock> blocks, int actions, long entry) {
        for (int i = actions - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof SectionBlock section && section.getText() instanceof MarkdownTextObject text
                    && text.getText() != null && text.getText().startsWith("*#" + entry + " ")) {
                return i;
            }
        }
        return -1;
    }
}
