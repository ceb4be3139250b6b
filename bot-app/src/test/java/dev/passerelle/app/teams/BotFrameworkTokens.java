package dev.passerelle.app.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * The Bot Framework's token service, on loopback: its OpenID metadata and signing keys (endorsed for
 * {@code msteams}) served the way {@code login.botframework.com} serves them, and tokens shaped as the Bot Framework
 * issues them to a bot (issuer {@code https://api.botframework.com}, the app id as audience, the {@code serviceurl}
 * claim, RS256 with a published key id). While installed, the SDK fetches its keys here, so a token it accepts went
 * through the SDK's whole validation: signature, issuer, audience, lifetime, endorsement and service URL.
 */
final class BotFrameworkTokens implements AutoCloseable {

    static final String ISSUER = "https://api.botframework.com";
    private static final String KEY_ID = "passerelle-test-key";

    private final KeyPair keys;
    private final HttpServer server;
    private final String previousMetadataUrl;

    BotFrameworkTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No RSA here", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the token metadata on loopback", e);
        }
        server.createContext("/v1/.well-known/openidconfiguration", exchange -> json(exchange, """
                {"issuer":"%s","jwks_uri":"%s","id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(ISSUER, base() + "/v1/.well-known/keys")));
        server.createContext("/v1/.well-known/keys", exchange -> json(exchange, """
                {"keys":[{"kty":"RSA","use":"sig","kid":"%s","n":"%s","e":"%s","endorsements":["msteams"]}]}"""
                .formatted(KEY_ID, unsigned(publicKey().getModulus()), unsigned(publicKey().getPublicExponent()))));
        server.start();
        previousMetadataUrl = ChannelValidation.getOpenIdMetaDataUrl();
        ChannelValidation.setOpenIdMetaDataUrl(base() + "/v1/.well-known/openidconfiguration");
    }

    /** {@code Bearer …}: what the Bot Framework sends with an activity for {@code appId} from {@code serviceUrl}. */
    String authorization(String appId, String serviceUrl) {
        return "Bearer " + JWT.create().withIssuer(ISSUER).withAudience(appId).withKeyId(KEY_ID)
                .withClaim("serviceurl", serviceUrl).withNotBefore(Instant.now().minusSeconds(60))
                .withExpiresAt(Instant.now().plusSeconds(600))
                .sign(Algorithm.RSA256(publicKey(), (RSAPrivateKey) keys.getPrivate()));
    }

    private RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        ChannelValidation.setOpenIdMetaDataUrl(previousMetadataUrl);
        server.stop(0);
    }
}
