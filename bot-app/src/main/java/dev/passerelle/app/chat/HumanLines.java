package dev.passerelle.app.chat;

import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.conversation.Reply;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The human chat syntax: {@code [#channel [(private)]] [user:] text}. Without a channel, the line
 * is a direct message to the bot; in a channel, start with {@code @passerelle} to speak to it.
 */
final class HumanLines {

    static final String WELCOME = """
            Passerelle local chat. Type lines like:
              qui connaît le CRM ?                      (you, in a direct message with the bot)
              alice: how do I submit an expense report?   (alice, in a direct message)
              #sales bob: #faq Where are the price lists? | In the Sales drive   (bob, in public #sales)
              #board (private) carol: @passerelle what is the budget freeze?       (a private channel)
              /kb help                                  (the command list)
            End with Ctrl-D.""";

    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:#(?<channel>[\\p{L}\\p{N}_.-]+)(?<private>\\s*\\((?:private|privé|prive)\\))?\\s+)?"
                    + "(?:(?<user>[\\p{L}\\p{N}_.@-]+):(?=\\s))?\\s*(?<text>.*)$");
    private static final String DEFAULT_USER = "you";

    private final Supplier<String> ids;

    HumanLines(Supplier<String> ids) {
        this.ids = ids;
    }

    ChatMessage read(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("write: [#channel] [user:] text");
        }
        String user = m.group("user") == null ? DEFAULT_USER : m.group("user");
        String channel = m.group("channel");
        ChannelType type = channel == null ? ChannelType.DIRECT
                : m.group("private") != null ? ChannelType.PRIVATE : ChannelType.PUBLIC;
        return new ChatMessage(user, m.group("text"), channel == null ? ChatMessage.directChannel(user) : channel, type, null, ids.get(),
                null, null, null);
    }

    String write(ChatMessage message, Outcome outcome) {
        return write(message, outcome, java.util.Map.of());
    }

    /** With the files the replies brought, said under their reply where they were saved. */
    String write(ChatMessage message, Outcome outcome, java.util.Map<Reply, ExportFolder.Saved> files) {
        StringBuilder out = new StringBuilder();
        if (outcome.error() != null) {
            return "passerelle → " + message.user() + ": ⚠ " + outcome.error() + System.lineSeparator();
        }
        for (Reply reply : outcome.replies()) {
            String audience = reply.ephemeral() ? " (only you)" : "";
            out.append("passerelle → ").append(message.user()).append(audience).append(":")
                    .append(System.lineSeparator());
            reply.text().lines().forEach(l -> out.append("  ").append(l).append(System.lineSeparator()));
            if (files.containsKey(reply)) {
                out.append("  ").append(files.get(reply).line()).append(System.lineSeparator());
            }
            reply.people().stream().filter(p -> !p.evidence().isEmpty())
                    .forEach(p -> out.append("    evidence for ").append(p.name()).append(": ")
                            .append(String.join(", ", p.evidence())).append(System.lineSeparator()));
        }
        for (Notice notice : outcome.noticesOn(Platform.LOCAL)) {
            String to = notice.to().user() != null ? notice.to().user() : "#" + notice.to().channel();
            out.append("passerelle → ").append(to).append(":").append(System.lineSeparator());
            notice.reply().text().lines().forEach(l -> out.append("  ").append(l).append(System.lineSeparator()));
        }
        if (outcome.replies().isEmpty() && !outcome.captured().isEmpty()) {
            out.append("passerelle: noted #").append(outcome.captured().getFirst().id()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
