package dev.passerelle.app.chat;

import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Recipient;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.conversation.Reply;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code chat --json} line contract, both ways: a JSON object per input line, and exactly one
 * JSON line per input line on output. Documented in the README; change it only compatibly.
 */
final class JsonLines {

    private static final Set<String> FIELDS = Set.of("user", "text", "channel", "channel_type", "thread", "id", "name",
            "email", "team");

    private final JsonMapper json;
    private final Supplier<String> ids;

    JsonLines(JsonMapper json, Supplier<String> ids) {
        this.json = json;
        this.ids = ids;
    }

    /** Reads one input line; throws {@link BadLine} with a one-line reason when it breaks the contract. */
    ChatMessage read(String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JacksonException e) {
            throw new BadLine(null, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadLine(null, "each line must be one JSON object");
        }
        String in;
        try {
            String id = optional(node, "id", null);
            in = id == null ? ids.get() : id;
        } catch (IllegalArgumentException e) {
            throw new BadLine(null, e.getMessage());
        }
        try {
            String user = required(node, "user");
            ChannelType type = ChatMessage.channelType(optional(node, "channel_type", "channel"));
            // A direct message names no shared channel: it is the person's own conversation with the bot.
            String channel = optional(node, "channel", type == ChannelType.DIRECT ? ChatMessage.directChannel(user)
                    : "general");
            return new ChatMessage(user, required(node, "text"), channel, type, optional(node, "thread", null),
                    in, optional(node, "name", null), optional(node, "email", null), optional(node, "team", null));
        } catch (IllegalArgumentException e) {
            throw new BadLine(in, e.getMessage());
        }
    }

    String write(@Nullable String in, Outcome outcome) {
        return write(in, outcome, java.util.Map.of());
    }

    /** With the files the replies brought, as the local chat saved them: their path in {@code "file"}. */
    String write(@Nullable String in, Outcome outcome, java.util.Map<Reply, ExportFolder.Saved> files) {
        ObjectNode out = json.createObjectNode();
        out.put("in", in);
        ArrayNode replies = out.putArray("replies");
        if (outcome.error() == null) {
            outcome.replies().forEach(reply -> replies.add(withFile(reply(reply), files.get(reply))));
        }
        // What the bot tells others because of this line: the same reply, saying to whom and where.
        for (Notice notice : outcome.noticesOn(Platform.LOCAL)) {
            Recipient to = notice.to();
            replies.add(reply(notice.reply()).put("to", to.user()).put("channel", to.channel() != null ? to.channel()
                    : ChatMessage.directChannel(to.user())).put("language", notice.language().code()));
        }
        ArrayNode captured = out.putArray("captured");
        outcome.captured().forEach(c -> captured.addObject().put("id", c.id()).put("kind", c.kind().code())
                .put("status", c.status().code()));
        out.put("error", outcome.error());
        return json.writeValueAsString(out);
    }

    String error(@Nullable String in, String why) {
        return write(in, new Outcome(java.util.List.of(), java.util.List.of(), why));
    }

    private static ObjectNode withFile(ObjectNode reply, ExportFolder.@Nullable Saved saved) {
        if (saved != null) {
            reply.put("text", reply.get("text").asString() + "\n" + saved.line());
            reply.put("file", saved.path() == null ? null : saved.path().toString());
        }
        return reply;
    }

    private ObjectNode reply(Reply reply) {
        ObjectNode node = json.createObjectNode();
        node.put("text", reply.text());
        node.put("thread", reply.thread());
        node.put("ephemeral", reply.ephemeral());
        ArrayNode entries = node.putArray("entries");
        reply.entries().forEach(card -> entry(entries, card, false));
        reply.related().forEach(card -> entry(entries, card, true));
        ArrayNode people = node.putArray("people");
        for (PersonCard card : reply.people()) {
            ObjectNode person = people.addObject().put("user", card.user()).put("name", card.name())
                    .put("team", card.team()).put("score", card.score());
            ArrayNode evidence = person.putArray("evidence");
            card.evidence().forEach(evidence::add);
            ArrayNode reasons = person.putArray("reasons");
            card.reasons().forEach(reasons::add);
            ArrayNode sources = person.putArray("sources");
            card.sources().forEach(source -> sources.addObject().put("channel", source.channel())
                    .put("message", source.messageId()).put("label", source.label()));
        }
        return node;
    }

    private static void entry(ArrayNode entries, EntryCard card, boolean related) {
        ObjectNode entry = entries.addObject().put("id", card.id()).put("kind", card.kind().code())
                .put("status", card.status().code()).put("title", card.title()).put("source", card.source())
                .put("score", card.score()).put("confident", card.confident()).put("related", related);
        // Only on a stale entry: every other card keeps its documented shape.
        if (card.stale() != null) {
            entry.put("stale_since", card.stale().since().toString())
                    .put("last_checked", card.stale().checkedAt().toString());
        }
        // Only on the desk's cards: what can be done from there, as the action ids its buttons carry.
        if (card.buttons().stream().anyMatch(Block.Button::desk)) {
            ArrayNode buttons = entry.putArray("buttons");
            card.buttons().forEach(button -> buttons.add(button.action().id()));
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing required field '" + field + "' (expected: "
                    + String.join(", ", FIELDS) + ")");
        }
        if (!value.isString()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string");
        }
        if ("user".equals(field) && value.stringValue().isBlank()) {
            throw new IllegalArgumentException("field 'user' must not be blank");
        }
        return value.stringValue();
    }

    private static @Nullable String optional(JsonNode node, String field, @Nullable String fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (value.isString() || value.isNumber()) {
            String text = value.asString();
            return text.isBlank() ? fallback : text;
        }
        throw new IllegalArgumentException("field '" + field + "' must be a string");
    }

    /** A line that breaks the contract, with the input id when it could be read. */
    static final class BadLine extends RuntimeException {
        private final @Nullable String in;

        BadLine(@Nullable String in, String why) {
            super(why);
            this.in = in;
        }

        @Nullable String in() {
            return in;
        }
    }

}
