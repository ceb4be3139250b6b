package dev.passerelle.slack;

import com.slack.api.model.block.LayoutBlock;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.slack.render.BlockKit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sends what the core said to a Slack conversation: replies as messages (in their thread) or as
 * ephemeral messages to the person, and a 📥 reaction on a message whose knowledge was captured.
 */
public final class Delivery {

    static final String CAPTURED_REACTION = "inbox_tray";

    private final SlackApi api;
    private final BlockKit blockKit;
    private final Language fallback;
    private final ShownCards shown = new ShownCards();

    public Delivery(SlackApi api, BlockKit blockKit, Language fallback) {
        this.api = api;
        this.blockKit = blockKit;
        this.fallback = fallback;
    }

    /** The ephemeral messages with entry buttons shown lately, which Slack does not send back with a click. */
    public ShownCards shown() {
        return shown;
    }

    /** A reply's blocks for an ephemeral message: remembered, when they hold buttons, for a click to redraw. */
    public @Nullable List<LayoutBlock> ephemeralBlocks(Reply reply, Language language) {
        return shown.remember(blockKit.fallbackText(reply), blockKit.blocksIfAny(reply, language));
    }

    /** The language the core answered in, for the labels around its sentences. */
    public Language languageOf(Outcome outcome) {
        return outcome.languageOr(fallback);
    }

    /**
     * @param capturedFrom the message to mark as captured, or null when the reply says so already
     */
    public void send(String channel, String user, Outcome outcome, @Nullable String capturedFrom) {
        Language language = outcome.languageOr(fallback);
        for (Reply reply : outcome.replies()) {
            if (!reply.files().isEmpty()) {
                upload(channel, reply);
            } else if (reply.ephemeral()) {
                api.call("chat.postEphemeral", m -> m.chatPostEphemeral(r -> r.channel(channel).user(user)
                        .text(blockKit.fallbackText(reply)).blocks(ephemeralBlocks(reply, language))
                        .threadTs(reply.thread())));
            } else {
                post(channel, reply, language);
            }
        }
        if (capturedFrom != null && outcome.error() == null && !outcome.captured().isEmpty()) {
            api.call("reactions.add", m -> m.reactionsAdd(r -> r.channel(channel).timestamp(capturedFrom)
                    .name(CAPTURED_REACTION)));
        }
    }

    /**
     * One notice: in the conversation it names or, for a person, in their direct conversation with the bot (a user
     * id as {@code channel} opens it: chat:write is enough).
     */
    public void notice(Notice notice) {
        String channel = notice.to().channel() != null ? notice.to().channel() : notice.to().user();
        post(channel, notice.reply(), notice.language());
    }

    private void post(String channel, Reply reply, Language language) {
        api.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(channel)
                .text(blockKit.fallbackText(reply)).blocks(blockKit.blocksIfAny(reply, language))
                .threadTs(reply.thread()).unfurlLinks(false)));
    }

    /**
     * A reply that brings files (an export): each uploaded into the conversation with {@code files.uploadV2} (Slack's
     * external upload: an upload URL, the bytes, then the completion that shares it), the reply's text as the first
     * one's comment. True when every file reached the conversation.
     */
    public boolean upload(String channel, Reply reply) {
        boolean all = true;
        boolean first = true;
        for (Block.File file : reply.files()) {
            String comment = first ? blockKit.fallbackText(reply) : null;
            all &= api.call("files.uploadV2", m -> m.filesUploadV2(r -> r.channel(channel).threadTs(reply.thread())
                    .filename(file.name()).title(file.name()).fileData(file.bytes()).initialComment(comment)
                    .requestFileInfo(false))).isPresent();
            first = false;
        }
        return all;
    }
}
