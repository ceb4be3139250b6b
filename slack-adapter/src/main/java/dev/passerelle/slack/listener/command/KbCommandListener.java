package dev.passerelle.slack.listener.command;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.SlackText;
import dev.passerelle.slack.listener.AfterAck;
import dev.passerelle.slack.render.BlockKit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@code /kb …}: acknowledged at once, then run by the core like any command; the result comes
 * back through the command's response URL, only to the caller unless it is meant for the channel.
 */
public final class KbCommandListener implements SlashCommandHandler {

    private final SlackConversations conversations;
    private final BlockKit blockKit;
    private final AfterAck afterAck;

    public KbCommandListener(SlackConversations conversations, BlockKit blockKit, AfterAck afterAck) {
        this.conversations = conversations;
        this.blockKit = blockKit;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        afterAck.run("/kb", () -> run(payload, ctx));
        return ctx.ack();
    }

    private void run(SlashCommandPayload payload, SlashCommandContext ctx) {
        ChannelRef channel = conversations.channel(payload.getTeamId(), payload.getChannelId(),
                typeFromName(payload.getChannelName()));
        String text = "/kb " + SlackText.plain(payload.getText() == null ? "" : payload.getText(), null);
        Message in = new Message(Platform.SLACK, payload.getTeamId(), payload.getChannelId(), channel.type(),
                conversations.directory().person(payload.getUserId()).sender(), text, null,
                "command:" + payload.getTriggerId(), Instant.now(), true);
        Outcome outcome = conversations.inbox().submitAndWait(in);
        Language language = conversations.language(payload.getUserId(), text.substring(4));
        for (Reply reply : outcome.replies()) {
            try {
                ctx.respond(r -> r.responseType(reply.ephemeral() ? "ephemeral" : "in_channel")
                        .text(blockKit.fallbackText(reply)).blocks(blockKit.blocks(reply, language)));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not answer /kb through its response URL", e);
            }
        }
    }

    /** Slack names DMs and private channels in the command payload; others are looked up. */
    private static @Nullable String typeFromName(@Nullable String channelName) {
        return switch (channelName == null ? "" : channelName) {
            case "directmessage" -> "im";
            case "privategroup" -> "group";
            default -> null;
        };
    }
}
