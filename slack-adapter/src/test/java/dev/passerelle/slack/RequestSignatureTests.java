package dev.passerelle.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import dev.passerelle.slack.RequestSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The signature check against signatures made by the Slack SDK's own generator, as Slack makes them, at a
 * fixed now. The HTTP edge's tests (bot-app's {@code SlackEdgeIntegrationTests}) post the same over a port.
 */
class RequestSignatureTests {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final long NOW = 1_732_540_000L;
    static final String BODY = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"event\":{\"text\":\"Ça va ?\"}}";

    final RequestSignature signature = new RequestSignature(SECRET,
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @Test
    void acceptsWhatSlackSignedJustNow() {
        assertThat(check(BODY, String.valueOf(NOW))).isEqualTo(Verdict.SIGNED);
    }

    @ParameterizedTest
    @ValueSource(longs = {-300, 300, -1, 1})
    void acceptsAClockUpToFiveMinutesOffEitherWay(long skew) {
        assertThat(check(BODY, String.valueOf(NOW + skew))).isEqualTo(Verdict.SIGNED);
    }

    @ParameterizedTest
    @ValueSource(longs = {-301, 301, 3_600, -86_400})
    void refusesAClockMoreThanFiveMinutesOffEitherWay(long skew) {
        assertThat(check(BODY, String.valueOf(NOW + skew))).isEqualTo(Verdict.STALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1732540000", "-1732540000", " 1732540000", "1732540000.0", "1e9", "",
            "0001732540000000", "١٧٣٢٥٤٠٠٠٠"})
    void refusesATimestampThatIsNotPlainDigits(String timestamp) {
        assertThat(check(BODY, timestamp)).isEqualTo(Verdict.MALFORMED_TIMESTAMP);
    }

    @Test
    void refusesABodyChangedByOneByte() {
        String timestamp = String.valueOf(NOW);
        String signed = new SlackSignature.Generator(SECRET).generate(timestamp, BODY);

        assertThat(signature.check(BODY.replace("T1", "T2").getBytes(StandardCharsets.UTF_8), timestamp, signed))
                .isEqualTo(Verdict.FORGED);
    }

    @Test
    void refusesASignatureMadeWithAnotherSecretOrInUpperCase() {
        String timestamp = String.valueOf(NOW);
        String other = new SlackSignature.Generator("another-secret").generate(timestamp, BODY);
        String upper = new SlackSignature.Generator(SECRET).generate(timestamp, BODY).toUpperCase();

        assertThat(signature.check(bytes(BODY), timestamp, other)).isEqualTo(Verdict.FORGED);
        assertThat(signature.check(bytes(BODY), timestamp, upper)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void refusesARequestWithoutEitherHeader() {
        String timestamp = String.valueOf(NOW);

        assertThat(signature.check(bytes(BODY), null, "v0=00")).isEqualTo(Verdict.UNSIGNED);
        assertThat(signature.check(bytes(BODY), timestamp, null)).isEqualTo(Verdict.UNSIGNED);
    }

    @Test
    void refusesEveryRequestWithoutASigningSecret() {
        RequestSignature none = new RequestSignature(null, Clock.systemUTC());
        String timestamp = String.valueOf(Instant.now().getEpochSecond());

        assertThat(none.check(bytes(BODY), timestamp, new SlackSignature.Generator(SECRET).generate(timestamp, BODY)))
                .isEqualTo(Verdict.NO_SIGNING_SECRET);
    }

    private Verdict check(String body, String timestamp) {
        return signature.check(bytes(body), timestamp, new SlackSignature.Generator(SECRET).generate(timestamp, body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
