package dev.passerelle.slack.render;

import java.util.Optional;

/**
 * Finds the link to one Slack message. The adapter backs it with {@code chat.getPermalink};
 * an unknown message, or a failed look-up, is empty. Renderers never trust what it returns.
 */
@FunctionalInterface
public interface Permalinks {

    Optional<String> of(String channelId, String messageTs);

    /** For replies rendered where no link can be looked up: every message shows its id. */
    static Permalinks none() {
        return (channel, ts) -> Optional.empty();
    }
}
