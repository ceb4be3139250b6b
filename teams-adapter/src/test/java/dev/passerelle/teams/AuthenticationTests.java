package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.TurnContext;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Forged or unsigned activities are refused before the bot sees them; unauthenticated ones only from loopback. */
class AuthenticationTests {

    private final CountingBot bot = new CountingBot();
    private final byte[] activity = Payloads.bytes(Payloads.json("message-personal.json"));

    @Nested
    class WithAnAppId {

        private final PasserelleTeams teams = new PasserelleTeams(new TeamsSettings("app-id", "secret", "tenant-1"), bot);

        @Test
        void an_activity_without_a_token_is_unauthorised() {
            assertThat(status(teams, null, true)).isEqualTo(401);
            assertThat(bot.turns()).isZero();
        }

        @Test
        void a_malformed_bearer_token_is_unauthorised_not_a_server_error() {
            assertThat(status(teams, "Bearer not-a-jwt", false)).isEqualTo(401);
            assertThat(bot.turns()).isZero();
        }

        @Test
        void a_token_signed_by_someone_else_is_unauthorised() {
            String forged = JWT.create().withIssuer("https://login.example.com/").withAudience("app-id")
                    .withClaim("serviceurl", "http://127.0.0.1:9/amer/").withExpiresAt(Instant.now().plusSeconds(600))
                    .sign(Algorithm.HMAC256("not the Bot Framework's key"));

            assertThat(status(teams, "Bearer " + forged, false)).isEqualTo(401);
            assertThat(bot.turns()).isZero();
        }

        /** The SDK looks the key up in the Bot Framework's published keys (or fails to reach them): either way, 401. */
        @Test
        void a_token_in_the_bot_frameworks_name_but_signed_with_another_key_is_unauthorised() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            String forged = JWT.create().withIssuer("https://api.botframework.com").withAudience("app-id")
                    .withKeyId("not-a-bot-framework-key").withClaim("serviceurl", "http://127.0.0.1:9/amer/")
                    .withExpiresAt(Instant.now().plusSeconds(600))
                    .sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));

            assertThat(status(teams, "Bearer " + forged, false)).isEqualTo(401);
            assertThat(bot.turns()).isZero();
        }

        @Test
        void another_scheme_is_unauthorised() {
            assertThat(status(teams, "Basic YWxpY2U6c2VjcmV0", false)).isEqualTo(401);
            assertThat(bot.turns()).isZero();
        }
    }

    @Nested
    class WithoutAnAppId {

        private final PasserelleTeams teams = new PasserelleTeams(TeamsSettings.local(), bot);

        @Test
        void a_caller_on_another_machine_is_refused() {
            assertThat(status(teams, null, false)).isEqualTo(403);
            assertThat(bot.turns()).isZero();
        }

        @Test
        void a_caller_on_this_machine_is_served() {
            assertThat(status(teams, null, true)).isEqualTo(202);
            assertThat(bot.turns()).isEqualTo(1);
        }

        @Test
        void a_malformed_bearer_token_is_still_unauthorised() {
            assertThat(status(teams, "Bearer not-a-jwt", true)).isEqualTo(401);
            assertThat(bot.turns()).isZero();
        }

        @Test
        void a_body_that_is_not_an_activity_is_a_bad_request() throws Exception {
            var answer = teams.handle("{\"hello\":".getBytes(StandardCharsets.UTF_8), null, true).get(10, TimeUnit.SECONDS);

            assertThat(answer.status()).isEqualTo(400);
            assertThat(bot.turns()).isZero();
        }
    }

    @Test
    void a_secretless_app_id_is_a_configuration_error() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TeamsSettings("app-id", " ", null))
                .withMessageContaining("MICROSOFT_APP_PASSWORD");
    }

    @Test
    void the_secret_never_shows_in_the_settings_text() {
        assertThat(new TeamsSettings("app-id", "s3cret", null).toString()).doesNotContain("s3cret");
    }

    private int status(PasserelleTeams teams, String authorization, boolean loopback) {
        try {
            return teams.handle(activity, authorization, loopback).get(10, TimeUnit.SECONDS).status();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A bot that only counts the turns it was given. */
    static final class CountingBot implements Bot {
        private final AtomicInteger turns = new AtomicInteger();

        @Override
        public CompletableFuture<Void> onTurn(TurnContext turnContext) {
            turns.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }

        int turns() {
            return turns.get();
        }
    }
}
