package dev.passerelle.slack.listener.shortcut;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.util.json.GsonFactory;
import dev.passerelle.core.conversation.SaveForm;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.slack.SlackApi;
import dev.passerelle.slack.SlackConversations;
import dev.passerelle.slack.SlackText;
import dev.passerelle.slack.render.BlockKit;

/**
 * The "Save to Passerelle" message shortcut: opens the form (kind, text, tags) at once, while the
 * trigger is fresh; the submission captures it with the original message as source.
 */
public final class SaveShortcutListener implements MessageShortcutHandler {

    public static final String CALLBACK_ID = "save_to_passerelle";
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final SlackConversations conversations;
    private final SlackApi api;
    private final BlockKit blockKit;

    public SaveShortcutListener(SlackConversations conversations, SlackApi api, BlockKit blockKit) {
        this.conversations = conversations;
        this.api = api;
        this.blockKit = blockKit;
    }

    /** What the form carries back to the submission: where the message is, and who wrote it. */
    public record Origin(String team, String channel, String ts, String threadTs, String author, String language) {
        public String toJson() {
            return GSON.toJson(this);
        }

        public static Origin fromJson(String json) {
            return GSON.fromJson(json, Origin.class);
        }
    }

    @Override
    public Response apply(MessageShortcutRequest request, MessageShortcutContext ctx) {
        MessageShortcutPayload payload = request.getPayload();
        if (payload.getMessage() == null || payload.getMessage().getUser() == null) {
            return ctx.ack();
        }
        String text = SlackText.plain(payload.getMessage().getText() == null ? "" : payload.getMessage().getText(),
                ctx.getBotUserId());
        String user = payload.getUser().getId();
        Language language = conversations.language(user);
        Origin origin = new Origin(payload.getTeam().getId(), payload.getChannel().getId(), payload.getMessage().getTs(),
                payload.getMessage().getThreadTs(), payload.getMessage().getUser(), language.code());
        api.call("views.open", m -> m.viewsOpen(r -> r.triggerId(payload.getTriggerId())
                .view(blockKit.saveModal(SaveForm.of(text, language), origin.toJson()))));
        return ctx.ack();
    }
}
