package dev.passerelle.teams.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.conversation.SaveForm;
import java.util.List;

/**
 * The core's "Save to Passerelle" form as the card the message extension shows in a task module. The inputs carry
 * the core's field ids, which the submission brings back for {@link SaveForm#read}; an input's value is never
 * rendered as Markdown, so the message stays as written.
 */
final class SaveFormCard {

    static final String SAVE = "passerelle.save";
    private static final int MAX_TEXT = 4_000;

    private SaveFormCard() {
    }

    static ObjectNode card(SaveForm form) {
        ObjectNode kind = input("Input.ChoiceSet", SaveForm.KIND, form.label("kind"))
                .put("style", "expanded").put("value", form.initialKind().code());
        ArrayNode choices = kind.putArray("choices");
        form.kinds().forEach(choice -> choices.addObject().put("title", choice.label()).put("value", choice.value()));
        ObjectNode text = input("Input.Text", SaveForm.TEXT, form.label("text"))
                .put("isMultiline", true).put("maxLength", MAX_TEXT).put("isRequired", true)
                .put("errorMessage", form.label("empty"))
                .put("value", CardText.truncate(form.text(), MAX_TEXT));
        ObjectNode hint = Elements.subtle(CardText.escape(form.label("hint")));
        ObjectNode tags = input("Input.Text", SaveForm.TAGS, form.label("tags"))
                .put("placeholder", form.label("tagsPlaceholder"));
        ObjectNode card = AdaptiveCards.card(List.of(
                Elements.bold(CardText.escape(form.label("title"))), kind, text, hint, tags));
        ObjectNode submit = card.putArray("actions").addObject()
                .put("type", "Action.Submit").put("title", form.label("submit"));
        submit.putObject("data").put(AdaptiveCards.ACTION, SAVE);
        return card;
    }

    private static ObjectNode input(String type, String id, String label) {
        return Elements.NODES.objectNode().put("type", type).put("id", id).put("label", label);
    }
}
