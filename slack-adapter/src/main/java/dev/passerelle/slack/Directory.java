package dev.passerelle.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.model.Conversation;
import com.slack.api.model.User;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.Language;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who people are and what channels are, from Slack, cached and refreshed: names and e-mails
 * (so a Slack person and a Teams person with the same e-mail become one), locales, channel
 * types and members (which drive who may see what).
 */
public final class Directory {

    private static final Duration FRESH = Duration.ofMinutes(10);
    private static final int MAX_MEMBERS = 1_000;

    private final SlackApi api;
    private final Cache<String, Person> people = Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(10_000).build();
    private final Cache<String, ChannelType> channelTypes = Caffeine.newBuilder().maximumSize(10_000).build();
    private final Cache<String, List<String>> members = Caffeine.newBuilder().expireAfterWrite(FRESH).maximumSize(1_000)
            .build();

    public Directory(SlackApi api) {
        this.api = api;
    }

    /** A Slack user as the core sees them, and the language of their Slack client. */
    public record Person(Sender sender, Optional<Language> language) {}

    public Person person(String userId) {
        return people.get(userId, id -> api.call("users.info", m -> m.usersInfo(r -> r.user(id).includeLocale(true)))
                .map(response -> toPerson(id, response.getUser()))
                .orElse(new Person(Sender.of(id), Optional.empty())));
    }

    /** The channel's type from the event when it says ({@code channel}, {@code group}, {@code im}, {@code mpim}), else asked. */
    public ChannelType channelType(String channelId, @Nullable String fromEvent) {
        Optional<ChannelType> known = fromCode(fromEvent);
        if (known.isPresent()) {
            channelTypes.put(channelId, known.get());
            return known.get();
        }
        return channelTypes.get(channelId, id -> api.call("conversations.info", m -> m.conversationsInfo(r -> r.channel(id)))
                .map(response -> typeOf(response.getChannel()))
                .orElse(ChannelType.PRIVATE));
    }

    /** The members of a private conversation, or empty when Slack would not tell. */
    public Optional<List<String>> members(String channelId) {
        List<String> known = members.get(channelId, id -> api.call("conversations.members",
                        m -> m.conversationsMembers(r -> r.channel(id).limit(MAX_MEMBERS)))
                .map(response -> List.copyOf(response.getMembers()))
                .orElse(null));
        return Optional.ofNullable(known);
    }

    /**
     * The members of a private conversation when they were just read from Slack (not known, or known for longer
     * than {@link #FRESH}); empty when the known list is still fresh or Slack would not tell.
     */
    public Optional<List<String>> freshMembers(String channelId) {
        if (members.getIfPresent(channelId) != null) {
            return Optional.empty();
        }
        return members(channelId);
    }

    public void forgetMembers(String channelId) {
        members.invalidate(channelId);
    }

    static Optional<ChannelType> fromCode(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code) {
            case "channel" -> Optional.of(ChannelType.PUBLIC);
            case "group", "mpim" -> Optional.of(ChannelType.PRIVATE);
            case "im" -> Optional.of(ChannelType.DIRECT);
            default -> Optional.empty();
        };
    }

    private static ChannelType typeOf(Conversation channel) {
        if (channel.isIm()) {
            return ChannelType.DIRECT;
        }
        return channel.isPrivate() || channel.isMpim() || channel.isGroup() ? ChannelType.PRIVATE : ChannelType.PUBLIC;
    }

    private static Person toPerson(String id, User user) {
        User.Profile profile = user.getProfile();
        String name = profile == null ? user.getRealName()
                : firstNonBlank(profile.getRealName(), profile.getDisplayName(), user.getRealName(), user.getName());
        String email = profile == null ? null : profile.getEmail();
        return new Person(new Sender(id, name, email, null), Language.fromCode(user.getLocale()));
    }

    private static @Nullable String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
