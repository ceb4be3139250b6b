package dev.passerelle.app.teams;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Teams activities as the Bot Framework posts them, kept as JSON under {@code payloads/teams/}. */
final class TeamsPayloads {

    /** A message in a standard channel that mentions the bot; its activity id is {@value #CHANNEL_POST_ID}. */
    static final String CHANNEL_POST = "message-channel-post.json";
    static final String CHANNEL_POST_ID = "1732540000000";
    /** The sender of {@link #CHANNEL_POST}. */
    static final String CHANNEL_POST_SENDER = "29:1a2b3c-alice";
    /** "Save to Passerelle" opened on a message of that channel: the message extension's {@code fetchTask}. */
    static final String FETCH_TASK = "invoke-fetch-task.json";

    private TeamsPayloads() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = TeamsPayloads.class.getResourceAsStream("/payloads/teams/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture payloads/teams/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read payloads/teams/" + name, e);
        }
    }
}
