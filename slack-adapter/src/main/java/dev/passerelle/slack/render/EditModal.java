package dev.passerelle.slack.render;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.passerelle.core.conversation.EditForm;
import java.util.List;

/**
 * An entry's edit form as a modal opened from its Edit button: one input per field of the core's form, prefilled,
 * each block and input named by the field's id, which the submission listener reads and an error names.
 */
final class EditModal {

    static final String CALLBACK_ID = "passerelle_edit";

    private EditModal() {
    }

    static View view(EditForm form, String privateMetadata) {
        if (privateMetadata.length() > Limits.PRIVATE_METADATA) {
            throw new IllegalArgumentException("private_metadata is " + privateMetadata.length()
                    + " characters; Slack keeps at most " + Limits.PRIVATE_METADATA);
        }
        List<LayoutBlock> blocks = form.fields().stream().<LayoutBlock>map(field -> input(form, field)).toList();
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .title(ViewTitle.builder().type("plain_text").text(title(form.heading())).build())
                .submit(ViewSubmit.builder().type("plain_text").text(title(form.label("submit"))).build())
                .close(ViewClose.builder().type("plain_text").text(title(form.label("cancel"))).build())
                .privateMetadata(privateMetadata)
                .blocks(blocks)
                .build();
    }

    /** The entry's text as it is: an input's value is never rendered as markup. */
    private static InputBlock input(EditForm form, EditForm.Field field) {
        String initial = Mrkdwn.truncate(field.value(), Limits.INPUT_VALUE);
        PlainTextInputElement.PlainTextInputElementBuilder element = PlainTextInputElement.builder()
                .actionId(field.id())
                .multiline(field.multiline())
                .maxLength(Limits.INPUT_VALUE)
                .initialValue(initial.isBlank() ? null : initial);
        if (field.id().equals(EditForm.TAGS)) {
            element.placeholder(Text.plain(form.label("tagsPlaceholder"), Limits.PLACEHOLDER));
        }
        return InputBlock.builder().blockId(field.id()).label(Text.plain(field.label(), Limits.INPUT_LABEL))
                .element(element.build()).optional(!field.required()).build();
    }

    private static String title(String label) {
        return Mrkdwn.truncate(label, Limits.VIEW_TITLE);
    }
}
