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
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How much each piece of evidence counts for its author, how that fades with age, and what names a topic. */
class ExpertFinderTests {

    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration YEAR = Duration.ofDays(365);

    @Nested
    class Weighing {

        @Test
        void rolesRankFromSolvingToComplaining() {
            assertThat(List.of(weight(DocKind.ANSWER, DocStatus.CONFIRMED), weight(DocKind.ANSWER, DocStatus.GIVEN),
                    weight(DocKind.FAQ, DocStatus.VERIFIED), weight(DocKind.FAQ, DocStatus.DRAFT),
                    weight(DocKind.SKILL, DocStatus.DECLARED), weight(DocKind.PAIN_POINT, DocStatus.DRAFT),
                    weight(DocKind.QUESTION, DocStatus.OPEN)))
                    .isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
        }

        @Test
        void anInsightWeighsAsAnFaqWithinItsStatusAndAboveASkill() {
            assertThat(weight(DocKind.INSIGHT, DocStatus.VERIFIED)).isGreaterThan(weight(DocKind.INSIGHT, DocStatus.DRAFT))
                    .isLessThan(weight(DocKind.ANSWER, DocStatus.GIVEN));
            assertThat(weight(DocKind.INSIGHT, DocStatus.DRAFT)).isGreaterThan(weight(DocKind.SKILL, DocStatus.DECLARED));
        }

        @Test
        void staleFaqWeighsAsADraftOne() {
            assertThat(weight(DocKind.FAQ, DocStatus.STALE)).isEqualTo(weight(DocKind.FAQ, DocStatus.DRAFT));
        }

        @Test
        void askingAndComplainingWeighNextToNothing() {
            for (DocKind kind : ExpertFinder.KNOWLEDGE_KINDS) {
                assertThat(weight(DocKind.PAIN_POINT, DocStatus.DRAFT)).isLessThan(weight(kind, DocStatus.DRAFT) / 20);
            }
            assertThat(weight(DocKind.QUESTION, DocStatus.OPEN)).isLessThan(weight(DocKind.PAIN_POINT, DocStatus.DRAFT));
        }

        @Test
        void questionsAreNotSearchedAsEvidenceAndComplaintsNameNobody() {
            assertThat(ExpertFinder.EVIDENCE_KINDS).doesNotContain(DocKind.QUESTION).contains(DocKind.PAIN_POINT);
            assertThat(ExpertFinder.KNOWLEDGE_KINDS).doesNotContain(DocKind.PAIN_POINT, DocKind.QUESTION);
        }
    }

    @Nested
    class Mentioning {

        @Test
        void aTextMentionsATopicWhenEachOfItsWordsBeginsOneOfTheText() {
            assertThat(ExpertFinder.mentions(words("Why does the VPN drop at home?"), "vpn")).isTrue();
            assertThat(ExpertFinder.mentions(words("qui connaît les congés payés ?"), "congé")).isTrue();
            assertThat(ExpertFinder.mentions(words("How do I export Salesforce reports"), "Salesforce report")).isTrue();
            assertThat(ExpertFinder.mentions(words("qui connaît le CRM ?"), "le VPN")).isFalse();
            assertThat(ExpertFinder.mentions(words("who knows payroll?"), "pay")).isTrue();
        }

        private static java.util.Set<String> words(String text) {
            return java.util.Set.of(dev.passerelle.core.vocabulary.Folding.caseAndAccents(text)
                    .split("[^\\p{L}\\p{N}]+"));
        }
    }

    @Nested
    class Decaying {

        @Test
        void freshEvidenceKeepsItsWholeWeight() {
            assertThat(recency(DocKind.FAQ, NOW.toEpochMilli(), CLOCK, YEAR)).isEqualTo(1.0);
        }

        @Test
        void evidenceLosesHalfItsWeightInAYear() {
            assertThat(recency(DocKind.ANSWER, daysAgo(365), CLOCK, YEAR)).isCloseTo(0.5, within(1e-9));
            assertThat(recency(DocKind.INSIGHT, daysAgo(365 / 2.0), CLOCK, YEAR)).isCloseTo(Math.sqrt(0.5), within(1e-9));
        }

        @Test
        void oldEvidenceNeverFallsBelowTheFloor() {
            assertThat(recency(DocKind.FAQ, daysAgo(365 * 1.5), CLOCK, YEAR)).isGreaterThan(0.35);
            assertThat(recency(DocKind.FAQ, daysAgo(365 * 2), CLOCK, YEAR)).isEqualTo(0.35);
            assertThat(recency(DocKind.PAIN_POINT, daysAgo(365 * 20), CLOCK, YEAR)).isEqualTo(0.35);
        }

        @Test
        void aShorterHalfLifeFadesFaster() {
            assertThat(recency(DocKind.ANSWER, daysAgo(30), CLOCK, Duration.ofDays(30))).isCloseTo(0.5, within(1e-9));
            assertThat(recency(DocKind.ANSWER, daysAgo(30), CLOCK, Duration.ofDays(30)))
                    .isLessThan(recency(DocKind.ANSWER, daysAgo(30), CLOCK, YEAR));
        }

        @Test
        void declaredSkillsDoNotDecay() {
            assertThat(recency(DocKind.SKILL, daysAgo(365 * 10), CLOCK, YEAR)).isEqualTo(1.0);
        }

        @Test
        void evidenceDatedAfterNowCountsAsFresh() {
            assertThat(recency(DocKind.ANSWER, NOW.plus(Duration.ofDays(3)).toEpochMilli(), CLOCK, YEAR)).isEqualTo(1.0);
        }
    }

    private static long daysAgo(double days) {
        return NOW.toEpochMilli() - (long) (days * 86_400_000L);
    }
}
