package dev.passerelle.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Slack's request signature, checked on the body's exact bytes before anything reads them:
 * {@code X-Slack-Signature} must be {@code v0=} and the hex HMAC-SHA256, under the signing secret, of
 * {@code v0:<X-Slack-Request-Timestamp>:<body>}, compared in constant time; the timestamp must be
 * plain digits within five minutes of now, either way, so that a captured request cannot be replayed
 * later nor one stamped ahead kept for later.
 */
public final class RequestSignature {

    /** Slack's own rule: a request signed more than five minutes from now, before or after, is refused. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String VERSION = "v0";
    private static final int MAX_TIMESTAMP_DIGITS = 12;

    /** Why a request is refused, for its one log line; {@link #SIGNED} lets it through. */
    public enum Verdict {
        SIGNED, UNSIGNED, MALFORMED_TIMESTAMP, STALE, FORGED, NO_SIGNING_SECRET
    }

    private final @Nullable SecretKeySpec key;
    private final Clock clock;

    /** Without a signing secret (Socket Mode needs none), every HTTP request is refused. */
    public RequestSignature(@Nullable String signingSecret, Clock clock) {
        this.key = signingSecret == null || signingSecret.isEmpty() ? null
                : new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    public Verdict check(byte[] body, @Nullable String timestamp, @Nullable String signature) {
        if (key == null) {
            return Verdict.NO_SIGNING_SECRET;
        }
        if (timestamp == null || signature == null) {
            return Verdict.UNSIGNED;
        }
        if (timestamp.isEmpty() || timestamp.length() > MAX_TIMESTAMP_DIGITS
                || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Verdict.MALFORMED_TIMESTAMP;
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp));
        if (skew > TOLERANCE.toSeconds()) {
            return Verdict.STALE;
        }
        byte[] expected = (VERSION + "=" + HexFormat.of().formatHex(hmac(timestamp, body)))
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8)) ? Verdict.SIGNED
                : Verdict.FORGED;
    }

    private byte[] hmac(String timestamp, byte[] body) {
        assert key != null;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("This JVM cannot compute HMAC-SHA256, which Slack's signatures need", e);
        }
    }
}
