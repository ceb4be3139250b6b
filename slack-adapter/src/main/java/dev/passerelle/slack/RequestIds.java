package dev.passerelle.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.util.QueryStringParser;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a log line may say about a signed request Passerelle does not handle: the kind of request, the
 * workspace, the event's type and id, never a text or a body. Read leniently: whatever is missing, or
 * is not shaped like a Slack id, shows as {@code ?}.
 *
 * @param kind    the payload's {@code type} ({@code event_callback}, {@code block_actions}…), or the command
 * @param event   the event's {@code type} and {@code subtype}, for the Events API
 * @param eventId the Events API's {@code event_id}, which Slack's own logs show too
 */
record RequestIds(String kind, String team, String event, String eventId) {

    private static final String UNKNOWN = "?";
    /** Ids, types and command names are short words; anything else could be someone's text. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:/-]{1,64}");

    /**
     * A JSON body (the Events API), a form with a {@code payload} of JSON (interactivity) or a plain form
     * (commands). Not the SDK's own extractor: it gives nothing for a JSON type it does not know, which is
     * when ids are wanted most.
     */
    static RequestIds of(String body) {
        try {
            String trimmed = body.strip();
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                return ofJson(JsonParser.parseString(trimmed));
            }
            Map<String, List<String>> form = QueryStringParser.toMap(trimmed);
            String payload = first(form, "payload");
            return payload == null ? ofForm(form) : ofJson(JsonParser.parseString(payload));
        } catch (RuntimeException unreadable) {
            return new RequestIds(UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN);
        }
    }

    private static RequestIds ofJson(JsonElement json) {
        if (!json.isJsonObject()) {
            return new RequestIds(json.isJsonArray() ? "array" : UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN);
        }
        JsonObject payload = json.getAsJsonObject();
        String team = member(payload, "team_id");
        if (team.equals(UNKNOWN) && payload.get("team") instanceof JsonObject teamObject) {
            team = member(teamObject, "id");
        }
        String event = UNKNOWN;
        if (payload.get("event") instanceof JsonObject eventObject) {
            String subtype = member(eventObject, "subtype");
            event = member(eventObject, "type") + (subtype.equals(UNKNOWN) ? "" : "/" + subtype);
        }
        return new RequestIds(member(payload, "type"), team, event, member(payload, "event_id"));
    }

    private static RequestIds ofForm(Map<String, List<String>> form) {
        return new RequestIds(id(first(form, "command")), id(first(form, "team_id")), UNKNOWN, UNKNOWN);
    }

    private static String member(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() ? id(value.getAsString()) : UNKNOWN;
    }

    private static @Nullable String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static String id(@Nullable String value) {
        return value != null && ID.matcher(value).matches() ? value : UNKNOWN;
    }

    @Override
    public String toString() {
        return "kind " + kind + ", team " + team + ", event " + event + ", event id " + eventId;
    }
}
