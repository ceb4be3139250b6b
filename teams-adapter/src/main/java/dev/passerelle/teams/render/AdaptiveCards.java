package dev.passerelle.teams.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.vocabulary.Echo;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the core's replies, the welcome and the save form as Adaptive Cards (schema 1.5), built as JSON trees.
 * Every text a user could have written is escaped; buttons are {@code Action.Execute} whose verb is the core's
 * action id and whose data names the entry ({@code {"action": verb, "entry": id}}, so that a client that falls
 * back to {@code Action.Submit} still says which button it was).
 */
public final class AdaptiveCards {

    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    public static final String VERSION = "1.5";
    /** The data key that names a button's action, and the one that names its entry. */
    public static final String ACTION = "action";
    public static final String ENTRY = "entry";
    /** The save form's inputs, as its submission carries them back, and its submit action. */
    public static final String FORM_KIND = SaveForm.KIND;
    public static final String FORM_TEXT = SaveForm.TEXT;
    public static final String FORM_TAGS = SaveForm.TAGS;
    public static final String FORM_SAVE = SaveForm.SAVE;
    private static final int SUMMARY = 1_000;
    private static final int SECTION = 3_000;
    private static final int FACT = 500;
    private static final int BUTTON = 60;

    /** The card for a reply; a reply without blocks is its text. */
    public ObjectNode reply(Reply reply, Language language) {
        List<ObjectNode> body = new ArrayList<>();
        if (reply.blocks().isEmpty()) {
            body.add(Elements.text(CardText.escape(reply.text(), SECTION)));
        }
        for (Block block : reply.blocks()) {
            body.addAll(render(block, language));
        }
        return card(body);
    }

    /** What notifications and clients without cards show: plain text, never read as markup. */
    public String summary(Reply reply) {
        return CardText.truncate(Echo.neutralise(reply.text()), SUMMARY);
    }

    /** The short bilingual welcome: French, then English. */
    public ObjectNode welcome() {
        List<ObjectNode> body = new ArrayList<>();
        for (Language language : List.of(Language.FR, Language.EN)) {
            List<ObjectNode> items = new ArrayList<>();
            items.add(Elements.bold(CardText.escape(Labels.get(language, "welcome.title"))).put("size", "Medium"));
            items.add(Elements.text(CardText.escape(Labels.get(language, "welcome.intro"))));
            for (String key : List.of("welcome.ask", "welcome.who", "welcome.share", "welcome.help")) {
                items.add(Elements.text("• " + CardText.escape(Labels.get(language, key))).put("spacing", "Small"));
            }
            ObjectNode section = Elements.container(items);
            if (body.isEmpty()) {
                section.put("separator", false);
            }
            body.add(section);
        }
        return card(body);
    }

    public String welcomeSummary() {
        return Labels.get(Language.FR, "welcome.title") + " / " + Labels.get(Language.EN, "welcome.title");
    }

    /** The "Save to Passerelle" form: kind, the message's text (editable) and tags. */
    public ObjectNode saveForm(String messageText, Language language) {
        return SaveForm.card(messageText, language);
    }

    private static List<ObjectNode> render(Block block, Language language) {
        return switch (block) {
            case Block.Section(String text) -> text.isBlank() ? List.of()
                    : List.of(Elements.text(CardText.escape(text, SECTION)));
            case Block.Fields(List<Block.Field> fields) -> fields.isEmpty() ? List.of() : List.of(facts(fields));
            case Block.Actions(List<Block.Button> buttons) -> buttons.isEmpty() ? List.of()
                    : List.of(Elements.actionSet(buttons.stream().map(AdaptiveCards::button).toList()));
            case Block.Entries(var entries) -> entries.stream().map(entry -> EntryElements.entry(entry, language)).toList();
            case Block.People(var people) -> people.stream().map(person -> PeopleElements.person(person, language)).toList();
        };
    }

    private static ObjectNode facts(List<Block.Field> fields) {
        ObjectNode set = Elements.NODES.objectNode().put("type", "FactSet");
        set.set("facts", Elements.array(fields.stream()
                .map(field -> Elements.fact(CardText.escape(field.label(), FACT), CardText.escape(field.value(), FACT)))
                .toList()));
        return set;
    }

    static ObjectNode button(Block.Button button) {
        ObjectNode data = Elements.NODES.objectNode().put(ACTION, button.actionId()).put(ENTRY, button.value());
        return Elements.execute(CardText.truncate(Echo.neutralise(button.label()), BUTTON), button.actionId(), data);
    }

    static ObjectNode card(List<ObjectNode> body) {
        ObjectNode card = Elements.NODES.objectNode()
                .put("type", "AdaptiveCard")
                .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
                .put("version", VERSION);
        ArrayNode items = card.putArray("body");
        body.forEach(items::add);
        card.putObject("msteams").put("width", "Full");
        return card;
    }
}
