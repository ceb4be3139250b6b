package dev.passerelle.app.teams;

import dev.passerelle.app.teams.playground.AgentsPlayground;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads what Passerelle's Adaptive Cards say, as the Agents Playground shows them in its frames: the texts of
 * each section, and the buttons, which sit in action sets inside the card's body rather than at its foot.
 */
final class PlaygroundCards {

    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

    private PlaygroundCards() {
    }

    /** The frame's card; fails when the message has none. */
    static JsonNode card(JsonNode frame) {
        return AgentsPlayground.adaptiveCard(frame)
                .orElseThrow(() -> new AssertionError("no Adaptive Card in " + frame));
    }

    /** Every {@code TextBlock} text of the card, in reading order. */
    static List<String> texts(JsonNode card) {
        List<String> texts = new ArrayList<>();
        collectTexts(card, texts);
        return texts;
    }

    /** The texts of each top-level container (an entry, a person, a language of the welcome), in order. */
    static List<List<String>> sections(JsonNode card) {
        List<List<String>> sections = new ArrayList<>();
        for (JsonNode element : card.path("body")) {
            if ("Container".equals(element.path("type").asString(""))) {
                sections.add(texts(element));
            }
        }
        return sections;
    }

    /** The {@code Action.Execute} with this verb about this entry, wherever it is in the card. */
    static JsonNode execute(JsonNode card, String verb, long entry) {
        return find(card, verb, entry).orElseThrow(() -> new AssertionError("no " + verb + " button for #" + entry
                + " in " + card));
    }

    /** The verbs of the card's {@code Action.Execute} buttons about this entry, in order. */
    static List<String> verbs(JsonNode card, long entry) {
        List<String> verbs = new ArrayList<>();
        collectVerbs(card, entry, verbs);
        return verbs;
    }

    private static void collectVerbs(JsonNode node, long entry, List<String> verbs) {
        if ("Action.Execute".equals(node.path("type").asString(""))
                && String.valueOf(entry).equals(node.path("data").path("entry").asString(""))) {
            verbs.add(node.path("verb").asString(""));
        }
        for (JsonNode child : node) {
            collectVerbs(child, entry, verbs);
        }
    }

    /** The entry number the bot announced in a text ("Saved as FAQ #12 …"). */
    static long announcedId(String text) {
        Matcher matcher = NUMBER.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no #number in: " + text);
        }
        return Long.parseLong(matcher.group(1));
    }

    private static Optional<JsonNode> find(JsonNode node, String verb, long entry) {
        if ("Action.Execute".equals(node.path("type").asString("")) && verb.equals(node.path("verb").asString(""))
                && String.valueOf(entry).equals(node.path("data").path("entry").asString(""))) {
            return Optional.of(node);
        }
        for (JsonNode child : node) {
            Optional<JsonNode> found = find(child, verb, entry);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static void collectTexts(JsonNode node, List<String> texts) {
        if ("TextBlock".equals(node.path("type").asString(""))) {
            texts.add(node.path("text").asString(""));
        }
        for (JsonNode child : node) {
            collectTexts(child, texts);
        }
    }
}
