package dev.passerelle.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Passerelle's Teams bot on a real knowledge base, fed activities as Teams posts them (on loopback, without an app
 * id, as with the Agents Playground), answering to a fake Bot Connector. Marie curates.
 */
final class TeamsHarness implements AutoCloseable {

    static final String MANAGER = "29:marie";
    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeConnector connector = new FakeConnector();
    final Passerelle passerelle;
    final PasserelleTeams teams;
    final StoredInbox inbox;

    TeamsHarness(Path data, String... moreManagers) {
        Set<String> managers = new java.util.HashSet<>(Set.of(moreManagers));
        managers.add(MANAGER);
        passerelle = Passerelle.open(data, new Settings(Language.EN, managers, Set.of(), Settings.DEFAULT_MAX_TEXT_LENGTH),
                Clock.systemUTC());
        inbox = new StoredInbox(data);
        teams = new PasserelleTeams(TeamsSettings.local(), passerelle.inbox(), passerelle.postedReplies(),
                passerelle.addresses(), passerelle.pendingFiles(), Language.EN,
                Executors.newVirtualThreadPerTaskExecutor());
    }

    /** The status and JSON body Passerelle answered to this activity. */
    record Answer(int status, JsonNode body) {}

    Answer post(String payload) {
        return post(payload, json -> { });
    }

    Answer post(String payload, Consumer<ObjectNode> change) {
        ObjectNode activity = Payloads.json(payload, connector.serviceUrl());
        change.accept(activity);
        try {
            PasserelleTeams.HttpAnswer answer = teams.handle(Payloads.bytes(activity), null, true).get(30, TimeUnit.SECONDS);
            return new Answer(answer.status(), answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError("Teams did not answer " + payload, e);
        }
    }

    /** A recorded activity, its service URL pointed at the fake connector. */
    Answer post(Recordings.Recording recording, ObjectNode body) {
        body.put("serviceUrl", connector.serviceUrl());
        try {
            PasserelleTeams.HttpAnswer answer = teams.handle(Payloads.bytes(body), null, true).get(30, TimeUnit.SECONDS);
            return new Answer(answer.status(), answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError("Teams did not answer " + recording, e);
        }
    }

    @Override
    public void close() {
        teams.close();
        passerelle.close();
        connector.close();
    }
}
