package dev.passerelle.teams.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Deep links to Teams messages, for the sources of answers and the evidence behind experts. Only ids that look
 * like Teams' own (a {@code 19:…} conversation and a numeric message id) get one: a Slack message found from
 * Teams is named, not linked. Ids are URL-encoded, so a link's Markdown can never be broken out of.
 */
final class Links {

    private static final Pattern CONVERSATION = Pattern.compile("^19:[^\\s;]+$");
    private static final Pattern MESSAGE = Pattern.compile("^\\d{6,20}$");

    private Links() {
    }

    static Optional<String> message(@Nullable String conversation, @Nullable String messageId) {
        if (conversation == null || messageId == null || !CONVERSATION.matcher(conversation).matches()
                || !MESSAGE.matcher(messageId).matches()) {
            return Optional.empty();
        }
        return Optional.of("https://teams.microsoft.com/l/message/" + encode(conversation) + "/" + messageId);
    }

    /** A Markdown link whose label was escaped by the caller. */
    static Optional<String> markdown(@Nullable String conversation, @Nullable String messageId, String escapedLabel) {
        return message(conversation, messageId).map(url -> "[" + escapedLabel + "](" + url + ")");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
