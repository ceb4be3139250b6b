package dev.passerelle.slack.history;

import dev.passerelle.core.vocabulary.Sender;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The export's {@code users.json} as the core's senders: the name and e-mail the live directory would read from
 * {@code users.info}, and the profile's title as the team when it gives one. Bots are known so that their messages
 * are left out, as live.
 */
final class ExportPeople {

    private final Map<String, Sender> people = new HashMap<>();
    private final Set<String> bots = new HashSet<>();
    private final Map<String, Integer> teams = new HashMap<>();

    ExportPeople(List<JsonNode> users) {
        for (JsonNode user : users) {
            String id = user.path("id").asString("");
            if (id.isBlank()) {
                continue;
            }
            if (user.path("is_bot").asBoolean(false) || "USLACKBOT".equals(id)) {
                bots.add(id);
            }
            people.put(id, sender(id, user, user.path("profile")));
            String team = user.path("team_id").asString("");
            if (!team.isBlank()) {
                teams.merge(team, 1, Integer::sum);
            }
        }
    }

    /** The person who wrote a message: from {@code users.json}, else from the profile the message carries. */
    Sender author(String userId, JsonNode message) {
        Sender known = people.get(userId);
        if (known != null) {
            return known;
        }
        JsonNode profile = message.path("user_profile");
        return profile.isObject() ? sender(userId, profile, profile) : Sender.of(userId);
    }

    /** A member of a conversation, with whatever profile the export gives. */
    Sender member(String userId) {
        return people.getOrDefault(userId, Sender.of(userId));
    }

    boolean isBot(String userId) {
        return bots.contains(userId);
    }

    /** The workspace most of the export's people belong to: the team live events carry. */
    Optional<String> workspace() {
        return teams.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static Sender sender(String id, JsonNode user, JsonNode profile) {
        String name = firstNonBlank(text(profile, "real_name"), text(profile, "display_name"), text(user, "real_name"),
                text(user, "name"));
        return new Sender(id, name, text(profile, "email"), text(profile, "title"));
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static @Nullable String firstNonBlank(@Nullable String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
