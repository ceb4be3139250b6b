package dev.passerelle.app.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Test data for the {@code chat --json} contract: input lines, and readers for the output lines. */
final class ChatLines {

    private ChatLines() {
    }

    /** A direct message to the bot, in the sender's own DM. */
    static String dm(String id, String user, String text) {
        return object(id, user, text).put("channel", "dm-" + user).put("channel_type", "im").toString();
    }

    static String object(String id, String user, String text, String... moreFieldsAndValues) {
        ObjectNode line = object(id, user, text);
        for (int i = 0; i < moreFieldsAndValues.length; i += 2) {
            line.put(moreFieldsAndValues[i], moreFieldsAndValues[i + 1]);
        }
        return line.toString();
    }

    /** The non-blank lines of a conversation under {@code src/test/resources}. */
    static List<String> scenario(String resource) {
        try (InputStream in = ChatLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String idOf(String line) {
        return ChatProcess.JSON.readTree(line).get("id").stringValue();
    }

    // Readers for one output line.

    static List<JsonNode> replies(JsonNode out) {
        return list(out.get("replies"));
    }

    static List<JsonNode> entries(JsonNode out) {
        return replies(out).stream().flatMap(reply -> list(reply.get("entries")).stream()).toList();
    }

    static List<JsonNode> people(JsonNode out) {
        return replies(out).stream().flatMap(reply -> list(reply.get("people")).stream()).toList();
    }

    static List<JsonNode> captured(JsonNode out) {
        return list(out.get("captured"));
    }

    static List<String> users(JsonNode out) {
        return people(out).stream().map(p -> p.get("user").stringValue()).toList();
    }

    static List<String> sources(JsonNode out) {
        return entries(out).stream().map(e -> e.get("source").stringValue()).toList();
    }

    static List<String> evidence(JsonNode out) {
        return people(out).stream().flatMap(p -> strings(p.get("evidence")).stream()).toList();
    }

    static List<String> evidenceOf(JsonNode out, String user) {
        return people(out).stream().filter(p -> user.equals(p.get("user").stringValue()))
                .flatMap(p -> strings(p.get("evidence")).stream()).toList();
    }

    static String text(JsonNode out) {
        return String.join("\n", replies(out).stream().map(r -> r.get("text").stringValue()).toList());
    }

    static long capturedId(JsonNode out, String kind) {
        return captured(out).stream().filter(c -> kind.equals(c.get("kind").stringValue()))
                .mapToLong(c -> c.get("id").longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no captured " + kind + " in " + out));
    }

    static List<Long> entryIds(JsonNode out) {
        return entries(out).stream().map(e -> e.get("id").longValue()).toList();
    }

    static String error(JsonNode out) {
        JsonNode error = out.get("error");
        return error == null || error.isNull() ? null : error.stringValue();
    }

    private static ObjectNode object(String id, String user, String text) {
        return ChatProcess.JSON.createObjectNode().put("id", id).put("user", user).put("text", text);
    }

    private static List<JsonNode> list(JsonNode array) {
        return array == null ? List.of() : StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        list(array).forEach(node -> values.add(node.stringValue()));
        return values;
    }
}
