package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Platform;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How the bot reaches a person on a platform that can only be written to where it has heard from them (Teams'
 * proactive messages), as last seen on any of their activities.
 *
 * @param endpoint the platform's address for the person's workspace (Teams' service URL)
 * @param direct   the bot's direct conversation with the person, once known; null until they chatted with the bot
 *                 or the bot opened one
 * @param bot      the bot's own id as the platform named it to them
 */
public record Address(Platform platform, String workspace, String user, String endpoint, @Nullable String direct,
        String bot, Instant seen) {
    public Address {
        Require.present(platform, seen);
        Require.text(workspace, "workspace");
        Require.text(user, "user id");
        Require.text(endpoint, "endpoint");
        Require.text(bot, "bot id");
        direct = direct == null || direct.isBlank() ? null : direct;
    }

    /** The same address, with the direct conversation the bot opened. */
    public Address withDirect(String conversation) {
        return new Address(platform, workspace, user, endpoint, conversation, bot, seen);
    }
}
