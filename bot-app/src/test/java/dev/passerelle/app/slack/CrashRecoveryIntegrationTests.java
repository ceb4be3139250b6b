package dev.passerelle.app.slack;

import static org.assertj.core.api.SoftAssertions.assertSoftly;

import dev.passerelle.app.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capture Slack was told was received survives a crash of the server: {@link CrashRecovery}
 * with a SIGKILL at a random moment of a stream of signed {@code #faq} messages, against the real
 * server in its own JVM. Small enough for the build by default; {@code -Ddurability.events=…
 * -Ddurability.rate=… -Ddurability.seed=…} replays a given run or a bigger one (the bench runs the
 * full size, see {@code docs/durability.md}).
 *
 * <p>The run's figures and seed are printed; on failure the work directory (database, server log)
 * is kept.
 */
class CrashRecoveryIntegrationTests {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path workDir;

    @Test
    void keepsEveryAcknowledgedCaptureExactlyOnceThroughASigkillAndSlacksRedeliveries() {
        CrashRecovery.Settings settings = new CrashRecovery.Settings(Integer.getInteger("durability.events", 200),
                Integer.getInteger("durability.rate", 100), Long.getLong("durability.seed", System.nanoTime()), 20,
                Duration.ofSeconds(60));
        System.out.println("Crash recovery, seed " + settings.seed() + ", work directory " + workDir);

        CrashRecovery.Result result = CrashRecovery.run(TestServer.LAUNCH, workDir, settings);

        System.out.println(result.summary());
        assertSoftly(softly -> {
            softly.assertThat(result.acknowledged()).as("events acknowledged before the SIGKILL")
                    .isPositive().isLessThan(settings.events());
            // The contract: a 200 means the event is recorded, so a crash after it loses nothing.
            softly.assertThat(result.lost()).as("acknowledged messages with no entry after the restart (seed %d)",
                    settings.seed()).isEmpty();
            softly.assertThat(result.duplicated()).as("messages stored more than once").isEmpty();
            softly.assertThat(result.redeliveriesAcknowledged()).as("redeliveries acknowledged")
                    .isEqualTo(result.redelivered());
            softly.assertThat(result.createdByRedelivery()).as("entries created by redeliveries").isZero();
        });
    }
}
