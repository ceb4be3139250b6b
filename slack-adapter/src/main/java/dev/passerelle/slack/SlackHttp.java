package dev.passerelle.slack;

import com.slack.api.app_backend.outgoing_webhooks.WebhookPayloadDetector;
import com.slack.api.app_backend.slash_commands.SlashCommandPayloadDetector;
import com.slack.api.app_backend.ssl_check.SSLCheckPayloadDetector;
import com.slack.api.app_backend.util.JsonPayloadExtractor;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.EventsApiPayloadParser;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.passerelle.slack.PasserelleSlack.HttpAnswer;
import dev.passerelle.slack.PasserelleSlack.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /slack/events} in the order that keeps strangers and oddities harmless: the signature on the raw
 * bytes first (401, one line, nothing read); then only what the SDK can classify and read reaches Bolt, so
 * that it never fails on a body it cannot read. Every signed request Passerelle cannot use is acknowledged
 * (Slack would retry anything else, for hours), logged on one line of ids and counted.
 *
 * <p>Bolt's parser logs whole any body it cannot classify ({@code No request pattern detected for …}): such
 * bodies are kept from it here, and the application turns that logger off too
 * ({@code logging.level.com.slack.api.bolt.util.SlackRequestParser}), for the cases its own tests miss.
 */
final class SlackHttp {

    private static final Logger log = LoggerFactory.getLogger(SlackHttp.class);

    private final RequestSignature signature;
    private final App app;
    private final SlackRequestParser parser;
    private final LongAdder unread = new LongAdder();

    SlackHttp(RequestSignature signature, App app) {
        this.signature = signature;
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    HttpAnswer handle(HttpExchange exchange) {
        RequestSignature.Verdict verdict = signature.check(exchange.body(),
                header(exchange.headers(), "X-Slack-Request-Timestamp"), header(exchange.headers(), "X-Slack-Signature"));
        if (verdict != RequestSignature.Verdict.SIGNED) {
            log.warn("Slack request refused, {}: {} bytes, not parsed", verdict.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' '), exchange.body().length);
            return answer(401);
        }
        String body = new String(exchange.body(), StandardCharsets.UTF_8);
        return switch (read(body, exchange)) {
            case Read.Readable(Request<?> request) -> run(request, body);
            case Read.Unreadable(String why) -> acknowledgeUnread(body, why);
        };
    }

    /** A signed body as the SDK reads it: a request for Bolt, or why there is none. */
    private sealed interface Read {
        record Readable(Request<?> request) implements Read {}

        record Unreadable(String why) implements Read {}
    }

    private Read read(String body, HttpExchange exchange) {
        if (!classifiable(body)) {
            return new Read.Unreadable("of no kind the SDK knows");
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri("/slack/events")
                    .requestBody(body)
                    .queryString(exchange.query())
                    .headers(new RequestHeaders(exchange.headers()))
                    .remoteAddress(exchange.remoteAddress())
                    .build());
            if (request instanceof EventRequest event) {
                // Bolt parses the event only when it dispatches it, and a failure there would answer 500.
                EventsApiPayloadParser.buildEventPayload(event);
            }
        } catch (RuntimeException unreadable) {
            return new Read.Unreadable("the SDK cannot read it (" + unreadable.getClass().getSimpleName() + ")");
        }
        return request == null ? new Read.Unreadable("of no kind the SDK knows") : new Read.Readable(request);
    }

    /** Signed requests acknowledged without being used since start-up: the SDK or the core could not read them. */
    long unreadRequests() {
        return unread.sum();
    }

    /**
     * A payload the core refuses (a value missing that it needs) is Slack's and will not improve on a retry;
     * any other failure, such as the inbox not recording the event, answers 500 so that Slack delivers it again.
     */
    private HttpAnswer run(Request<?> request, String body) {
        try {
            Response response = app.run(request);
            return new HttpAnswer(response.getStatusCode(), response.getContentType() == null ? "text/plain"
                    : response.getContentType(), response.getBody() == null ? "" : response.getBody(),
                    response.getHeaders() == null ? Map.of() : response.getHeaders());
        } catch (IllegalArgumentException refused) {
            StackTraceElement[] where = refused.getStackTrace();
            return acknowledgeUnread(body, "the core refuses its payload at " + (where.length == 0 ? "?"
                    : where[0].getClassName() + "." + where[0].getMethodName()));
        } catch (Exception e) {
            log.error("Slack request failed ({})", RequestIds.of(body), e);
            return answer(500);
        }
    }

    /**
     * The SDK's own tests, short of its parser: a JSON payload of a type it knows (its extractor gives nothing
     * for any other), or a command, SSL check or outgoing webhook form. The parser logs whole what fails them.
     */
    private static boolean classifiable(String body) {
        try {
            return new JsonPayloadExtractor().extractIfExists(body) != null
                    || new SlashCommandPayloadDetector().isCommand(body)
                    || new SSLCheckPayloadDetector().isSSLCheckRequest(body)
                    || new WebhookPayloadDetector().isWebhook(body);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private HttpAnswer acknowledgeUnread(String body, String why) {
        unread.increment();
        log.warn("Slack request acknowledged unread, {}: {}", why, RequestIds.of(body));
        return answer(200);
    }

    private static HttpAnswer answer(int status) {
        return new HttpAnswer(status, "text/plain", "", Map.of());
    }

    private static @Nullable String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue().isEmpty() ? null : header.getValue().getFirst();
            }
        }
        return null;
    }
}
