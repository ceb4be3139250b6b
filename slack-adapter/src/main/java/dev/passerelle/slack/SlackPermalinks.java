package dev.passerelle.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;

/** Links to source messages, from {@code chat.getPermalink}, cached: they never change. */
final class SlackPermalinks implements dev.passerelle.slack.render.Permalinks {

    private final SlackApi api;
    private final Cache<String, Optional<String>> links = Caffeine.newBuilder().maximumSize(10_000).build();

    SlackPermalinks(SlackApi api) {
        this.api = api;
    }

    @Override
    public Optional<String> of(String channelId, String messageTs) {
        return links.get(channelId + "/" + messageTs, key -> api.call("chat.getPermalink",
                        m -> m.chatGetPermalink(r -> r.channel(channelId).messageTs(messageTs)))
                .map(response -> response.getPermalink()));
    }
}
