package dev.passerelle.app.slack;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A payload as Slack sends it, from a JSON fixture under {@code payloads/slack/} whose
 * {@code {{placeholders}}} are filled in: text values JSON-escaped, JSON values as they are.
 * A placeholder left unfilled fails the test rather than reaching the app.
 */
final class SlackPayload {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Gson GSON = new Gson();

    private final String fixture;
    private final Map<String, String> values = new LinkedHashMap<>();

    private SlackPayload(String fixture) {
        this.fixture = fixture;
    }

    static SlackPayload of(String fixture) {
        return new SlackPayload(fixture);
    }

    /** The {@code message} event for a post in this channel: its type follows Slack's id prefixes. */
    static SlackPayload message(String user, String channel, String text, String ts) {
        String fixture = switch (channel.charAt(0)) {
            case 'C' -> "message_channel";
            case 'G' -> "message_group";
            default -> "message_im";
        };
        return of(fixture).with("event_id", SlackIds.eventId()).with("user", user).with("channel", channel)
                .with("text", text).with("ts", ts);
    }

    static SlackPayload reaction(String user, String reaction, String channel, String ts, String author) {
        return of("reaction_added").with("event_id", SlackIds.eventId()).with("user", user).with("reaction", reaction)
                .with("channel", channel).with("ts", ts).with("item_user", author).with("event_ts", SlackIds.ts());
    }

    static SlackPayload reactionRemoved(String user, String reaction, String channel, String ts, String author) {
        return of("reaction_removed").with("event_id", SlackIds.eventId()).with("user", user).with("reaction", reaction)
                .with("channel", channel).with("ts", ts).with("item_user", author).with("event_ts", SlackIds.ts());
    }

    SlackPayload with(String name, String text) {
        String quoted = GSON.toJson(text);
        values.put(name, quoted.substring(1, quoted.length() - 1));
        return this;
    }

    SlackPayload withJson(String name, String json) {
        values.put(name, JsonParser.parseString(json).toString());
        return this;
    }

    String json() {
        Matcher matcher = PLACEHOLDER.matcher(read());
        String filled = matcher.replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                throw new IllegalStateException(fixture + " needs a value for {{" + match.group(1) + "}}");
            }
            return Matcher.quoteReplacement(value);
        });
        return JsonParser.parseString(filled).toString();
    }

    /** The fixture's fields, form-encoded in their order: how Slack posts slash commands. */
    String form() {
        return JsonParser.parseString(json()).getAsJsonObject().entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue().getAsString()))
                .collect(Collectors.joining("&"));
    }

    /** {@code payload=<the JSON>}: how Slack posts interactions (buttons, shortcuts, modals). */
    String interaction() {
        return "payload=" + encode(json());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String read() {
        String path = "/payloads/slack/" + fixture + ".json";
        try (InputStream in = SlackPayload.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
