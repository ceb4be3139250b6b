package dev.passerelle.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.bot.KnowledgeBot;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.slack.listener.AfterAck;
import dev.passerelle.slack.listener.action.ButtonListener;
import dev.passerelle.slack.listener.command.KbCommandListener;
import dev.passerelle.slack.listener.event.HomeOpenedListener;
import dev.passerelle.slack.listener.event.MentionListener;
import dev.passerelle.slack.listener.event.MessageChangedListener;
import dev.passerelle.slack.listener.event.MessageDeletedListener;
import dev.passerelle.slack.listener.event.MessageListener;
import dev.passerelle.slack.listener.event.ReactionListener;
import dev.passerelle.slack.listener.event.ReactionRemovedListener;
import dev.passerelle.slack.listener.shortcut.SaveShortcutListener;
import dev.passerelle.slack.listener.view.EditSubmissionListener;
import dev.passerelle.slack.listener.view.SaveSubmissionListener;
import dev.passerelle.slack.render.BlockKit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passerelle as a Slack app: Bolt with every listener registered, reachable over HTTP
 * ({@link #handle}) or Socket Mode ({@link #start}). Everything Slack-specific stays in this module;
 * the application only hands raw requests in and gets raw responses out.
 */
public final class PasserelleSlack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PasserelleSlack.class);

    private final SlackSettings settings;
    private final App app;
    private final SlackHttp http;
    private final ExecutorService work;
    private SocketModeApp socketMode;

    public PasserelleSlack(SlackSettings settings, Inbox inbox, KnowledgeBot bot, Language fallback,
            ExecutorService work) {
        this.settings = settings;
        this.work = work;
        SlackConfig slackConfig = new SlackConfig();
        if (settings.apiUrl() != null) {
            slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl().endsWith("/") ? settings.apiUrl() : settings.apiUrl() + "/");
        }
        Slack slack = Slack.getInstance(slackConfig);
        AppConfig config = AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret()).build();
        config.setAuthTestCacheEnabled(true);
        // Message subtypes nobody listens to (bot messages, joins, topic changes…) and events the app
        // does not handle are acknowledged, so Slack neither retries them nor flags the app as failing.
        config.setSubtypedMessageEventsAutoAckEnabled(true);
        config.setAllEventsApiAutoAckEnabled(true);
        this.app = new App(config);
        this.http = new SlackHttp(new RequestSignature(settings.signingSecret(), Clock.systemUTC()), app);
        register(inbox, bot, fallback, slack);
    }

    /**
     * Every listener records its event in the inbox before it acknowledges, and delivers the outcome on
     * {@code work} once the core applied it.
     */
    private void register(Inbox inbox, KnowledgeBot bot, Language fallback, Slack slack) {
        SlackApi api = new SlackApi(slack, settings.botToken());
        BlockKit blockKit = new BlockKit(new SlackPermalinks(api));
        SlackConversations conversations = new SlackConversations(inbox, bot, new Directory(api),
                new Delivery(api, blockKit, fallback), fallback, settings.autoAnswerChannels(), work);
        HomePublisher homes = new HomePublisher(conversations, api, blockKit);
        inbox.onRecovered(Platform.SLACK, conversations::deliverRecovered);
        inbox.onNotice(Platform.SLACK, conversations::deliverNotice);
        AfterAck afterAck = new AfterAck(work);
        app.event(MessageEvent.class, MessageListener.plain(conversations));
        app.event(MessageFileShareEvent.class, MessageListener.withFile(conversations));
        app.event(MessageThreadBroadcastEvent.class, MessageListener.broadcast(conversations));
        app.event(AppMentionEvent.class, new MentionListener(conversations));
        app.event(MessageChangedEvent.class, new MessageChangedListener(conversations));
        app.event(MessageDeletedEvent.class, new MessageDeletedListener(conversations));
        app.event(ReactionAddedEvent.class, new ReactionListener(conversations, new MessageLookup(api)));
        app.event(AppHomeOpenedEvent.class, new HomeOpenedListener(homes, afterAck));
        app.command("/kb", new KbCommandListener(conversations, blockKit));
        EditModals edits = new EditModals(api, blockKit);
        app.blockAction(ButtonListener.ACTION_IDS, new ButtonListener(conversations, homes, blockKit, edits));
        app.messageShortcut(SaveShortcutListener.CALLBACK_ID, new SaveShortcutListener(conversations, api, blockKit));
        app.viewSubmission(SaveSubmissionListener.CALLBACK_ID, new SaveSubmissionListener(conversations));
        app.event(ReactionRemovedEvent.class, new ReactionRemovedListener(conversations));
        app.blockAction(ButtonListener.VOTE_ACTION_ID, new ButtonListener(conversations, homes, blockKit));
        app.viewSubmission(EditSubmissionListener.CALLBACK_ID, new EditSubmissionListener(conversations, edits, homes,
                blockKit));
    }

    /**
     * The most {@code /slack/events} reads of a body before its signature is checked; a longer one is refused
     * unread (413). Slack's payloads are a few kilobytes; even a message at Slack's 40,000-character limit, its
     * text and its rich-text blocks each with every character escaped in six bytes, stays under it.
     */
    public static final int MAX_BODY = 512 * 1024;

    /** An HTTP request as it arrived at {@code /slack/events}: the body's exact bytes, which the signature covers. */
    public record HttpExchange(byte[] body, Map<String, List<String>> headers, Map<String, List<String>> query,
            String remoteAddress) {}

    public record HttpAnswer(int status, String contentType, String body, Map<String, List<String>> headers) {}

    /**
     * Checks the signature on the raw bytes before anything reads them (401 otherwise), then dispatches what
     * the SDK can read; a signed request it cannot is acknowledged, logged with its ids and counted.
     */
    public HttpAnswer handle(HttpExchange exchange) {
        return http.handle(exchange);
    }

    /**
     * Signed requests acknowledged without being used since start-up (the SDK could not classify or read
     * them, or the core refused what they held): a figure to watch, since each is something Slack sent.
     */
    public long unreadRequests() {
        return http.unreadRequests();
    }

    /** Starts Socket Mode when configured: no public URL needed. */
    public void start() {
        if (!settings.socketMode()) {
            return;
        }
        try {
            socketMode = new SocketModeApp(settings.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
            socketMode.startAsync();
            log.info("Slack connected through Socket Mode");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open Slack's Socket Mode connection: check SLACK_APP_TOKEN", e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start Slack's Socket Mode: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (socketMode != null) {
                socketMode.stop();
            }
        } catch (Exception e) {
            log.warn("Socket Mode did not stop cleanly: {}", e.getClass().getSimpleName());
        }
        work.shutdown();
    }
}
