package dev.passerelle.app.slack;

import dev.passerelle.slack.PasserelleSlack;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /slack/events}: events, commands and interactivity on one URL. A thin edge: the raw
 * body and headers go to the Slack module, which verifies the signature before anything else; a
 * body longer than Slack ever sends is refused (413) before it is read.
 */
@RestController
class SlackController {

    private static final Logger log = LoggerFactory.getLogger(SlackController.class);

    private final SlackConfiguration.SlackApp slackApp;

    SlackController(SlackConfiguration.SlackApp slackApp) {
        this.slackApp = slackApp;
    }

    /** The body is read raw from the stream: the signature covers its exact bytes, and form parsing would alter them. */
    @PostMapping(path = "/slack/events")
    ResponseEntity<String> events(HttpServletRequest request) throws IOException {
        if (slackApp.slack().isEmpty()) {
            return ResponseEntity.status(503).contentType(MediaType.TEXT_PLAIN).body("Slack is not configured");
        }
        if (request.getContentLengthLong() > PasserelleSlack.MAX_BODY) {
            return tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(PasserelleSlack.MAX_BODY + 1);
        if (body.length > PasserelleSlack.MAX_BODY) {
            return tooLarge();
        }
        PasserelleSlack.HttpAnswer answer = slackApp.slack().get().handle(new PasserelleSlack.HttpExchange(
                body, headers(request), Map.of(), request.getRemoteAddr()));
        HttpHeaders headers = new HttpHeaders();
        answer.headers().forEach(headers::addAll);
        headers.remove(HttpHeaders.CONTENT_TYPE);
        return ResponseEntity.status(answer.status()).headers(headers)
                .contentType(MediaType.parseMediaType(answer.contentType())).body(answer.body());
    }

    /** Said by its length, or found reading one byte past the limit: nothing more of it is read. */
    private static ResponseEntity<String> tooLarge() {
        log.warn("Slack request refused unread: its body is over {} bytes", PasserelleSlack.MAX_BODY);
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.TEXT_PLAIN).body("");
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(java.util.Locale.ROOT), Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

}
