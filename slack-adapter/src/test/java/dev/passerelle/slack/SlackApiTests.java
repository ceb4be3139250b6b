package dev.passerelle.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.slack.api.RequestConfigurator;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest.ChatPostEphemeralRequestBuilder;
import com.slack.api.methods.request.chat.ChatPostMessageRequest.ChatPostMessageRequestBuilder;
import com.slack.api.methods.request.reactions.ReactionsAddRequest.ReactionsAddRequestBuilder;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.slack.render.BlockKit;
import dev.passerelle.slack.render.Permalinks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Web API calls: a rate limit is waited out; a call that cannot reach Slack gives up at once, quietly. */
class SlackApiTests {

    static final String TOKEN = "xoxb-0000-not-a-real-token";
    static final String SECRET_TEXT = "Le code du coffre est 4321";

    final MethodsClient methods = mock(MethodsClient.class);
    final SlackApi api = new SlackApi(slackWith(methods), TOKEN);

    Optional<ChatPostMessageResponse> postMessage() {
        return api.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel("C0IT").text(SECRET_TEXT)));
    }

    /** How the SDK's HTTP client fails when Slack cannot be reached: the OkHttp exception, unwrapped. */
    static Stream<IOException> unreachable() {
        return Stream.of(new SocketTimeoutException("Read timed out"), new IOException("Connection reset by peer"));
    }

    @Nested
    class WhenSlackCannotBeReached {

        @ParameterizedTest
        @MethodSource("dev.passerelle.slack.SlackApiTests#unreachable")
        void givesUpWithNothingAfterOneAttempt(IOException failure) throws Exception {
            when(methods.chatPostMessage(anyMessage())).thenThrow(failure);

            assertThat(postMessage()).isEmpty();
            verify(methods, times(1)).chatPostMessage(anyMessage());
        }

        @ParameterizedTest
        @MethodSource("dev.passerelle.slack.SlackApiTests#unreachable")
        void logsTheMethodAndTheKindOfFailureOnly(IOException failure) throws Exception {
            when(methods.chatPostMessage(anyMessage())).thenThrow(failure);

            String logged = logDuring(SlackApiTests.this::postMessage);

            assertThat(logged).contains("chat.postMessage", failure.getClass().getSimpleName())
                    .doesNotContain(TOKEN, SECRET_TEXT, failure.getMessage());
        }

        @Test
        void leavesDeliveryToCarryOnWithTheOtherCalls() throws Exception {
            when(methods.chatPostMessage(anyMessage())).thenThrow(new SocketTimeoutException("Read timed out"));
            when(methods.chatPostEphemeral(anyEphemeral())).thenThrow(new SocketTimeoutException("Read timed out"));
            when(methods.reactionsAdd(anyReaction())).thenThrow(new SocketTimeoutException("Read timed out"));
            Outcome captured = new Outcome(List.of(new Reply("Saved as FAQ #1", null, false, List.of()),
                    Reply.ephemeral("Only you can see this")), List.of(new Outcome.Captured(1, EntryKind.FAQ,
                    EntryStatus.DRAFT)), null).in(Language.EN);
            Delivery delivery = new Delivery(api, new BlockKit(Permalinks.none()), Language.EN);

            assertThatCode(() -> delivery.send("C0IT", "U1ALICE", captured, "1732540000.000100"))
                    .doesNotThrowAnyException();
            verify(methods).chatPostMessage(anyMessage());
            verify(methods).chatPostEphemeral(anyEphemeral());
            verify(methods).reactionsAdd(anyReaction());
        }
    }

    @Nested
    class WhenRateLimited {

        @Test
        void triesAgainAndGetsThrough() throws Exception {
            when(methods.chatPostMessage(anyMessage())).thenThrow(rateLimited()).thenReturn(ok());

            assertThat(postMessage()).isPresent();
            verify(methods, times(2)).chatPostMessage(anyMessage());
        }

        @Test
        void givesUpWithNothingAfterFourAttempts() throws Exception {
            when(methods.chatPostMessage(anyMessage())).thenThrow(rateLimited());

            assertThat(postMessage()).isEmpty();
            verify(methods, times(4)).chatPostMessage(anyMessage());
        }
    }

    static Slack slackWith(MethodsClient methods) {
        Slack slack = mock(Slack.class);
        when(slack.methods(TOKEN)).thenReturn(methods);
        return slack;
    }

    /** HTTP 429 as Slack sends it, asking to wait no time at all so that the test does not. */
    static SlackApiException rateLimited() {
        Response response = new Response.Builder()
                .request(new Request.Builder().url("https://slack.com/api/chat.postMessage").build())
                .protocol(Protocol.HTTP_1_1).code(429).message("Too Many Requests").header("Retry-After", "0")
                .build();
        return new SlackApiException(response, "{\"ok\":false,\"error\":\"ratelimited\"}");
    }

    static ChatPostMessageResponse ok() {
        ChatPostMessageResponse response = new ChatPostMessageResponse();
        response.setOk(true);
        return response;
    }

    static RequestConfigurator<ChatPostMessageRequestBuilder> anyMessage() {
        return any();
    }

    static RequestConfigurator<ChatPostEphemeralRequestBuilder> anyEphemeral() {
        return any();
    }

    static RequestConfigurator<ReactionsAddRequestBuilder> anyReaction() {
        return any();
    }

    /** What slf4j-simple writes (to the standard error) while {@code work} runs. */
    static String logDuring(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return logged.toString(StandardCharsets.UTF_8);
    }
}
