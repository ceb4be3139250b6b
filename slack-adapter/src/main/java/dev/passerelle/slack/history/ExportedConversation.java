package dev.passerelle.slack.history;

import dev.passerelle.core.vocabulary.ChannelType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One conversation an export lists: its id, its name, its kind (which list it came from) and the members the export
 * gives. Direct and group messages between people are imported as private conversations of their members: the bot
 * took no part in them, and their knowledge stays with those who were there.
 */
public record ExportedConversation(Kind kind, String id, String name, ChannelType type, List<String> members,
        Instant created) {

    /** The lists of an export, each in its file. */
    public enum Kind {
        CHANNEL("channels.json"), GROUP("groups.json"), MPIM("mpims.json"), DM("dms.json");

        private final String file;

        Kind(String file) {
            this.file = file;
        }

        public String file() {
            return file;
        }
    }

    public ExportedConversation {
        if (id == null || id.isBlank()) {
            throw new ExportException(kind.file() + ": a conversation without an id");
        }
        members = List.copyOf(members);
    }

    static ExportedConversation of(Kind kind, JsonNode node) {
        String id = node.path("id").asString("");
        String name = node.path("name").asString(id);
        boolean open = kind == Kind.CHANNEL && !node.path("is_private").asBoolean(false);
        List<String> members = new ArrayList<>();
        node.path("members").forEach(member -> members.add(member.asString()));
        if (kind == Kind.DM && members.isEmpty()) {
            String user = node.path("user").asString("");
            if (!user.isBlank()) {
                members.add(user);
            }
        }
        Instant created = Instant.ofEpochSecond(node.path("created").asLong(0));
        return new ExportedConversation(kind, id, name, open ? ChannelType.PUBLIC : ChannelType.PRIVATE, members,
                created);
    }

    /** Slack's channel type code, as live events carry it. */
    public String typeCode() {
        return type == ChannelType.PUBLIC ? "channel" : "group";
    }

    /** The folders its day files may be in: its name (channels, groups, mpims) or its id (direct messages). */
    Set<String> folderNames() {
        Set<String> names = new LinkedHashSet<>();
        if (kind != Kind.DM) {
            names.add(name);
        }
        names.add(id);
        return names;
    }
}
