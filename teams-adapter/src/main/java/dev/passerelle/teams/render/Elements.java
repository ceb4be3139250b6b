package dev.passerelle.teams.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Adaptive Card elements as JSON trees. Texts given here are Markdown the renderer built from escaped parts;
 * nothing else is ever concatenated into JSON.
 */
final class Elements {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Elements() {
    }

    /** A text block, each line of it a line ({@link CardText#lines}). */
    static ObjectNode text(String markdown) {
        return NODES.objectNode().put("type", "TextBlock").put("text", CardText.lines(markdown)).put("wrap", true);
    }

    static ObjectNode bold(String markdown) {
        return text(markdown).put("weight", "Bolder");
    }

    static ObjectNode subtle(String markdown) {
        return text(markdown).put("isSubtle", true).put("size", "Small").put("spacing", "Small");
    }

    static ObjectNode container(List<ObjectNode> items) {
        ObjectNode container = NODES.objectNode().put("type", "Container").put("separator", true)
                .put("spacing", "Medium");
        container.set("items", array(items));
        return container;
    }

    static ObjectNode actionSet(List<ObjectNode> actions) {
        ObjectNode set = NODES.objectNode().put("type", "ActionSet");
        set.set("actions", array(actions));
        return set;
    }

    /** A Universal Action: Teams invokes the bot with {@code verb} and {@code data}. */
    static ObjectNode execute(String title, String verb, ObjectNode data) {
        ObjectNode action = NODES.objectNode().put("type", "Action.Execute").put("title", title).put("verb", verb);
        action.set("data", data);
        return action;
    }

    static ObjectNode fact(String title, String value) {
        return NODES.objectNode().put("title", title).put("value", value);
    }

    static ArrayNode array(List<ObjectNode> nodes) {
        ArrayNode array = NODES.arrayNode();
        nodes.forEach(array::add);
        return array;
    }
}
