package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passerelle.teams.Recordings.Recording;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything Teams really posted, replayed in order through the whole bot (SDK, adapter, core), its replies going to
 * a fake connector: no activity fails. Invokes of features Passerelle does not offer (search extensions, task
 * modules and previews of other bots) are answered too, with a message, not the SDK's empty "not implemented".
 */
@RequiresSharedData(Recordings.FOLDER)
class RecordedTrafficReplayTests {

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

        if (body.path("type").asText().equals("invoke") && name.isEmpty()) {
            // Not an invoke Teams defines: the SDK's "not implemented" is the truth.
            assertThat(status).isEqualTo(501);
        } else if (body.path("type").asText().equals("invoke")) {
            assertThat(status).isEqualTo(200);
        } else {
            assertThat(status).isEqualTo(202);
        }
    }
}
