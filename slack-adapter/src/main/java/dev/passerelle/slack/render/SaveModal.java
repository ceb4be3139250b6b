package dev.passerelle.slack.render;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.passerelle.core.conversation.SaveForm;
import java.util.List;

/**
 * The "save to Passerelle" form opened from a message shortcut: a kind, the text (the message,
 * editable) and optional tags. The ids below are what the view submission listener reads.
 */
final class SaveModal {

    static final String CALLBACK_ID = "passerelle_save";
    static final String KIND = SaveForm.KIND;
    static final String TEXT = SaveForm.TEXT;
    static final String TAGS = SaveForm.TAGS;

    private SaveModal() {
    }

    static View view(SaveForm form, String privateMetadata) {
        if (privateMetadata.length() > Limits.PRIVATE_METADATA) {
            // Cutting it would hand the submission listener a corrupt value: refuse instead.
            throw new IllegalArgumentException("private_metadata is " + privateMetadata.length()
                    + " characters; Slack keeps at most " + Limits.PRIVATE_METADATA);
        }
        List<LayoutBlock> blocks = List.of(kind(form), text(form), tags(form));
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .title(ViewTitle.builder().type("plain_text").text(title(form.label("titleShort"))).build())
                .submit(ViewSubmit.builder().type("plain_text").text(title(form.label("submit"))).build())
                .close(ViewClose.builder().type("plain_text").text(title(form.label("close"))).build())
                .privateMetadata(privateMetadata)
                .blocks(blocks)
                .build();
    }

    private static InputBlock kind(SaveForm form) {
        List<OptionObject> options = form.kinds().stream().map(SaveModal::option).toList();
        StaticSelectElement select = StaticSelectElement.builder()
                .actionId(KIND)
                .options(options)
                .initialOption(form.kinds().stream().filter(k -> k.kind() == form.initialKind()).findFirst()
                        .map(SaveModal::option).orElse(options.getFirst()))
                .build();
        return input(KIND, form.label("kind"), select).build();
    }

    /** The message as written: an input's value is never rendered as markup, so it stays as is. */
    private static InputBlock text(SaveForm form) {
        String initial = Mrkdwn.truncate(form.text(), Limits.INPUT_VALUE);
        PlainTextInputElement area = PlainTextInputElement.builder()
                .actionId(TEXT)
                .multiline(true)
                .maxLength(Limits.INPUT_VALUE)
                .initialValue(initial.isBlank() ? null : initial)
                .build();
        return input(TEXT, form.label("text"), area)
                .hint(Text.plain(form.label("hint"), Limits.INPUT_LABEL))
                .build();
    }

    private static InputBlock tags(SaveForm form) {
        PlainTextInputElement field = PlainTextInputElement.builder()
                .actionId(TAGS)
                .placeholder(Text.plain(form.label("tagsPlaceholder"), Limits.PLACEHOLDER))
                .build();
        return input(TAGS, form.label("tags"), field).optional(true).build();
    }

    private static InputBlock.InputBlockBuilder input(String id, String label, BlockElement element) {
        return InputBlock.builder().blockId(id).label(Text.plain(label, Limits.INPUT_LABEL)).element(element);
    }

    private static OptionObject option(SaveForm.Choice choice) {
        return OptionObject.builder().text(Text.plain(choice.label(), Limits.OPTION_TEXT)).value(choice.value()).build();
    }

    private static String title(String label) {
        return Mrkdwn.truncate(label, Limits.VIEW_TITLE);
    }
}
