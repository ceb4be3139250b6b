package dev.passerelle.app.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Teams without an app id, for local testing: callers on this machine are served, unless a reverse proxy forwarded
 * the request (behind one on this machine, every caller's TCP peer is loopback), which is refused 401.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext // the data directory is deleted after the class: close the knowledge base first
class TeamsLocalModeIntegrationTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void localTeams(DynamicPropertyRegistry registry) {
        registry.add("passerelle.data-dir", () -> dataDir.toString());
        registry.add("passerelle.teams.app-id", () -> "");
        registry.add("passerelle.teams.app-password", () -> "");
        registry.add("passerelle.teams.tenant-id", () -> "");
        registry.add("passerelle.slack.signing-secret", () -> "");
        registry.add("passerelle.slack.bot-token", () -> "");
        registry.add("passerelle.slack.app-token", () -> "");
    }

    @LocalServerPort
    int port;

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
    void servesACallerOnThisMachineThatNoProxyForwarded() throws Exception {
        HttpResponse<String> response = http.send(request().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"continue\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Forwarded: for=203.0.113.7;proto=https", "X-Forwarded-For: 203.0.113.7",
            "X-Real-IP: 203.0.113.7"})
    void refusesARequestAProxyForwarded(String header) throws Exception {
        String[] nameAndValue = header.split(": ", 2);

        HttpResponse<String> response = http.send(request().header(nameAndValue[0], nameAndValue[1]).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
    }

    private HttpRequest.Builder request() throws IOException {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(TeamsPayloads.bytes(TeamsPayloads.FETCH_TASK)));
    }
}
