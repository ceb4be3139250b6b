package dev.passerelle.app.slack;

import dev.passerelle.app.ReadOnlyDatabase;
import dev.passerelle.app.ServerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Set;

/**
 * Passerelle deployed for Slack over HTTP, in a JVM of its own: the secrets in its environment
 * as an operator sets them, its Web API pointed at the local stand-in, its database read from
 * the side. Everything lives under one work directory: {@code data/} and {@code server.log}.
 */
final class SlackDeployment implements AutoCloseable {

    private final SlackWebApi slack;
    private final ServerProcess server;

    private SlackDeployment(SlackWebApi slack, ServerProcess server) {
        this.slack = slack;
        this.server = server;
    }

    static SlackDeployment start(ServerProcess.Launch launch, Path workDir, String... serverArguments) {
        SlackWebApi slack = SlackWebApi.start();
        TestWorkspace.install(slack);
        try {
            Path data = Files.createDirectories(workDir.resolve("data"));
            ServerProcess server = ServerProcess.start(launch, data,
                    Map.of("SLACK_SIGNING_SECRET", TestWorkspace.SIGNING_SECRET,
                            "SLACK_BOT_TOKEN", TestWorkspace.BOT_TOKEN),
                    Stream.concat(Stream.of("--passerelle.slack.api-url=" + slack.apiUrl()), Stream.of(serverArguments))
                            .toList(), workDir.resolve("server.log"));
            return new SlackDeployment(slack, server);
        } catch (IOException e) {
            slack.close();
            throw new UncheckedIOException("Cannot prepare the data directory under " + workDir, e);
        } catch (RuntimeException e) {
            slack.close();
            throw e;
        }
    }

    SlackWebApi slack() {
        return slack;
    }

    ServerProcess server() {
        return server;
    }

    /** A client with no connection open yet: after a restart, the old client's kept-alive connections are dead. */
    SignedSlackClient client() {
        return new SignedSlackClient(server.port());
    }

    /**
     * Posts one capture and waits until it is stored; returns its message's timestamp. The first
     * one also warms the server up: its first Slack request loads the whole Slack path.
     */
    String capture(String user, String text, Duration patience) {
        String ts = SlackIds.ts();
        try (SignedSlackClient app = client()) {
            PostedEvent.awaitAll(List.of(PostedEvent.post(app, ts, SlackPayload.message(user, TestWorkspace.GENERAL,
                    text, ts))), patience);
        }
        StoredSources stored = new StoredSources(database(), TestWorkspace.GENERAL);
        stored.awaitSettled(Set.of(ts), patience, patience);
        if (!stored.entriesBySource().containsKey(ts)) {
            throw new IllegalStateException("A capture was not stored within " + patience.toSeconds() + " s"
                    + server.logTail());
        }
        return ts;
    }

    ReadOnlyDatabase database() {
        return new ReadOnlyDatabase(server.dataDir().resolve("passerelle.db"));
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            slack.close();
        }
    }
}
