package dev.passerelle.slack.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Links to Slack messages, written only for http(s) permalinks that cannot break out of the
 * {@code <url|label>} markup.
 */
final class Links {

    private static final Pattern UNSAFE = Pattern.compile("[\\s<>|\"\\p{Cntrl}]");

    private final Permalinks permalinks;

    Links(Permalinks permalinks) {
        this.permalinks = permalinks;
    }

    /** {@code <url|label>}, the label escaped here; empty when the message has no safe link. */
    Optional<String> link(@Nullable String channel, @Nullable String ts, String label) {
        if (channel == null || ts == null || channel.isBlank() || ts.isBlank()) {
            return Optional.empty();
        }
        return permalinks.of(channel, ts).filter(Links::safe)
                .map(url -> "<" + url.replace("&", "&amp;") + "|" + Mrkdwn.escape(label) + ">");
    }

    static boolean safe(@Nullable String url) {
        if (url == null || UNSAFE.matcher(url).find()) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
