package dev.passerelle.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls to Slack's Web API with the bot token. A rate-limited call (HTTP 429) waits for the
 * {@code Retry-After} Slack gives, then tries again; a call Slack refuses is logged with its
 * error code (never the token or the text) and reported as failed.
 */
public final class SlackApi {

    private static final Logger log = LoggerFactory.getLogger(SlackApi.class);
    private static final int ATTEMPTS = 4;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final MethodsClient methods;
    private final Retry retry;

    public SlackApi(Slack slack, String botToken) {
        this.methods = slack.methods(botToken);
        this.retry = Retry.of("slack-web-api", RetryConfig.<Object>custom()
                .maxAttempts(ATTEMPTS)
                .retryOnException(SlackApi::rateLimited)
                .intervalBiFunction((attempt, outcome) -> outcome.isLeft() ? retryAfterMillis(outcome.getLeft()) : 1_000L)
                .build());
    }

    /** One Web API call. */
    @FunctionalInterface
    public interface Call<T extends SlackApiTextResponse> {
        T on(MethodsClient methods) throws IOException, SlackApiException;
    }

    /** Runs the call (retrying when rate-limited); empty when Slack said no or could not be reached. */
    public <T extends SlackApiTextResponse> Optional<T> call(String what, Call<T> call) {
        try {
            T response = Retry.decorateCheckedSupplier(retry, () -> call.on(methods)).get();
            if (!response.isOk()) {
                log.warn("Slack refused {}: {}", what, response.getError());
                return Optional.empty();
            }
            return Optional.of(response);
        } catch (Throwable e) {
            log.warn("Slack call {} failed: {}", what, e instanceof SlackApiException api ? api.getResponse().code()
                    + " " + (api.getError() == null ? "" : api.getError().getError()) : e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static boolean rateLimited(Throwable e) {
        return e instanceof SlackApiException api && api.getResponse().code() == 429;
    }

    private static long retryAfterMillis(Throwable e) {
        if (e instanceof SlackApiException api) {
            String header = api.getResponse().header("Retry-After");
            try {
                long seconds = header == null ? 1 : Long.parseLong(header.strip());
                return Math.min(LONGEST_WAIT.toMillis(), Math.max(0, seconds) * 1_000L);
            } catch (NumberFormatException ignored) {
                return 1_000L;
            }
        }
        return 1_000L;
    }
}
