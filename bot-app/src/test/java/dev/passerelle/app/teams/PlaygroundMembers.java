package dev.passerelle.app.teams;

import dev.passerelle.app.teams.playground.AgentsPlayground;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * People of the playground's tenant writing and reacting in the team's channels and the group chat, where the
 * playground itself cannot make them: it sends every message typed in it as its signed-in user, whatever
 * {@code from.id} it is given, and has no reactions at all. Their activities reach the bot through its custom
 * activity API: the playground's own template for the conversation, filled in as Teams fills in a message that
 * mentions the bot, or a reaction. The bot answers through the playground as it answers anyone, so its replies
 * still come back as frames.
 */
final class PlaygroundMembers {

    private final AgentsPlayground playground;
    /** Teams names channel messages by a millisecond timestamp; these never collide with the playground's own. */
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() * 10);

    PlaygroundMembers(AgentsPlayground playground) {
        this.playground = playground;
    }

    /**
     * {@code userId} posts in {@code channel}, mentioning the bot; answers the post's id. The conversation is the
     * channel itself, as in the playground's template: Teams would name the post's thread
     * ({@code <channel>;messageid=<id>}), but the playground knows no thread it did not start, and would refuse the
     * bot's reply to it.
     */
    String post(String userId, String channel, String text) {
        String id = nextId();
        ObjectNode activity = message(userId, channel, id, text);
        ObjectNode channelData = activity.withObjectProperty("channelData");
        channelData.put("teamsChannelId", channel).put("teamsTeamId", playground.teamId());
        channelData.putObject("channel").put("id", channel);
        channelData.putObject("team").put("id", playground.teamId());
        playground.customActivity(activity);
        return id;
    }

    /**
     * {@code userId} answers in the thread of the post {@code rootId} of {@code channel}, mentioning the bot, as
     * Teams names a thread ({@code <channel>;messageid=<root>}); answers the reply's id. The playground refuses
     * the bot's replies to a thread it did not start itself.
     */
    String replyInThread(String userId, String channel, String rootId, String text) {
        String id = nextId();
        ObjectNode activity = message(userId, channel, id, text);
        activity.withObjectProperty("conversation").put("id", channel + ";messageid=" + rootId);
        playground.customActivity(activity);
        return id;
    }

    /** {@code userId} writes in a group chat, mentioning the bot; answers the message's id. */
    String write(String userId, String chat, String text) {
        String id = nextId();
        playground.customActivity(message(userId, chat, id, text));
        return id;
    }

    /**
     * {@code userId} writes in a chat, mentioning the bot and, at the end of {@code text}, {@code mentionedId} (Teams
     * sends the mention's {@code <at>name</at>} in the text and names the person in an entity).
     */
    String writeMentioning(String userId, String chat, String text, String mentionedId) {
        String id = nextId();
        ObjectNode activity = message(userId, chat, id, text);
        ObjectNode person = account(mentionedId);
        String at = "<at>" + person.path("name").asString() + "</at>";
        activity.put("text", activity.path("text").asString() + at);
        ObjectNode mention = activity.withArrayProperty("entities").addObject();
        mention.put("type", "mention").put("text", at);
        mention.putObject("mentioned").put("id", mentionedId).put("name", person.path("name").asString());
        playground.customActivity(activity);
        return id;
    }

    /** {@code userId} reacts to the post {@code postId} of {@code channel}. */
    void react(String userId, String channel, String postId, String reaction) {
        reaction(userId, channel, postId, reaction, "reactionsAdded");
    }

    /** {@code userId} takes back their reaction to the post {@code postId} of {@code channel}. */
    void unreact(String userId, String channel, String postId, String reaction) {
        reaction(userId, channel, postId, reaction, "reactionsRemoved");
    }

    private void reaction(String userId, String channel, String postId, String reaction, String addedOrRemoved) {
        ObjectNode activity = playground.customActivityTemplate(channel, null);
        activity.put("type", "messageReaction");
        activity.put("id", nextId());
        activity.set("from", account(userId));
        activity.put("replyToId", postId);
        activity.putArray(addedOrRemoved).addObject().put("type", reaction);
        ObjectNode channelData = activity.putObject("channelData");
        channelData.putObject("tenant").put("id", playground.tenantId());
        channelData.putObject("legacy").put("replyToId", postId);
        playground.customActivity(activity);
    }

    private ObjectNode message(String userId, String conversation, String id, String text) {
        String at = "<at>" + playground.botName() + "</at>";
        ObjectNode activity = playground.customActivityTemplate(conversation, null);
        activity.put("type", "message");
        activity.put("id", id);
        activity.set("from", account(userId));
        activity.put("text", at + " " + text);
        activity.put("textFormat", "plain");
        activity.put("locale", "en-US");
        ObjectNode mention = activity.putArray("entities").addObject();
        mention.put("type", "mention").put("text", at);
        mention.putObject("mentioned").put("id", playground.botId()).put("name", playground.botName());
        activity.putObject("channelData").putObject("tenant").put("id", playground.tenantId());
        return activity;
    }

    /** A user as the playground's configuration names them: id, name and Entra object id. */
    private ObjectNode account(String userId) {
        JsonNode config = playground.config().path("config");
        for (JsonNode user : config.path("users")) {
            if (userId.equals(user.path("id").asString())) {
                return account(user);
            }
        }
        if (userId.equals(config.path("currentUser").path("id").asString())) {
            return account(config.path("currentUser"));
        }
        throw new IllegalArgumentException("No user " + userId + " in the playground's configuration");
    }

    private static ObjectNode account(JsonNode user) {
        ObjectNode account = JsonNodeFactory.instance.objectNode();
        account.put("id", user.path("id").asString());
        account.put("name", user.path("name").asString());
        account.put("aadObjectId", user.path("aadObjectId").asString());
        return account;
    }

    private String nextId() {
        return Long.toString(ids.incrementAndGet());
    }
}
