package dev.passerelle.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.passerelle.core.knowledge.Confidence.Features;
import dev.passerelle.core.knowledge.Confidence.Level;
import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.DocStatus;
import dev.passerelle.core.search.DocType;
import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.SearchResult;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The features read from a ranked list, and the model's boundaries between the three outcomes. */
class ConfidenceTests {

    /** p = 1 / (1 + e^-(share * 4 - 2)): 0.5 at share 0.5, 0.88 at share 1. */
    private final Confidence byShare = new Confidence(new double[] {-2, 4, 0, 0, 0, 0, 0}, 0.5, 0.2);

    @Nested
    class Features_ {

        @Test
        void readsSharesScoreRatioAndMarginFromTheFirstTwoMatches() {
            SearchResult result = new SearchResult(4, 10, 20, List.of());
            Features features = Features.of(result, List.of(match(8, 3, 4, 6), match(2, 1, 1, 1)));

            assertThat(features.share()).isCloseTo(0.6, within(1e-9));
            assertThat(features.titleShare()).isCloseTo(0.4, within(1e-9));
            assertThat(features.scoreRatio()).isCloseTo(0.4, within(1e-9));
            assertThat(features.margin()).isCloseTo(0.75, within(1e-9));
            assertThat(features.matched()).isEqualTo(3);
            assertThat(features.words()).isEqualTo(4);
        }

        @Test
        void givesAFullMarginToALoneMatchAndCapsTheScoreRatio() {
            Features features = Features.of(new SearchResult(1, 2, 4, List.of()), List.of(match(9, 1, 2, 2)));

            assertThat(features.margin()).isEqualTo(1.0);
            assertThat(features.scoreRatio()).isEqualTo(1.0);
        }

        @Test
        void hasNothingWithoutAMatchOrAMeaningfulWord() {
            assertThat(Features.of(SearchResult.empty(), List.of()).matched()).isZero();
            assertThat(Features.of(new SearchResult(2, 0, 0, List.of()), List.of(match(1, 1, 0, 0))).share()).isZero();
        }
    }

    @Nested
    class Levels {

        @Test
        void isConfidentFromTheConfidentThresholdOn() {
            assertThat(byShare.probability(withShare(0.5))).isCloseTo(0.5, within(1e-9));
            assertThat(byShare.level(withShare(0.5))).isEqualTo(Level.CONFIDENT);
            assertThat(byShare.level(withShare(0.49))).isEqualTo(Level.LIKELY);
        }

        @Test
        void isLikelyDownToTheLikelyThreshold() {
            // p = 0.2 at share (2 - ln 4) / 4.
            double atLikely = (2 - Math.log(4)) / 4;
            assertThat(byShare.level(withShare(atLikely + 1e-6))).isEqualTo(Level.LIKELY);
            assertThat(byShare.level(withShare(atLikely - 1e-6))).isEqualTo(Level.NONE);
        }

        @Test
        void neverAnswersWhenNoWordMatched() {
            Confidence eager = new Confidence(new double[] {5, 0, 0, 0, 0, 0, 0}, 0.5, 0.2);

            assertThat(eager.level(new Features(0, 0, 0, 0, 0, 3))).isEqualTo(Level.NONE);
            assertThat(eager.level(new Features(0.1, 0, 0, 0, 1, 3))).isEqualTo(Level.CONFIDENT);
        }

        @Test
        void refusesAModelOfTheWrongSizeOrThresholdsOutOfOrder() {
            assertThatThrownBy(() -> new Confidence(new double[] {1, 2}, 0.5, 0.2))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Confidence(new double[7], 0.2, 0.5))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void calibratedModelRanksAFullTitleMatchAboveAHalfBodyMatch() {
            Confidence calibrated = Confidence.calibrated();
            Features full = new Features(1, 1, 0.8, 0.5, 4, 4);
            Features half = new Features(0.5, 0, 0.2, 0.05, 2, 4);

            assertThat(calibrated.probability(full)).isGreaterThan(calibrated.probability(half));
            assertThat(calibrated.level(full)).isEqualTo(Level.CONFIDENT);
            assertThat(calibrated.level(half)).isNotEqualTo(Level.CONFIDENT);
        }
    }

    private static Features withShare(double share) {
        return new Features(share, 0, 0, 0, 1, 2);
    }

    private static SearchResult.Match match(double score, int words, double titleWeight, double weight) {
        return new SearchResult.Match(new Hit(DocType.ENTRY, 1, 1, DocKind.FAQ, DocStatus.VERIFIED, score, 0), words,
                titleWeight, weight);
    }
}
