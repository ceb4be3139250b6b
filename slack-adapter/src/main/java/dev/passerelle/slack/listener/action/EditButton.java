package dev.passerelle.slack.listener.action;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.model.block.LayoutBlock;
import dev.passerelle.core.conversation.EditForm;
import dev.passerelle.slack.EditModals;
import dev.passerelle.slack.ShownCards;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A click on Edit that the core answered with a form: the form opens as a modal, with the card the button was on
 * kept for the submission to redraw (the blocks Slack sent back with the click, or, for an ephemeral message, the
 * ones {@link ShownCards} remembers).
 */
final class EditButton {

    private final EditModals modals;
    private final ShownCards shown;

    EditButton(EditModals modals, ShownCards shown) {
        this.modals = modals;
        this.shown = shown;
    }

    /** False when the modal could not be opened (no trigger, or Slack refused it): the click is answered in words. */
    boolean open(BlockActionPayload payload, BlockActionPayload.Action pressed, EditForm form) {
        String trigger = payload.getTriggerId();
        if (trigger == null || trigger.isBlank()) {
            return false;
        }
        String team = payload.getTeam().getId();
        if (payload.getChannel() == null) {
            return modals.open(trigger, form, team, null, null, null);
        }
        String thread = payload.getMessage() == null ? null : payload.getMessage().getThreadTs();
        return modals.open(trigger, form, team, payload.getChannel().getId(), thread, card(payload, pressed));
    }

    private EditModals.@Nullable Card card(BlockActionPayload payload, BlockActionPayload.Action pressed) {
        String url = payload.getResponseUrl();
        if (url == null || url.isBlank()) {
            return null;
        }
        if (payload.getMessage() != null && payload.getMessage().getBlocks() != null
                && !payload.getMessage().getBlocks().isEmpty()) {
            String text = payload.getMessage().getText() == null ? "" : payload.getMessage().getText();
            return new EditModals.Card(url, text, payload.getMessage().getBlocks(), null);
        }
        Optional<ShownCards.Marked> remembered = shown.find(pressed.getBlockId());
        return remembered.map(marked -> {
            List<LayoutBlock> blocks = marked.shown().blocks();
            return new EditModals.Card(url, marked.shown().text(), blocks, marked.mark());
        }).orElse(null);
    }
}
