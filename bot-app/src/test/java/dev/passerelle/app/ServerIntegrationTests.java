package dev.passerelle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server as deployed: a real port, the knowledge base opened in its data directory, health reported. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext // the data directory is deleted after the class: close the knowledge base first
class ServerIntegrationTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("passerelle.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Test
    void reportsUpWithTheKnowledgeBaseOnTheHealthEndpoint() throws IOException, InterruptedException {
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
            response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JsonMapper.builder().build().readTree(response.body());
        assertThat(health.path("status").asString()).as(response.body()).isEqualTo("UP");
        // Named after the bean, KnowledgeBaseHealth: Boot strips only "HealthIndicator"/"HealthContributor".
        JsonNode knowledgeBase = health.path("components").path("knowledgeBase");
        assertThat(knowledgeBase.path("status").asString()).as(response.body()).isEqualTo("UP");
        JsonNode details = knowledgeBase.path("details");
        assertThat(details.path("backlog").isNumber()).as(response.body()).isTrue();
        assertThat(details.path("waitingForAnswers").isNumber()).as(response.body()).isTrue();
        assertThat(details.path("applied").isNumber()).as(response.body()).isTrue();
        assertThat(details.path("indexCurrent").asBoolean()).as(response.body()).isTrue();
    }

    @Test
    void keepsTheKnowledgeBaseInTheConfiguredDataDirectory() {
        assertThat(dataDir.resolve("passerelle.db")).isRegularFile();
        assertThat(dataDir.resolve("index")).isDirectory();
    }
}
