package dev.passerelle.app.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.jspecify.annotations.Nullable;

/**
 * Slack's Socket Mode endpoint on a random loopback port: greets each connection with Slack's
 * {@code hello}, sends the app envelopes ({@code events_api}, {@code slash_commands}) as Slack
 * does, and records what the app sends back, its acknowledgements above all.
 */
final class SocketModeEndpoint extends WebSocketServer implements AutoCloseable {

    private final CountDownLatch started = new CountDownLatch(1);
    private final List<JsonObject> received = new ArrayList<>();
    private volatile @Nullable WebSocket app;

    private SocketModeEndpoint() {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        setReuseAddr(true);
    }

    static SocketModeEndpoint open() {
        SocketModeEndpoint endpoint = new SocketModeEndpoint();
        endpoint.start();
        try {
            if (!endpoint.started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The Socket Mode endpoint did not start within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return endpoint;
    }

    /** What {@code apps.connections.open} answers: where to connect, with a one-time ticket. */
    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=4f5e1d0c-test";
    }

    /** Sends an envelope once the app is connected. */
    void send(String envelope) {
        Instant deadline = Instant.now().plus(SlackWebApi.PATIENCE);
        while (app == null || !app.isOpen()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The app did not connect to Socket Mode within " + SlackWebApi.PATIENCE);
            }
            sleep(Duration.ofMillis(20));
        }
        app.send(envelope);
    }

    /** Waits for the app to acknowledge this envelope, and returns the acknowledgement. */
    JsonObject awaitAck(String envelopeId) {
        Instant deadline = Instant.now().plus(SlackWebApi.PATIENCE);
        synchronized (received) {
            while (true) {
                for (JsonObject message : received) {
                    if (message.has("envelope_id") && envelopeId.equals(message.get("envelope_id").getAsString())) {
                        return message;
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("No acknowledgement of " + envelopeId + "; received " + received);
                }
                try {
                    received.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    boolean connected() {
        return app != null && app.isOpen();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        app = connection;
        connection.send(SlackPayload.of("socket_mode_hello").json());
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        synchronized (received) {
            received.add(JsonParser.parseString(message).getAsJsonObject());
            received.notifyAll();
        }
    }

    @Override
    public void onMessage(WebSocket connection, ByteBuffer message) {
        // Slack's Socket Mode speaks text frames only.
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        if (connection == app) {
            app = null;
        }
    }

    @Override
    public void onError(@Nullable WebSocket connection, Exception e) {
        // A failed connection shows as a missing acknowledgement, with what was received.
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void close() throws InterruptedException {
        stop(1_000);
    }

    private static void sleep(Duration time) {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
