package dev.passerelle.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What an operator's Prometheus scrapes: answers by outcome, who-knows, captures, refusals, the inbox and index. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext // the data directory is deleted after the class: close the knowledge base first
class MetricsIntegrationTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("passerelle.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    Passerelle passerelle;

    private String say(String channel, ChannelType type, String text, boolean addressed) {
        return passerelle.inbox().submitAndWait(new Message(new ChannelRef(Platform.LOCAL, "local", channel, type),
                        Sender.of("amelie"), text, null, "m-" + System.nanoTime(), Instant.now(), addressed))
                .replies().stream().map(Reply::text).collect(Collectors.joining("\n"));
    }

    private String scrape() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/prometheus")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        }
    }

    /** The value of the first sample of {@code name} whose labels hold {@code label}, if any. */
    private static Optional<Double> sample(String scraped, String name, String label) {
        return Arrays.stream(scraped.split("\n"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> label.isEmpty() || line.contains(label))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    @Test
    void countsAnswersCapturesWhoKnowsAndRefusalsWithoutAnyText() throws Exception {
        say("it", ChannelType.PUBLIC, "#faq How do I open locker seven? | Use the key marked k7", false);
        String answer = say("dm-amelie", ChannelType.DIRECT, "how do i open locker seven", true);
        say("dm-amelie", ChannelType.DIRECT, "quelle est la recette du cassoulet de Castelnaudary", true);
        say("dm-amelie", ChannelType.DIRECT, "who knows about lockers", true);
        say("dm-amelie", ChannelType.DIRECT, "x".repeat(40_001), true);

        String scraped = scrape();

        assertThat(answer).contains("key marked k7");
        assertThat(sample(scraped, "passerelle_answers_seconds_count", "outcome=\"confident\"")).contains(1.0);
        assertThat(sample(scraped, "passerelle_answers_seconds_count", "outcome=\"none\"")).contains(1.0);
        assertThat(sample(scraped, "passerelle_answers_seconds_count", "outcome=\"likely\"")).contains(0.0);
        assertThat(sample(scraped, "passerelle_answers_seconds_bucket", "le=\"1.0\"")).isPresent();
        assertThat(sample(scraped, "passerelle_who_knows_seconds_count", "")).contains(1.0);
        assertThat(sample(scraped, "passerelle_captures_total", "kind=\"faq\"")).contains(1.0);
        assertThat(sample(scraped, "passerelle_command_errors_total", "")).contains(1.0);
        assertThat(sample(scraped, "passerelle_inbox_backlog", "")).isPresent();
        assertThat(sample(scraped, "passerelle_index_current", "")).contains(1.0);
        assertThat(sample(scraped, "passerelle_index_uncommitted", "")).isPresent();
        assertThat(scraped).doesNotContain("locker", "cassoulet", "amelie", "xxxxxxxx");
    }
}
