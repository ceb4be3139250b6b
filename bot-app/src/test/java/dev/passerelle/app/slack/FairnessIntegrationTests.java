package dev.passerelle.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * One person's burst neither starves another's questions nor loses captures: {@link Fairness}
 * against the real server in its own JVM. Only what does not depend on the machine's speed is
 * asserted; the latencies are printed, and their targets are checked on the full-size bench run
 * ({@code docs/durability.md}). {@code -Dfairness.captures=…} sets the burst's size.
 */
class FairnessIntegrationTests {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path workDir;

    @Test
    void answersEveryQuestionAndStoresEveryCaptureWhileAnotherPersonPostsABurst() {
        Fairness.Settings settings = new Fairness.Settings(Integer.getInteger("fairness.captures", 100), 16,
                Duration.ofMillis(200), 600, Duration.ofMillis(100), Duration.ofSeconds(60));

        Fairness.Result result = Fairness.run(TestServer.LAUNCH, workDir, settings);

        System.out.println("Fairness: " + result.summary());
        assertThat(result.capturesAcknowledged()).as("captures acknowledged").isEqualTo(settings.captures());
        assertThat(result.capturesStored()).as("acknowledged captures stored").isEqualTo(result.capturesAcknowledged());
        assertThat(result.answered()).as("questions answered in their thread, of %d", result.questions())
                .isEqualTo(result.questions());
    }
}
