package dev.passerelle.slack.render;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Rendered Block Kit as Slack receives it: JSON from the SDK's own Gson. */
final class Rendered {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    private Rendered() {
    }

    static JsonElement json(Object rendered) {
        return GSON.toJsonTree(rendered);
    }

    /** Every string value anywhere in the rendered JSON, keys excluded. */
    static List<String> strings(Object rendered) {
        List<String> strings = new ArrayList<>();
        collect(json(rendered), strings);
        return strings;
    }

    /** All strings joined by new lines, for assertions on what a reader would see. */
    static String text(Object rendered) {
        return String.join("\n", strings(rendered));
    }

    static JsonElement fixture(String name) {
        try (InputStream in = Rendered.class.getResourceAsStream("/payloads/render/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture payloads/render/" + name);
            }
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonElement element, List<String> strings) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collect(e, strings));
        } else if (element.isJsonObject()) {
            element.getAsJsonObject().entrySet().forEach(e -> collect(e.getValue(), strings));
        } else if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            strings.add(element.getAsString());
        }
    }
}
