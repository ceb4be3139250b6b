package dev.passerelle.app.slack;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Posts to the app's {@code /slack/events} over its real port what Slack posts there, signed as
 * Slack signs it: {@code v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)} in
 * {@code X-Slack-Signature}, the timestamp in {@code X-Slack-Request-Timestamp}, and on a
 * redelivery {@code X-Slack-Retry-Num} and {@code X-Slack-Retry-Reason}.
 */
final class SignedSlackClient implements AutoCloseable {

    private final URI events;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SignedSlackClient(int port) {
        this.events = URI.create("http://127.0.0.1:" + port + "/slack/events");
    }

    /** How one request is signed and whether it is a redelivery. */
    record Delivery(@Nullable String secret, Instant signedAt, @Nullable Integer retryNum,
            @Nullable String retryReason) {

        static Delivery now() {
            return new Delivery(TestWorkspace.SIGNING_SECRET, Instant.now(), null, null);
        }

        /** Without {@code X-Slack-Request-Timestamp} and {@code X-Slack-Signature}. */
        static Delivery unsigned() {
            return new Delivery(null, Instant.now(), null, null);
        }

        Delivery retry(int number, String reason) {
            return new Delivery(secret, signedAt, number, reason);
        }

        Delivery signedAt(Instant at) {
            return new Delivery(secret, at, retryNum, retryReason);
        }

        Delivery signedWith(String otherSecret) {
            return new Delivery(otherSecret, signedAt, retryNum, retryReason);
        }
    }

    /** What the app answered; {@link #UNREACHABLE} when no answer came (connection refused or cut, time-out). */
    record Answer(int status, String body) {

        static final int UNREACHABLE = 0;
    }

    Answer event(SlackPayload payload) {
        return event(payload, Delivery.now());
    }

    Answer event(SlackPayload payload, Delivery delivery) {
        return post(payload.json(), "application/json", delivery);
    }

    Answer command(SlackPayload payload) {
        return post(payload.form(), "application/x-www-form-urlencoded", Delivery.now());
    }

    Answer interaction(SlackPayload payload) {
        return post(payload.interaction(), "application/x-www-form-urlencoded", Delivery.now());
    }

    Answer post(String body, String contentType, Delivery delivery) {
        try {
            HttpResponse<String> response = http.send(request(body, contentType, delivery),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError("Could not reach the app at " + events, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while posting to " + events, e);
        }
    }

    /**
     * Posts these exact bytes with exactly these headers, and no others: for what Slack never sends
     * (a body too big, a timestamp of another form) and for signatures made by hand.
     */
    Answer postRaw(byte[] body, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(events).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError("Could not reach the app at " + events, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while posting to " + events, e);
        }
    }

    /** Slack's {@code X-Slack-Signature} for this timestamp header and body, with the workspace's secret. */
    static String signature(String timestamp, String body) {
        return new SlackSignature.Generator(TestWorkspace.SIGNING_SECRET).generate(timestamp, body);
    }

    /**
     * Posts without waiting, as Slack does when events come faster than the app answers; an app
     * that cannot be reached (killed, not started yet) gives {@link Answer#UNREACHABLE}, as Slack
     * sees a failed delivery.
     */
    CompletableFuture<Answer> postAsync(String body, String contentType, Delivery delivery) {
        return http.sendAsync(request(body, contentType, delivery), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Answer(response.statusCode(), response.body()))
                .exceptionally(failure -> new Answer(Answer.UNREACHABLE, String.valueOf(failure)));
    }

    private HttpRequest request(String body, String contentType, Delivery delivery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (delivery.secret() != null) {
            String timestamp = String.valueOf(delivery.signedAt().getEpochSecond());
            request.header("X-Slack-Request-Timestamp", timestamp)
                    .header("X-Slack-Signature", new SlackSignature.Generator(delivery.secret()).generate(timestamp, body));
        }
        if (delivery.retryNum() != null) {
            request.header("X-Slack-Retry-Num", String.valueOf(delivery.retryNum()))
                    .header("X-Slack-Retry-Reason", String.valueOf(delivery.retryReason()));
        }
        return request.build();
    }

    @Override
    public void close() {
        http.close();
    }
}
