package dev.passerelle.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.conversation.Addresses;
import dev.passerelle.core.conversation.PendingFiles;
import dev.passerelle.core.conversation.PostedReplies;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.teams.render.AdaptiveCards;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passerelle as a Teams bot, behind one method: the raw body of {@code POST /api/messages}, its
 * {@code Authorization} header and whether the caller is on this machine go in; a status and a JSON body come out.
 * With an app id, the SDK validates every activity's token before the bot sees it (401 otherwise); without one,
 * only loopback callers that no proxy forwarded are served, for local testing with the Agents Playground. An activity is answered only
 * once its event is recorded in the core's inbox; one that could not be recorded is answered 500, so that Teams
 * delivers it again.
 */
public final class PasserelleTeams implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PasserelleTeams.class);
    /** The OpenID metadata fetch behind token validation has no timeout of its own and runs under a lock. */
    private static final String NETWORK_TIMEOUT_MS = "2000";

    private final TeamsSettings settings;
    private final ActivityJson json = new ActivityJson();
    private final PasserelleAdapter adapter;
    private final Bot bot;
    private final @Nullable ExecutorService work;

    /**
     * @param inbox    where every activity's event is recorded before the activity is acknowledged
     * @param posted   where the bot's replies are remembered, so that a reaction on one still means something
     *                 after a restart (Teams names only the message a reaction is on)
     * @param fallback the language of what carries no language of its own (a client that names no locale)
     * @param addresses where each Teams user was last seen, so that the core's notices reach them (proactive
     *                  messages), those of other platforms' events and of routines too
     * @param work     where events are recorded, off the SDK's and the servlet's threads
     * @param pendingFiles where an export waits for the person's answer to its file-consent card, across restarts
     */
    public PasserelleTeams(TeamsSettings settings, Inbox inbox, PostedReplies posted, Addresses addresses,
            PendingFiles pendingFiles, Language fallback, ExecutorService work) {
        this(settings, fallback, work, (json, adapter) -> {
            TeamsConversations conversations = new TeamsConversations(inbox, new Roster(json), new AdaptiveCards(),
                    fallback, work, posted, addresses, pendingFiles, adapter);
            inbox.onNotice(Platform.TEAMS, conversations.notices()::deliver);
            return new TeamsBot(conversations);
        });
    }

    /** For tests: any bot behind the same edge. */
    PasserelleTeams(TeamsSettings settings, Bot bot) {
        this(settings, Language.EN, null, (json, adapter) -> bot);
    }

    private PasserelleTeams(TeamsSettings settings, Language fallback, @Nullable ExecutorService work,
            BiFunction<ActivityJson, PasserelleAdapter, Bot> bot) {
        boundNetworkTimeouts();
        this.settings = settings;
        this.work = work;
        this.adapter = new PasserelleAdapter(settings, fallback);
        this.bot = bot.apply(json, adapter);
        if (!settings.authenticated()) {
            log.warn("Teams is on for unauthenticated local testing only: MICROSOFT_APP_ID is not set, so only callers "
                    + "on this machine (such as the Agents Playground) are served.");
        }
    }

    /** What to answer the caller: a status, and a JSON body or nothing. */
    public record HttpAnswer(int status, String body) {
        static HttpAnswer of(int status) {
            return new HttpAnswer(status, "");
        }
    }

    /** As {@link #handle(byte[], String, boolean, boolean)} for a request no proxy forwarded. */
    public CompletableFuture<HttpAnswer> handle(byte[] body, @Nullable String authorization, boolean fromLoopback) {
        return handle(body, authorization, fromLoopback, false);
    }

    /**
     * @param fromLoopback whether the TCP peer is on this machine
     * @param forwarded    whether the request carries a proxy's {@code Forwarded}, {@code X-Forwarded-For} or
     *                     {@code X-Real-IP} header: behind a reverse proxy on this machine every caller is on
     *                     loopback, so without an app id such a request is refused (401)
     */
    public CompletableFuture<HttpAnswer> handle(byte[] body, @Nullable String authorization, boolean fromLoopback,
            boolean forwarded) {
        if (!settings.authenticated() && !fromLoopback) {
            log.warn("Teams: refused an activity from another machine: set MICROSOFT_APP_ID to accept them");
            return CompletableFuture.completedFuture(HttpAnswer.of(403));
        }
        if (!settings.authenticated() && forwarded) {
            log.warn("Teams: refused an activity forwarded by a proxy: without MICROSOFT_APP_ID only callers on this "
                    + "machine are served, and behind a proxy every caller looks local");
            return CompletableFuture.completedFuture(HttpAnswer.of(401));
        }
        Activity activity;
        try {
            activity = json.activity(body);
        } catch (ActivityJson.NotAnActivity e) {
            log.info("Teams: refused a request: {}", e.getMessage());
            return CompletableFuture.completedFuture(HttpAnswer.of(400));
        }
        try {
            return adapter.processIncomingActivity(authorization, activity, bot)
                    .handle((response, error) -> error == null ? answer(response) : failure(activity, error));
        } catch (RuntimeException e) {
            // A malformed bearer token fails while the SDK decodes it, before any future exists.
            return CompletableFuture.completedFuture(failure(activity, e));
        }
    }

    private HttpAnswer answer(@Nullable InvokeResponse response) {
        if (response == null) {
            return HttpAnswer.of(202);
        }
        return new HttpAnswer(response.getStatus(), response.getBody() == null ? "" : json.write(response.getBody()));
    }

    private static HttpAnswer failure(Activity activity, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof AuthenticationException || cause instanceof JWTVerificationException) {
            log.info("Teams: refused {} activity {}: not authenticated ({})", activity.getType(), activity.getId(),
                    cause.getClass().getSimpleName());
            return HttpAnswer.of(401);
        }
        if (cause instanceof EventNotRecorded) {
            log.error("Teams: {} activity {} not acknowledged, for Teams to deliver it again", activity.getType(),
                    activity.getId(), cause);
            return HttpAnswer.of(500);
        }
        log.error("Teams: {} activity {} failed", activity.getType(), activity.getId(), cause);
        return HttpAnswer.of(500);
    }

    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Set once for the JVM, unless the operator chose other values. */
    private static void boundNetworkTimeouts() {
        for (String property : new String[] {"sun.net.client.defaultConnectTimeout", "sun.net.client.defaultReadTimeout"}) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, NETWORK_TIMEOUT_MS);
            }
        }
    }

    @Override
    public void close() {
        if (work != null) {
            work.shutdown();
        }
    }
}
