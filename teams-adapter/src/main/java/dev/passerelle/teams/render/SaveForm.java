package dev.passerelle.teams.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;

/**
 * The "Save to Passerelle" form, shown by the message extension in a task module. The input ids below are what
 * the submission carries back; an input's value is never rendered as Markdown, so the message stays as written.
 */
final class SaveForm {

    static final String KIND = "kind";
    static final String TEXT = "text";
    static final String TAGS = "tags";
    static final String SAVE = "passerelle.save";
    private static final int MAX_TEXT = 4_000;
    private static final List<EntryKind> KINDS = List.of(EntryKind.FAQ, EntryKind.INSIGHT, EntryKind.PAIN_POINT);

    private SaveForm() {
    }

    static ObjectNode card(String messageText, Language language) {
        ObjectNode kind = input("Input.ChoiceSet", KIND, Labels.get(language, "form.kind"))
                .put("style", "expanded").put("value", EntryKind.INSIGHT.code());
        ArrayNode choices = kind.putArray("choices");
        KINDS.forEach(k -> choices.addObject()
                .put("title", Messages.get(language, "kind." + k.code())).put("value", k.code()));
        ObjectNode text = input("Input.Text", TEXT, Labels.get(language, "form.text"))
                .put("isMultiline", true).put("maxLength", MAX_TEXT).put("isRequired", true)
                .put("errorMessage", Labels.get(language, "form.empty"))
                .put("value", CardText.truncate(messageText, MAX_TEXT));
        ObjectNode hint = Elements.subtle(CardText.escape(Labels.get(language, "form.hint")));
        ObjectNode tags = input("Input.Text", TAGS, Labels.get(language, "form.tags"))
                .put("placeholder", Labels.get(language, "form.tagsPlaceholder"));
        ObjectNode card = AdaptiveCards.card(List.of(
                Elements.bold(CardText.escape(Labels.get(language, "form.title"))), kind, text, hint, tags));
        ObjectNode submit = card.putArray("actions").addObject()
                .put("type", "Action.Submit").put("title", Labels.get(language, "form.submit"));
        submit.putObject("data").put(AdaptiveCards.ACTION, SAVE);
        return card;
    }

    private static ObjectNode input(String type, String id, String label) {
        return Elements.NODES.objectNode().put("type", type).put("id", id).put("label", label);
    }
}
