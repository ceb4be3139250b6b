package dev.passerelle.app.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request the app made to the test Slack: a Web API method ({@code chat.postMessage}) or a
 * response URL ({@code /response/3}), its parameters (form fields or the JSON body's top-level
 * members), and how it was answered: the HTTP status, Slack's error code, if any, and the answer's body (empty when
 * the call was refused before it was answered, and for a response URL).
 */
record WebApiCall(String method, Map<String, String> params, JsonObject body, int status, @Nullable String error,
        Instant at, JsonObject answer) {

    WebApiCall(String method, Map<String, String> params, JsonObject body, int status, @Nullable String error,
            Instant at) {
        this(method, params, body, status, error, at, new JsonObject());
    }

    /** A parameter, whether it came form-encoded or as a JSON member. */
    @Nullable String param(String name) {
        String form = params.get(name);
        if (form != null) {
            return form;
        }
        JsonElement member = body.get(name);
        if (member == null || member.isJsonNull()) {
            return null;
        }
        return member.isJsonPrimitive() ? member.getAsString() : member.toString();
    }

    /** A parameter that carries JSON ({@code blocks}, {@code view}), parsed; null when absent. */
    @Nullable JsonElement json(String name) {
        JsonElement member = body.get(name);
        if (member != null && !member.isJsonPrimitive()) {
            return member;
        }
        String text = param(name);
        return text == null ? null : JsonParser.parseString(text);
    }

    /** A member of the answer ({@code ts}, {@code channel} of a posted message); null when absent. */
    @Nullable String answered(String name) {
        JsonElement member = answer.get(name);
        return member == null || !member.isJsonPrimitive() ? null : member.getAsString();
    }

    boolean is(String method, String param, String value) {
        return this.method.equals(method) && value.equals(param(param));
    }

    /** True when the test Slack answered {@code "ok": true}. */
    boolean succeeded() {
        return status == 200 && error == null;
    }

    /** Everything the app said in this call, text and blocks alike, for assertions on content. */
    String said() {
        StringBuilder all = new StringBuilder();
        for (String name : new String[] {"text", "blocks", "view"}) {
            String value = param(name);
            if (value != null) {
                all.append(value).append('\n');
            }
        }
        return all.toString();
    }

    @Override
    public String toString() {
        return status + (error == null ? "" : " " + error) + " " + method + " " + params
                + (body.isEmpty() ? "" : " " + body);
    }
}
