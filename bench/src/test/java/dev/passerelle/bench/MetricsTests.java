package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTests {

    @Test
    void averagePrecisionIsTheMeanPrecisionAtEachRelevantResultInTheList() {
        Metrics.Tally tally = new Metrics.Tally();
        tally.add(List.of("a", "x", "b", "y"), Set.of("a", "b", "c"));

        // Relevant at ranks 1 and 3: (1/1 + 2/3) / 2, "c" (never returned) does not count, as in BERT-FAQ.
        assertThat(tally.metrics().map()).isCloseTo((1 + 2.0 / 3) / 2, within(1e-9));
    }

    @Test
    void aQueryWithNothingRelevantReturnedScoresZeroEverywhere() {
        Metrics.Tally tally = new Metrics.Tally();
        tally.add(List.of("x", "y"), Set.of("a"));
        tally.add(List.of(), Set.of("a"));

        Metrics metrics = tally.metrics();
        assertThat(metrics.queries()).isEqualTo(2);
        assertThat(metrics.answered()).isEqualTo(1);
        assertThat(metrics.map()).isZero();
        assertThat(metrics.mrrAt5()).isZero();
        assertThat(metrics.precisionAt1WhenAnswered()).isZero();
    }

    @Test
    void hitsAndReciprocalRankCountOnlyTheFirstFive() {
        Metrics.Tally tally = new Metrics.Tally();
        tally.add(List.of("a"), Set.of("a"));
        tally.add(List.of("x", "a"), Set.of("a"));
        tally.add(List.of("1", "2", "3", "4", "5", "a"), Set.of("a"));

        Metrics metrics = tally.metrics();
        assertThat(metrics.hitAt1()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(metrics.hitAt5()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(metrics.mrrAt5()).isCloseTo((1 + 0.5) / 3, within(1e-9));
        assertThat(metrics.precisionAt1WhenAnswered()).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void anEntryFromOutsideTheDatasetIsNeverRelevant() {
        Metrics.Tally tally = new Metrics.Tally();
        tally.add(Arrays.asList(null, "a"), Set.of("a"));

        assertThat(tally.metrics().hitsAt1()).isZero();
        assertThat(tally.metrics().mrrAt5()).isEqualTo(0.5);
    }

    @Test
    void anEvenSampleKeepsTheFirstItemAndSpreadsTheRest() {
        List<Integer> all = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

        assertThat(RetrievalQuality.sample(all, 5)).containsExactly(0, 2, 4, 6, 8);
        assertThat(RetrievalQuality.sample(all, 0)).isEqualTo(all);
        assertThat(RetrievalQuality.sample(all, 20)).isEqualTo(all);
    }
}
