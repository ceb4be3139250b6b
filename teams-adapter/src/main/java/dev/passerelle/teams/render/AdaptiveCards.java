package dev.passerelle.teams.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.SaveForm;
import dev.passerelle.core.vocabulary.Echo;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the core's replies, the welcome and the save form as Adaptive Cards (schema 1.5), built as JSON trees,
 * every label in the language the core decided. Every text a user could have written is escaped. An entry's
 * buttons sit right under it: {@code Action.Execute} whose verb is the core's action id and whose data names the
 * action, the entry and the reply's language ({@code {"action": "verify", "entry": "12", "language": "fr"}}), so
 * that a client that falls back to {@code Action.Submit} still says which button it was, and the click is answered
 * in the reply's language.
 */
public final class AdaptiveCards {

    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    public static final String VERSION = "1.5";
    /** The data keys of a button: its action, its entry, and the language of the reply it is on. */
    public static final String ACTION = "action";
    public static final String ENTRY = "entry";
    public static final String LANGUAGE = "language";
    /** Set (true) on the desk's buttons: a click on one answers with the whole desk redrawn. */
    public static final String DESK = "desk";
    private static final int SUMMARY = 1_000;
    private static final int SECTION = 3_000;
    private static final int FACT = 500;

    /** The card for a reply, its labels in {@code language}; a reply without blocks is its text. */
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

    /**
     * A card as it was posted, with the entries a click refreshed redrawn in place (labels in {@code language}, the
     * clicked card's); empty when the card shows none of them.
     */
    public java.util.Optional<ObjectNode> refreshed(ObjectNode shown, List<dev.passerelle.core.conversation.EntryCard> entries,
            Language language) {
        return RefreshedCards.redraw(shown, entries, language);
    }

    /** Whether a click on the reply's card can redraw it: it shows an entry with buttons. */
    public boolean refreshable(Reply reply) {
        return reply.entries().stream().anyMatch(entry -> !entry.buttons().isEmpty());
    }

    /** What notifications and clients without cards show: plain text, never read as markup. */
    public String summary(Reply reply) {
        return CardText.truncate(Echo.neutralise(reply.text()), SUMMARY);
    }

    /**
     * The short welcome, in both languages, the installing client's first: nobody has written anything yet, and
     * the people who will read it in a team may speak either.
     */
    public ObjectNode welcome(Language language) {
        return welcome(language, false);
    }

    /** The welcome; in a personal chat it also says how to open one's desk. */
    public ObjectNode welcome(Language language, boolean personal) {
        List<ObjectNode> body = new ArrayList<>();
        Language other = language == Language.FR ? Language.EN : Language.FR;
        for (Language each : List.of(language, other)) {
            List<ObjectNode> items = new ArrayList<>();
            items.add(Elements.bold(CardText.escape(Messages.get(each, "welcome.title"))).put("size", "Medium"));
            items.add(Elements.text(CardText.escape(Messages.get(each, "welcome.intro"))));
            for (String key : List.of("welcome.ask", "welcome.who", "welcome.share", "welcome.help")) {
                items.add(Elements.text("• " + CardText.escape(Messages.get(each, key))).put("spacing", "Small"));
            }
            if (personal) {
                items.add(Elements.text("• " + CardText.escape(Messages.get(each, "welcome.desk"))).put("spacing", "Small"));
            }
            body.add(Elements.container(items).put("separator", each != language));
        }
        return card(body);
    }

    public String welcomeSummary(Language language) {
        return Messages.get(language, "welcome.title");
    }

    /** The core's "Save to Passerelle" form: kind, the message's text (editable) and tags. */
    public ObjectNode saveForm(SaveForm form) {
        return SaveFormCard.card(form);
    }

    /** An entry's edit form, prefilled; with the error a submission must fix, when there is one. */
    public ObjectNode editForm(dev.passerelle.core.conversation.EditForm form, @org.jspecify.annotations.Nullable String error) {
        return EditFormCard.card(form, error);
    }

    /** Whether an {@code Action.Execute}'s verb is one of the edit form's (Save, Cancel). */
    public static boolean editFormVerb(@org.jspecify.annotations.Nullable String verb) {
        return EditFormCard.SAVE.equals(verb) || EditFormCard.CANCEL.equals(verb);
    }

    /** Whether it is the edit form's Save. */
    public static boolean editFormSave(@org.jspecify.annotations.Nullable String verb) {
        return EditFormCard.SAVE.equals(verb);
    }

    /** The data key of the edit form's entry kind. */
    public static final String KIND = EditFormCard.KIND;

    private static List<ObjectNode> render(Block block, Language language) {
        return switch (block) {
            case Block.Section(String text) -> text.isBlank() ? List.of()
                    : List.of(Elements.text(CardText.escape(text, SECTION)));
            case Block.Fields(List<Block.Field> fields) -> fields.isEmpty() ? List.of() : List.of(facts(fields));
            case Block.Entries(var entries) -> entries.stream().map(entry -> EntryElements.entry(entry, language)).toList();
            case Block.People(var people) -> people.stream().map(person -> PeopleElements.person(person, language)).toList();
            case Block.Related(String label, var entries) -> entries.isEmpty() ? List.of()
                    : List.of(EntryElements.related(label, entries));
            // Files go as file-consent cards of their own (TeamsFiles), not inside a card.
            case Block.File file -> List.of();
        };
    }

    private static ObjectNode facts(List<Block.Field> fields) {
        ObjectNode set = Elements.NODES.objectNode().put("type", "FactSet");
        set.set("facts", Elements.array(fields.stream()
                .map(field -> Elements.fact(CardText.escape(field.label(), FACT), CardText.escape(field.value(), FACT)))
                .toList()));
        return set;
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
