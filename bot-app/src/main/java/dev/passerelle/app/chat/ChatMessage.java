package dev.passerelle.app.chat;

import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One message typed in the local chat, before it becomes a {@link Message}: the same mapping the
 * platform adapters do, with {@code @passerelle} standing for a real mention.
 */
record ChatMessage(String user, String text, String channel, ChannelType channelType, @Nullable String thread,
        String id, @Nullable String name, @Nullable String email, @Nullable String team) {

    static final String WORKSPACE = "local";
    private static final Pattern MENTION = Pattern.compile("^\\s*@passerelle\\b[\\s,:]*", Pattern.CASE_INSENSITIVE);

    /** {@code channel} (public), {@code group} (private) or {@code im} (a DM with the bot). */
    static ChannelType channelType(String code) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "channel" -> ChannelType.PUBLIC;
            case "group" -> ChannelType.PRIVATE;
            case "im" -> ChannelType.DIRECT;
            default -> throw new IllegalArgumentException(
                    "channel_type must be channel, group or im, not '" + code + "'");
        };
    }

    Message toInbound(Instant now) {
        Matcher mention = MENTION.matcher(text);
        boolean addressed = mention.find();
        String said = addressed ? text.substring(mention.end()) : text;
        return new Message(Platform.LOCAL, WORKSPACE, channel, channelType, new Sender(user, name, email, team), said,
                thread, id, now, addressed);
    }
}
