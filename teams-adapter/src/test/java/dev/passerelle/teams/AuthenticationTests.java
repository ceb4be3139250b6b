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
        void anActivityWithoutATokenIsUnauthorised() {
            assertThat(status(teams, null, true)).isEqualTo(401);
            assertThat(bot.turns()).isZero();
        }

        @Test
        void aMalformedBearerTokenIsUnauthorisedNotAServerError() {
            assertThat(status(teams, "Bearer not-a-jwt", false)).isEqualTo(401);
            assertThat(bot.turns()).isZero();
        }

        @Test
        void aTokenSignedBySomeoneElseIsUnauthorised() {
            String forged = JWT.create().withIssuer("https://login.example.com/").withAudience("app-id")
                    .withClaim("serviceurl", "http://127.0.0.1:9/amer/").withExpiresAt(Instant.now().plusSeconds(600))
                    .sign(Algorithm.HMAC256("not the Bot Framework's key"));

            assertThat(status(teams, "Bearer " + forged, false)).isEqualTo(401);
            assertThat(bot.turns()).isZero();
        }

        /** The SDK looks the key up in the Bot Framework's published keys (or fails to reach them): either way, 401. */
        @Test
        void aTokenInTheBotFrameworksNameButSignedWithAnotherKeyIsUnauthorised() throws Exception {
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
        void anotherSchemeIsUnauthorised() {
            assertThat(status(teams, "Basic YWxpY2U6c2VjcmV0", false)).isEqualTo(401);
            assertThat(bot.turns()).isZero();
        }
    }

    @Nested
    class WithoutAnAppId {

        private final PasserelleTeams teams = new PasserelleTeams(TeamsSettings.local(), bot);

        @Test
        void aCallerOnAnotherMachineIsRefused() {
            assertThat(status(teams, null, false)).isEqualTo(403);
            assertThat(bot.turns()).isZero();
        }

        @Test
        void aCallerOnThisMachineIsServed() {
            assertThat(status(teams, null, true)).isEqualTo(202);
            assertThat(bot.turns()).isEqualTo(1);
        }

        /** Behind a reverse proxy on this machine every caller is on loopback: the proxy's headers give it away. */
        @Test
        void aRequestForwardedByAProxyIsUnauthorised() throws Exception {
            var answer = teams.handle(activity, null, true, true).get(10, TimeUnit.SECONDS);

            assertThat(answer.status()).isEqualTo(401);
            assertThat(bot.turns()).isZero();
        }

        @Test
        void aMalformedBearerTokenIsStillUnauthorised() {
            assertThat(status(teams, "Bearer not-a-jwt", true)).isEqualTo(401);
            assertThat(bot.turns()).isZero();
        }

        @Test
        void aBodyThatIsNotAnActivityIsABadRequest() throws Exception {
            var answer = teams.handle("{\"hello\":".getBytes(StandardCharsets.UTF_8), null, true).get(10, TimeUnit.SECONDS);

            assertThat(answer.status()).isEqualTo(400);
            assertThat(bot.turns()).isZero();
        }
    }

    @Test
    void aSecretlessAppIdIsAConfigurationError() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TeamsSettings("app-id", " ", null))
                .withMessageContaining("MICROSOFT_APP_PASSWORD");
    }

    @Test
    void theSecretNeverShowsInTheSettingsText() {
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
