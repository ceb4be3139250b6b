package dev.passerelle.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How an answer's relevance is weighed by its status, kind, freshness and people's feedback. */
class AnswersRankTests {

    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Nested
    class ByStatus {

        @Test
        void ranksVerifiedAboveDraftAboveStale() {
            assertThat(Answers.status(EntryStatus.VERIFIED)).isEqualTo(1.5);
            assertThat(Answers.status(EntryStatus.DRAFT)).isEqualTo(1.0);
            assertThat(Answers.status(EntryStatus.STALE)).isEqualTo(0.7);
        }
    }

    @Nested
    class ByKind {

        @Test
        void ranksFaqAboveInsightAbovePainPoint() {
            assertThat(Answers.kind(EntryKind.FAQ)).isEqualTo(1.2);
            assertThat(Answers.kind(EntryKind.INSIGHT)).isEqualTo(1.0);
            assertThat(Answers.kind(EntryKind.PAIN_POINT)).isEqualTo(0.6);
        }
    }

    @Nested
    class ByFreshness {

        @Test
        void keepsAFreshEntryWhole() {
            assertThat(Answers.freshness(NOW, CLOCK)).isEqualTo(1.0);
        }

        @Test
        void halvesOverTwoYearsAtMost() {
            assertThat(Answers.freshness(NOW.minus(Duration.ofDays(365)), CLOCK)).isCloseTo(Math.sqrt(0.5), within(1e-9));
            assertThat(Answers.freshness(NOW.minus(Duration.ofDays(730)), CLOCK)).isCloseTo(0.5, within(1e-9));
        }

        @Test
        void neverFallsBelowHalf() {
            assertThat(Answers.freshness(NOW.minus(Duration.ofDays(3650)), CLOCK)).isEqualTo(0.5);
        }

        @Test
        void treatsAnEntryUpdatedAfterNowAsFresh() {
            assertThat(Answers.freshness(NOW.plus(Duration.ofHours(1)), CLOCK)).isEqualTo(1.0);
        }
    }

    @Nested
    class ByFeedback {

        @Test
        void leavesAnEntryWithoutNetFeedbackAsItIs() {
            assertThat(Answers.feedback(0)).isEqualTo(1.0);
        }

        @Test
        void movesTenPercentPerNetVote() {
            assertThat(Answers.feedback(3)).isCloseTo(1.3, within(1e-9));
            assertThat(Answers.feedback(-3)).isCloseTo(0.7, within(1e-9));
        }

        @Test
        void staysWithinHalfAndDouble() {
            assertThat(Answers.feedback(10)).isEqualTo(2.0);
            assertThat(Answers.feedback(50)).isEqualTo(2.0);
            assertThat(Answers.feedback(-5)).isEqualTo(0.5);
            assertThat(Answers.feedback(-50)).isEqualTo(0.5);
        }
    }

    @Nested
    class Altogether {

        @Test
        void multipliesRelevanceByEveryFactorToThreeDecimals() {
            Entry faq = entry(EntryKind.FAQ, EntryStatus.VERIFIED, NOW, 2);

            // 1.23456 × 1.5 (verified) × 1.2 (FAQ) × 1 (fresh) × 1.2 (two helpful) = 2.6666496
            assertThat(Answers.rank(faq, 1.23456, CLOCK)).isEqualTo(2.667);
        }

        @Test
        void ranksAVerifiedFaqAboveAnEquallyRelevantStalePainPoint() {
            Entry faq = entry(EntryKind.FAQ, EntryStatus.VERIFIED, NOW, 0);
            Entry pain = entry(EntryKind.PAIN_POINT, EntryStatus.STALE, NOW, 0);

            assertThat(Answers.rank(faq, 1.0, CLOCK)).isGreaterThan(Answers.rank(pain, 1.0, CLOCK));
        }
    }

    private static Entry entry(EntryKind kind, EntryStatus status, Instant updatedAt, int helpful) {
        return new Entry(1, kind, status, null, "Où est le wiki RH ?", "Sur wiki.acme.fr/rh", Language.FR, 1,
                "local:local:general", false, null, null, 0, helpful, List.of(), updatedAt, updatedAt);
    }
}
