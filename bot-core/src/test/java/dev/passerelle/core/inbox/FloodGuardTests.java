package dev.passerelle.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.inbox.FloodGuard.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloodGuardTests {

    @Test
    void servesUpToTheLimitThenTellsOnceThenStaysQuiet() {
        FloodGuard guard = new FloodGuard(3);
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            verdicts.add(guard.check("alice"));
        }

        assertThat(verdicts).containsExactly(Verdict.SERVE, Verdict.SERVE, Verdict.SERVE, Verdict.QUIET_AND_TELL,
                Verdict.QUIET, Verdict.QUIET);
    }

    @Test
    void oneFloodLimitsNobodyElse() {
        FloodGuard guard = new FloodGuard(2);
        for (int i = 0; i < 10; i++) {
            guard.check("alice");
        }

        assertThat(guard.check("bob")).isEqualTo(Verdict.SERVE);
    }

    @Test
    void zeroMeansNoLimit() {
        FloodGuard guard = new FloodGuard(0);
        for (int i = 0; i < 1_000; i++) {
            assertThat(guard.check("script")).isEqualTo(Verdict.SERVE);
        }
    }
}
