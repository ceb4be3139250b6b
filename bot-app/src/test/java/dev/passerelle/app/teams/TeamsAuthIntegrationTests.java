package dev.passerelle.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Passerelle registered as a Teams bot (an app id, its secret and its tenant): a real-shaped message activity
 * posted to the app's real {@code /api/messages} without a token, or with one the Bot Framework never issued, is
 * answered 401 and leaves no trace in the knowledge base.
 *
 * <p>Every forged token names an issuer the Bot Framework does not use, so the SDK rejects it without fetching
 * Microsoft's signing keys: nothing here leaves 127.0.0.1.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext // the data directory is deleted after the class: close the knowledge base first
class TeamsAuthIntegrationTests {

    static final String APP_ID = "00000000-0000-0000-0000-000000000001";
    static final String TENANT_ID = "72f0a1c4-5b6d-4e8f-9a0b-1c2d3e4f5a6b";
    static final List<String> KNOWLEDGE = List.of("people", "identities", "entries", "inbox", "evidence",
            "memberships", "channels", "feedback", "votes", "audit_log");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void registeredBot(DynamicPropertyRegistry registry) {
        registry.add("passerelle.data-dir", () -> dataDir.toString());
        registry.add("passerelle.teams.app-id", () -> APP_ID);
        registry.add("passerelle.teams.app-password", () -> "secret");
        registry.add("passerelle.teams.tenant-id", () -> TENANT_ID);
        registry.add("passerelle.slack.signing-secret", () -> "");
        registry.add("passerelle.slack.bot-token", () -> "");
        registry.add("passerelle.slack.app-token", () -> "");
    }

    @LocalServerPort
    int port;

    final StoredTeamsKnowledge knowledge = new StoredTeamsKnowledge(dataDir);
    HttpClient http;

    @BeforeEach
    void connect() {
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void disconnect() {
        http.close();
    }

    @Test
    void refusesAnActivityWithoutAToken() throws Exception {
        assertThat(postActivity(null).statusCode()).isEqualTo(401);
        assertNothingStored();
    }

    @Test
    void refusesATokenSignedByTheTestWithItsOwnSecret() throws Exception {
        String forged = claimingToBeTheBotFramework().sign(Algorithm.HMAC256("a secret the Bot Framework never knew"));

        assertThat(postActivity("Bearer " + forged).statusCode()).isEqualTo(401);
        assertNothingStored();
    }

    @Test
    void refusesATokenSignedWithAnUnknownRsaKey() throws Exception {
        KeyPair keys = rsaKeys();
        String forged = claimingToBeTheBotFramework().withKeyId("not-a-bot-framework-key")
                .sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));

        assertThat(postActivity("Bearer " + forged).statusCode()).isEqualTo(401);
        assertNothingStored();
    }

    @Test
    void refusesABearerThatIsNotATokenAsUnauthorisedNotAsAServerError() throws Exception {
        assertThat(postActivity("Bearer not-a-jwt").statusCode()).isEqualTo(401);
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(knowledge.exists()).as("the knowledge base is created at start-up").isTrue();
        assertThat(KNOWLEDGE).allSatisfy(table -> assertThat(knowledge.count(table)).as(table).isZero());
        assertThat(knowledge.mentionsActivity(TeamsPayloads.CHANNEL_POST_ID)).isFalse();
    }

    /** Everything a Bot Framework token carries for this bot, but from an issuer that is not the Bot Framework. */
    private static com.auth0.jwt.JWTCreator.Builder claimingToBeTheBotFramework() {
        return JWT.create().withIssuer("https://sts.forged.example/").withAudience(APP_ID)
                .withClaim("serviceurl", "http://127.0.0.1:9/teams/").withNotBefore(Instant.now().minusSeconds(60))
                .withExpiresAt(Instant.now().plusSeconds(600));
    }

    private static KeyPair rsaKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private HttpResponse<String> postActivity(String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(TeamsPayloads.bytes(TeamsPayloads.CHANNEL_POST)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
