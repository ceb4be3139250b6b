package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.conversation.PendingFiles;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export in Teams: a file-consent card in a personal chat; accepting it (the {@code fileConsent/invoke}, through
 * the SDK's own handler) PUTs the bytes to the upload URL Teams names, on a local server standing in for OneDrive,
 * and a file card follows. The export waits in the store for that answer: a restart between the card and the click
 * loses nothing, and a card whose export was declined, delivered or expired (a day) asks for a new one. In a channel,
 * the person is sent to a personal chat.
 */
class TeamsFileConsentTests {

    static final String CONSENT = "application/vnd.microsoft.teams.card.file.consent";
    static final String FILE_INFO = "application/vnd.microsoft.teams.card.file.info";
    static final String GONE = "This export is no longer kept (an export waits a day for your answer). Run it again: "
            + "export json|csv|md";

    record Upload(String method, String contentRange, byte[] body) {}

    @TempDir
    Path data;
    TeamsHarness teams;
    HttpServer oneDrive;
    final List<Upload> uploads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        teams = new TeamsHarness(data);
        oneDrive = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        oneDrive.createContext("/upload/", exchange -> {
            try (exchange) {
                uploads.add(new Upload(exchange.getRequestMethod(),
                        exchange.getRequestHeaders().getFirst("Content-Range"), exchange.getRequestBody().readAllBytes()));
                byte[] answer = "{\"id\":\"drive-item-1\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(201, answer.length);
                exchange.getResponseBody().write(answer);
            }
        });
        oneDrive.start();
        assertThat(teams.post("message-channel-post.json").status()).isEqualTo(202);
        teams.connector.clear();
    }

    @AfterEach
    void stop() {
        oneDrive.stop(0);
        teams.close();
    }

    String uploadUrl() {
        return "http://127.0.0.1:" + oneDrive.getAddress().getPort() + "/upload/export.csv";
    }

    static String idOf(JsonNode consent) {
        return consent.path("content").path("acceptContext").path(TeamsFiles.CONTEXT_KEY).asText();
    }

    JsonNode askForExport() {
        return askForExport("export csv");
    }

    JsonNode askForExport(String command) {
        teams.post("message-personal.json", json -> json.put("text", command).<ObjectNode>set("from",
                json.objectNode().put("id", TeamsHarness.MANAGER).put("name", "Marie Curie").put("aadObjectId", "aad-marie")));
        List<FakeConnector.Sent> sent = teams.connector.sent();
        assertThat(sent).extracting(FakeConnector.Sent::text).anyMatch(text -> text.startsWith("Here is the export")
                || text.startsWith("Voici l’export"));
        return sent.stream().map(s -> s.activity().path("attachments").path(0))
                .filter(attachment -> CONSENT.equals(attachment.path("contentType").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no file-consent card in " + sent));
    }

    TeamsHarness.Answer answer(String action, JsonNode context) {
        return teams.post("invoke-file-consent.json", json -> {
            ObjectNode value = (ObjectNode) json.path("value");
            value.put("action", action);
            value.set("context", context);
            ((ObjectNode) value.path("uploadInfo")).put("uploadUrl", uploadUrl());
        });
    }

    @Test
    void aPersonalChatGetsAFileConsentCardSizedForTheExport() {
        JsonNode consent = askForExport();

        assertThat(consent.path("name").asText()).matches("passerelle-all-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(consent.path("content").path("description").asText()).startsWith("Passerelle’s export: passerelle-all-");
        assertThat(consent.path("content").path("sizeInBytes").asLong()).isPositive();
        assertThat(consent.path("content").path("acceptContext").path(TeamsFiles.CONTEXT_KEY).asText()).isNotBlank();
    }

    @Test
    void acceptingPutsTheBytesToTheUploadUrlThenSendsAFileCard() {
        JsonNode consent = askForExport();
        teams.connector.clear();

        TeamsHarness.Answer answer = answer("accept", consent.path("content").path("acceptContext"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(uploads).singleElement().satisfies(upload -> {
            assertThat(upload.method()).isEqualTo("PUT");
            assertThat(upload.body()).hasSize(consent.path("content").path("sizeInBytes").asInt());
            assertThat(upload.contentRange()).isEqualTo("bytes 0-" + (upload.body().length - 1) + "/"
                    + upload.body().length);
            assertThat(new String(upload.body(), StandardCharsets.UTF_8)).startsWith("id,kind,status,")
                    .contains("How do I export the CRM?");
        });
        JsonNode card = teams.connector.sent().getFirst().activity().path("attachments").path(0);
        assertThat(card.path("contentType").asText()).isEqualTo(FILE_INFO);
        assertThat(card.path("contentUrl").asText()).endsWith("/Passerelle/export.csv");
        assertThat(card.path("name").asText()).isEqualTo("export.csv");
        assertThat(card.path("content").path("uniqueId").asText()).isEqualTo("1150D938-8870-4044-9F2C-5BBDEBA70C8C");
        assertThat(card.path("content").path("fileType").asText()).isEqualTo("csv");
    }

    @Test
    void decliningUploadsNothingAndSaysSo() {
        JsonNode consent = askForExport();
        teams.connector.clear();

        assertThat(answer("decline", consent.path("content").path("declineContext")).status()).isEqualTo(200);

        assertThat(uploads).isEmpty();
        assertThat(teams.connector.sent()).extracting(FakeConnector.Sent::text)
                .containsExactly("No export then. Ask again whenever you like.");
        // The card cannot be used after that.
        teams.connector.clear();
        answer("accept", consent.path("content").path("acceptContext"));
        assertThat(uploads).isEmpty();
        assertThat(teams.connector.sent()).extracting(FakeConnector.Sent::text)
                .containsExactly(GONE);
        assertThat(teams.passerelle.pendingFiles().find(idOf(consent), Instant.EPOCH)).isEmpty();
    }

    @Test
    void anExportAskedBeforeARestartIsUploadedWithItsBytesWhenAcceptedAfterIt() {
        JsonNode consent = askForExport();
        byte[] offered = teams.passerelle.pendingFiles().find(idOf(consent), Instant.EPOCH).orElseThrow().file().bytes();
        teams.close();
        teams = new TeamsHarness(data);

        assertThat(answer("accept", consent.path("content").path("acceptContext")).status()).isEqualTo(200);

        assertThat(uploads).singleElement().satisfies(upload -> {
            assertThat(upload.body()).isEqualTo(offered).hasSize(consent.path("content").path("sizeInBytes").asInt());
            assertThat(new String(upload.body(), StandardCharsets.UTF_8)).startsWith("id,kind,status,")
                    .contains("How do I export the CRM?");
        });
        assertThat(teams.connector.sent().getFirst().activity().path("attachments").path(0).path("contentType")
                .asText()).isEqualTo(FILE_INFO);
        assertThat(teams.passerelle.pendingFiles().find(idOf(consent), Instant.EPOCH)).isEmpty();
        // Delivered once: the same card accepted again finds nothing.
        teams.connector.clear();
        answer("accept", consent.path("content").path("acceptContext"));
        assertThat(uploads).hasSize(1);
        assertThat(teams.connector.sent()).extracting(FakeConnector.Sent::text).containsExactly(GONE);
    }

    @Test
    void decliningAfterARestartDropsTheFileAndSaysSoInTheLanguageOfTheExport() {
        JsonNode consent = askForExport("exporte csv");
        teams.close();
        teams = new TeamsHarness(data);

        assertThat(answer("decline", consent.path("content").path("declineContext")).status()).isEqualTo(200);

        assertThat(uploads).isEmpty();
        assertThat(teams.connector.sent()).extracting(FakeConnector.Sent::text)
                .containsExactly("Pas d’export, donc. Redemandez quand vous voulez.");
        assertThat(teams.passerelle.pendingFiles().find(idOf(consent), Instant.EPOCH)).isEmpty();
    }

    @Test
    void aCardWhoseExportExpiredAsksInOneLineToRunTheExportAgain() throws Exception {
        JsonNode consent = askForExport();
        teams.connector.clear();
        Clock aDayLater = Clock.offset(Clock.systemUTC(), PendingFiles.KEPT.plusMinutes(1));
        teams.passerelle.inbox().run(teams.passerelle.pendingFilesExpiry(aDayLater)).get(30, TimeUnit.SECONDS);

        assertThat(teams.passerelle.pendingFiles().find(idOf(consent), Instant.EPOCH)).isEmpty();
        assertThat(answer("accept", consent.path("content").path("acceptContext")).status()).isEqualTo(200);

        assertThat(uploads).isEmpty();
        assertThat(teams.connector.sent()).extracting(FakeConnector.Sent::text).containsExactly(GONE);
    }

    @Test
    void aCardNamingNoKeptExportOrSomeoneElsesUploadsNothing() {
        JsonNode consent = askForExport();
        teams.connector.clear();

        answer("accept", JsonNodeFactory.instance.objectNode().put(TeamsFiles.CONTEXT_KEY, "no-such-export"));
        answer("accept", JsonNodeFactory.instance.objectNode());
        teams.post("invoke-file-consent.json", json -> {
            ObjectNode value = (ObjectNode) json.path("value");
            value.set("context", consent.path("content").path("acceptContext"));
            ((ObjectNode) value.path("uploadInfo")).put("uploadUrl", uploadUrl());
            json.<ObjectNode>set("from", json.objectNode().put("id", "29:someone-else").put("name", "Eve"));
        });

        assertThat(uploads).isEmpty();
        assertThat(teams.connector.sent()).extracting(FakeConnector.Sent::text).containsExactly(GONE, GONE, GONE);
        assertThat(teams.passerelle.pendingFiles().find(idOf(consent), Instant.EPOCH)).isPresent();
    }

    @Test
    void inAChannelTheExportComesInAPersonalChatInstead() {
        teams.post("message-channel-mention-thread.json", json -> json.put("text", "<at>Passerelle</at> exporte csv"));

        assertThat(teams.connector.sent()).extracting(FakeConnector.Sent::text).containsExactly(
                "Les exports arrivent dans une conversation personnelle, où vous seul les voyez : écrivez-moi « exporte csv » là-bas.");
        assertThat(teams.connector.sent()).allSatisfy(sent -> assertThat(sent.activity().path("attachments")
                .findValuesAsText("contentType")).doesNotContain(CONSENT));
    }
}
