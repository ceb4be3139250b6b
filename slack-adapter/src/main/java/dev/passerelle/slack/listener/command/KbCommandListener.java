package dev.passerelle.slack.listener.command;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.SlackText;
import dev.passerelle.slack.render.BlockKit;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /kb …}: recorded in the inbox, acknowledged, then run by the core like any command; the result comes
 * back through the command's response URL, only to the caller unless it is meant for the channel.
 */
public final class KbCommandListener implements SlashCommandHandler {

    private static final Logger log = LoggerFactory.getLogger(KbCommandListener.class);

    private final SlackConversations conversations;
    private final BlockKit blockKit;

    public KbCommandListener(SlackConversations conversations, BlockKit blockKit) {
        this.conversations = conversations;
        this.blockKit = blockKit;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload payload = request.getPayload();
        ChannelRef channel = conversations.channel(payload.getTeamId(), payload.getChannelId(),
                typeFromName(payload.getChannelName()));
        String text = "/kb " + SlackText.plain(payload.getText() == null ? "" : payload.getText(), null);
        Message command = new Message(channel, conversations.directory().person(payload.getUserId()).sender(), text,
                null, "command:" + payload.getTriggerId(), Instant.now(), true);
        conversations.submit(command, outcome -> respond(ctx, outcome));
        return ctx.ack();
    }

    private void respond(SlashCommandContext ctx, Outcome outcome) {
        for (Reply reply : outcome.replies()) {
            // A file cannot go through a response URL: it is uploaded into the conversation.
            if (!reply.files().isEmpty()) {
                conversations.delivery().upload(ctx.getChannelId(), reply);
                continue;
            }
            try {
                var language = conversations.delivery().languageOf(outcome);
                ctx.respond(r -> r.responseType(reply.ephemeral() ? "ephemeral" : "in_channel")
                        .text(blockKit.fallbackText(reply))
                        .blocks(reply.ephemeral() ? conversations.delivery().ephemeralBlocks(reply, language)
                                : blockKit.blocksIfAny(reply, language)));
            } catch (IOException e) {
                log.warn("Could not answer /kb through its response URL: {}", e.getClass().getSimpleName());
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
