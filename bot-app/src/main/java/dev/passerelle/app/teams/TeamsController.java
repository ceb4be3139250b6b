package dev.passerelle.app.teams;

import dev.passerelle.teams.PasserelleTeams;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/messages}: the Bot Framework's messaging endpoint. A thin edge: the raw body, the
 * {@code Authorization} header, whether the caller is on this machine and whether a proxy forwarded the request go
 * to the Teams module, which checks the token before anything else (401), and answers with a status and JSON. The body is never bound to the SDK's
 * {@code Activity} here: the SDK needs its own Jackson 2 mapper, and Boot's Jackson 3 would drop fields.
 */
@RestController
class TeamsController {

    /** Teams' activities are far smaller; anything bigger is not from Teams. */
    private static final int MAX_BODY = 1 << 20;
    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

    private final TeamsConfiguration.TeamsApp teamsApp;

    TeamsController(TeamsConfiguration.TeamsApp teamsApp) {
        this.teamsApp = teamsApp;
    }

    /** Answered asynchronously: the servlet thread does not wait for the bot's turn. */
    @PostMapping(path = "/api/messages")
    CompletableFuture<ResponseEntity<String>> messages(HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization)
            throws IOException {
        if (teamsApp.teams().isEmpty()) {
            return CompletableFuture.completedFuture(ResponseEntity.status(503).contentType(MediaType.TEXT_PLAIN)
                    .body("Teams is not enabled"));
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return CompletableFuture.completedFuture(ResponseEntity.status(413).build());
        }
        return teamsApp.teams().get().handle(body, authorization, loopback(request.getRemoteAddr()), forwarded(request))
                .thenApply(TeamsController::response);
    }

    /** A reverse proxy's marks: behind one on this machine, the TCP peer is always loopback. */
    private static boolean forwarded(HttpServletRequest request) {
        return FORWARDING_HEADERS.stream().anyMatch(header -> request.getHeader(header) != null);
    }

    private static ResponseEntity<String> response(PasserelleTeams.HttpAnswer answer) {
        if (answer.body().isEmpty()) {
            return ResponseEntity.status(answer.status()).build();
        }
        return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }

    /** The TCP peer, as the servlet container saw it (an IP literal: no name is looked up). */
    private static boolean loopback(@Nullable String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(remoteAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
