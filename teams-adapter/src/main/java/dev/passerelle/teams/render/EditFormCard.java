package dev.passerelle.teams.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.conversation.EditForm;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entry's edit form as the card that takes the clicked card's place: one {@code Input.Text} per field of the
 * core's form, prefilled, under the field's id, then Save and Cancel, each an {@code Action.Execute} ({@code edit_save}
 * brings the inputs back, {@code edit_cancel} none) whose data names the entry, its kind and the form's language. An
 * input's value is never rendered as Markdown, so the entry's text stays as written.
 */
final class EditFormCard {

    /** The verbs of the form's two buttons. */
    static final String SAVE = "edit_save";
    static final String CANCEL = "edit_cancel";
    static final String KIND = "kind";

    private EditFormCard() {
    }

    /** The form; with {@code error}, said above the fields, when a submission came back to be fixed. */
    static ObjectNode card(EditForm form, @Nullable String error) {
        List<ObjectNode> body = new ArrayList<>();
        body.add(Elements.bold(CardText.escape(form.heading())).put("size", "Medium"));
        if (error != null) {
            body.add(Elements.text(CardText.escape(error)).put("color", "Attention"));
        }
        for (EditForm.Field field : form.fields()) {
            ObjectNode input = Elements.NODES.objectNode().put("type", "Input.Text").put("id", field.id())
                    .put("label", field.label()).put("isMultiline", field.multiline())
                    .put("maxLength", EditForm.MAX_TEXT).put("value", CardText.truncate(field.value(), EditForm.MAX_TEXT));
            if (field.required()) {
                input.put("isRequired", true).put("errorMessage", form.label("empty"));
            } else if (field.id().equals(EditForm.TAGS)) {
                input.put("placeholder", form.label("tagsPlaceholder"));
            }
            body.add(input);
        }
        ObjectNode card = AdaptiveCards.card(body);
        card.putArray("actions")
                .add(Elements.execute(form.label("submit"), SAVE, data(form, SAVE)).put("associatedInputs", "auto")
                        .put("style", "positive"))
                .add(Elements.execute(form.label("cancel"), CANCEL, data(form, CANCEL)).put("associatedInputs", "none"));
        return card;
    }

    private static ObjectNode data(EditForm form, String verb) {
        return Elements.NODES.objectNode().put(AdaptiveCards.ACTION, verb)
                .put(AdaptiveCards.ENTRY, String.valueOf(form.entryId())).put(KIND, form.kind().code())
                .put(AdaptiveCards.LANGUAGE, form.language().code());
    }
}
