package dev.passerelle.app.slack;

import dev.passerelle.app.slack.SignedSlackClient.Answer;
import dev.passerelle.app.slack.SignedSlackClient.Delivery;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One event posted to the app without waiting for its answer: the message it carries, its exact
 * body (a redelivery sends the same body, re-signed), when it left, and the app's answer once it
 * came.
 */
record PostedEvent(String ts, String body, Instant sentAt, CompletableFuture<Answered> answered) {

    /** The HTTP status ({@link Answer#UNREACHABLE} when none) and when it arrived. */
    record Answered(int status, Instant at) {}

    static PostedEvent post(SignedSlackClient app, String ts, SlackPayload payload, Delivery delivery) {
        String body = payload.json();
        Instant sent = Instant.now();
        return new PostedEvent(ts, body, sent, app.postAsync(body, "application/json", delivery)
                .thenApply(answer -> new Answered(answer.status(), Instant.now())));
    }

    static PostedEvent post(SignedSlackClient app, String ts, SlackPayload payload) {
        return post(app, ts, payload, Delivery.now());
    }

    /** Slack's second delivery of this event: the same body, signed anew, with {@code X-Slack-Retry-Num: 1}. */
    PostedEvent redeliver(SignedSlackClient app) {
        Instant sent = Instant.now();
        return new PostedEvent(ts, body, sent, app.postAsync(body, "application/json",
                Delivery.now().retry(1, "http_timeout")).thenApply(answer -> new Answered(answer.status(), Instant.now())));
    }

    /** Whether the app answered 200: Slack then considers the event delivered and never sends it again. */
    boolean acknowledged() {
        return answer().status() == 200;
    }

    Duration answerTime() {
        return Duration.between(sentAt, answer().at());
    }

    private Answered answer() {
        if (!answered.isDone()) {
            throw new IllegalStateException("The answer to " + ts + " is not in yet: await it first");
        }
        return answered.join();
    }

    /** Waits for every answer; each request gives up on its own after its time-out, so this ends. */
    static void awaitAll(Collection<PostedEvent> posted, Duration patience) {
        try {
            CompletableFuture.allOf(posted.stream().map(PostedEvent::answered).toArray(CompletableFuture[]::new))
                    .get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Answers still missing after " + patience.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A request failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the app's answers", e);
        }
    }
}
