package dev.passerelle.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Teams activities as JSON fixtures under {@code payloads/}, written after Teams' documented shapes and the
 * recordings. {@code {{serviceUrl}}} becomes the test's connector.
 */
final class Payloads {

    static final String TENANT = "tenant-1";
    static final String BOT = "28:passerelle-bot";
    static final String TEAM_CHANNEL = "19:general@thread.tacv2";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    static ObjectNode json(String name, String serviceUrl) {
        try (InputStream in = Payloads.class.getResourceAsStream("/payloads/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no payload " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{serviceUrl}}", serviceUrl);
            return (ObjectNode) JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode json(String name) {
        return json(name, "http://127.0.0.1:9/amer/");
    }

    static Activity activity(String name) {
        return activity(json(name));
    }

    static Activity activity(ObjectNode json) {
        return new ActivityJson().activity(bytes(json));
    }

    static byte[] bytes(ObjectNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
