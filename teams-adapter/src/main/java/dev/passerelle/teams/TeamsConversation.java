package dev.passerelle.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where an activity happened, in the core's terms. The workspace is the tenant; the channel is the conversation id
 * without Teams' thread suffix ({@code 19:…@thread.tacv2;messageid=<root>} names the thread under the root post).
 * A standard channel is public; private and shared channels and group chats are restricted to their members; a
 * personal chat is direct.
 *
 * @param conversationId the conversation as Teams names it, thread suffix included
 * @param threadRoot     the id of the root post of a channel thread, or null
 */
record TeamsConversation(ChannelRef channel, String conversationId, @Nullable String threadRoot) {

    static final String THREAD = ";messageid=";
    /** The workspace of an activity that names no tenant (it should not happen in Teams). */
    static final String NO_TENANT = "teams";
    private static final Set<String> RESTRICTED_CHANNELS = Set.of("private", "shared");

    static TeamsConversation of(Activity activity) {
        ConversationAccount conversation = activity.getConversation();
        if (conversation == null || conversation.getId() == null || conversation.getId().isBlank()) {
            throw new IllegalArgumentException("a Teams activity without a conversation id");
        }
        String id = conversation.getId();
        int suffix = id.indexOf(THREAD);
        String base = suffix < 0 ? id : id.substring(0, suffix);
        String root = suffix < 0 ? null : id.substring(suffix + THREAD.length());
        ChannelRef channel = new ChannelRef(Platform.TEAMS, tenant(activity), base, type(activity));
        return new TeamsConversation(channel, id, root == null || root.isBlank() ? null : root);
    }

    /** The thread a message belongs to: its root post, unless it is the root itself. */
    @Nullable String threadOf(@Nullable String messageId) {
        return threadRoot == null || threadRoot.equals(messageId) ? null : threadRoot;
    }

    ChannelType type() {
        return channel.type();
    }

    static ChannelType type(Activity activity) {
        ConversationAccount conversation = activity.getConversation();
        String type = conversation.getConversationType() == null ? ""
                : conversation.getConversationType().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "channel" -> RESTRICTED_CHANNELS.contains(membership(activity)) ? ChannelType.PRIVATE : ChannelType.PUBLIC;
            case "groupchat" -> ChannelType.PRIVATE;
            case "personal" -> ChannelType.DIRECT;
            // The Agents Playground names no type for a personal chat; anything else unnamed stays restricted.
            default -> conversation.isGroup() ? ChannelType.PRIVATE : ChannelType.DIRECT;
        };
    }

    static String tenant(Activity activity) {
        String tenant = activity.getConversation().getTenantId();
        if (tenant == null || tenant.isBlank()) {
            tenant = ChannelData.text(activity.getChannelData(), "tenant", "id");
        }
        return tenant == null || tenant.isBlank() ? NO_TENANT : tenant;
    }

    /** Teams says {@code private} or {@code shared} for channels whose members are not the whole team. */
    private static String membership(Activity activity) {
        String membership = ChannelData.text(activity.getChannelData(), "channel", "membershipType");
        if (membership == null) {
            membership = ChannelData.text(activity.getChannelData(), "channel", "type");
        }
        return membership == null ? "standard" : membership.toLowerCase(Locale.ROOT);
    }

    /** Reads {@code channelData}, which the SDK keeps as a map or a JSON tree. */
    static final class ChannelData {
        private ChannelData() {
        }

        static @Nullable String text(@Nullable Object data, String... path) {
            Object node = data;
            for (String key : path) {
                if (node instanceof Map<?, ?> map) {
                    node = map.get(key);
                } else if (node instanceof JsonNode json) {
                    node = json.get(key);
                } else {
                    return null;
                }
            }
            if (node instanceof JsonNode json) {
                return json.isValueNode() ? json.asText() : null;
            }
            return node instanceof String text ? text : null;
        }
    }
}
