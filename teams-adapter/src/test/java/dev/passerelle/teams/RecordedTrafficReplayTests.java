package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.teams.Recordings.Recording;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything Teams really posted, replayed in order through the whole bot (SDK, adapter, core), its replies going to
 * a fake connector: no activity fails. Invokes of features Passerelle does not offer (search extensions, task
 * modules of other bots) are answered "not implemented", as the SDK does.
 */
@RequiresSharedData(Recordings.FOLDER)
class RecordedTrafficReplayTests {

    private static final Set<String> NOT_OFFERED = Set.of("composeExtension/query", "composeExtension/queryLink",
            "task/fetch", "task/submit");

    @TempDir
    static Path data;
    private static TeamsHarness teams;

    @BeforeAll
    static void start() {
        teams = new TeamsHarness(data);
    }

    @AfterAll
    static void stop() {
        teams.close();
    }

    static List<Recording> requests() {
        return Recordings.requests();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyRecordedActivityIsHandledWithoutFailure(Recording recording) {
        ObjectNode body = recording.body().deepCopy();
        String name = body.path("name").asText("");

        int status = teams.post(recording, body).status();

        if (NOT_OFFERED.contains(name) || body.path("type").asText().equals("invoke") && name.isEmpty()) {
            assertThat(status).isEqualTo(501);
        } else if (body.path("value").path("botMessagePreviewAction").isTextual()) {
            // A preview of another bot's card being sent: not a Passerelle flow either.
            assertThat(status).isEqualTo(501);
        } else if (body.path("type").asText().equals("invoke")) {
            assertThat(status).isEqualTo(200);
        } else {
            assertThat(status).isEqualTo(202);
        }
    }
}
