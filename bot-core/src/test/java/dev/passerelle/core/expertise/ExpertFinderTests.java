package dev.passerelle.core.expertise;

import static dev.passerelle.core.expertise.ExpertFinder.recency;
import static dev.passerelle.core.expertise.ExpertFinder.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.DocStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How much each piece of evidence counts for its author, and how that fades with age. */
class ExpertFinderTests {

    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Nested
    class Weighing {

        @Test
        void confirmedAnswerWeighsMoreThanAGivenOne() {
            assertThat(weight(DocKind.ANSWER, DocStatus.CONFIRMED)).isEqualTo(4.0);
            assertThat(weight(DocKind.ANSWER, DocStatus.GIVEN)).isEqualTo(2.0);
        }

        @Test
        void confirmedAnswerOutweighsEvenAVerifiedFaq() {
            assertThat(weight(DocKind.ANSWER, DocStatus.CONFIRMED)).isGreaterThan(weight(DocKind.FAQ, DocStatus.VERIFIED));
        }

        @Test
        void verifiedFaqWeighsMoreThanADraftOne() {
            assertThat(weight(DocKind.FAQ, DocStatus.VERIFIED)).isEqualTo(3.9);
            assertThat(weight(DocKind.FAQ, DocStatus.DRAFT)).isEqualTo(3.0);
        }

        @Test
        void verifiedInsightWeighsMoreThanADraftOne() {
            assertThat(weight(DocKind.INSIGHT, DocStatus.VERIFIED)).isEqualTo(2.6);
            assertThat(weight(DocKind.INSIGHT, DocStatus.DRAFT)).isEqualTo(2.0);
        }

        @Test
        void staleFaqWeighsAsADraftOne() {
            assertThat(weight(DocKind.FAQ, DocStatus.STALE)).isEqualTo(weight(DocKind.FAQ, DocStatus.DRAFT));
        }

        @Test
        void declaredSkillWeighsMoreThanAGivenAnswerButLessThanADraftFaq() {
            assertThat(weight(DocKind.SKILL, DocStatus.DECLARED)).isEqualTo(2.5)
                    .isGreaterThan(weight(DocKind.ANSWER, DocStatus.GIVEN))
                    .isLessThan(weight(DocKind.FAQ, DocStatus.DRAFT));
        }

        @Test
        void painPointWeighsLeastOfAllEvidence() {
            double pain = weight(DocKind.PAIN_POINT, DocStatus.DRAFT);

            assertThat(pain).isEqualTo(0.5);
            for (DocKind kind : ExpertFinder.EVIDENCE_KINDS) {
                for (DocStatus status : DocStatus.values()) {
                    if (kind != DocKind.PAIN_POINT) {
                        assertThat(weight(kind, status)).as("%s %s", kind, status).isGreaterThan(pain);
                    }
                }
            }
        }

        @Test
        void questionIsNoEvidenceAndCountsForNothing() {
            assertThat(ExpertFinder.EVIDENCE_KINDS).doesNotContain(DocKind.QUESTION)
                    .containsAll(Arrays.stream(DocKind.values()).filter(k -> k != DocKind.QUESTION).toList());
            assertThat(weight(DocKind.QUESTION, DocStatus.OPEN)).isZero();
        }
    }

    @Nested
    class Decaying {

        @Test
        void freshEvidenceKeepsItsWholeWeight() {
            assertThat(recency(DocKind.FAQ, NOW.toEpochMilli(), CLOCK)).isEqualTo(1.0);
        }

        @Test
        void evidenceLosesHalfItsWeightInAYear() {
            assertThat(recency(DocKind.ANSWER, daysAgo(365), CLOCK)).isCloseTo(0.5, within(1e-9));
            assertThat(recency(DocKind.INSIGHT, daysAgo(365 / 2.0), CLOCK)).isCloseTo(Math.sqrt(0.5), within(1e-9));
        }

        @Test
        void oldEvidenceNeverFallsBelowTheFloor() {
            assertThat(recency(DocKind.FAQ, daysAgo(365 * 1.5), CLOCK)).isGreaterThan(0.35);
            assertThat(recency(DocKind.FAQ, daysAgo(365 * 2), CLOCK)).isEqualTo(0.35);
            assertThat(recency(DocKind.PAIN_POINT, daysAgo(365 * 20), CLOCK)).isEqualTo(0.35);
        }

        @Test
        void declaredSkillsDoNotDecay() {
            assertThat(recency(DocKind.SKILL, daysAgo(365 * 10), CLOCK)).isEqualTo(1.0);
        }

        @Test
        void evidenceDatedAfterNowCountsAsFresh() {
            assertThat(recency(DocKind.ANSWER, NOW.plus(Duration.ofDays(3)).toEpochMilli(), CLOCK)).isEqualTo(1.0);
        }
    }

    private static long daysAgo(double days) {
        return NOW.toEpochMilli() - (long) (days * 86_400_000L);
    }
}
