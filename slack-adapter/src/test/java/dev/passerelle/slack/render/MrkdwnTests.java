package dev.passerelle.slack.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MrkdwnTests {

    @Nested
    class Escape {

        @Test
        void escapesAmpersandAndAngleBrackets() {
            assertThat(Mrkdwn.escape("R&D <b> x > y")).isEqualTo("R&amp;D &lt;b&gt; x &gt; y");
        }

        @ParameterizedTest
        @ValueSource(strings = {"<!channel>", "<!here>", "<!everyone>", "<@U999>", "<#C123|general>",
                "<!subteam^S1|@devs>", "<https://evil.example|click>"})
        void slackMarkupCannotForm(String hostile) {
            assertThat(Mrkdwn.escape("hi " + hostile)).doesNotContain("<", ">");
        }

        @ParameterizedTest
        @ValueSource(strings = {"@channel", "@here", "@everyone", "@Channel"})
        void broadcastWordsAreBroken(String broadcast) {
            assertThat(Mrkdwn.escape("ping " + broadcast + " now")).doesNotContainIgnoringCase(broadcast);
        }

        @Test
        void ordinaryTextIsUnchanged() {
            assertThat(Mrkdwn.escape("Exporter le CRM : Paramètres → Export")).isEqualTo(
                    "Exporter le CRM : Paramètres → Export");
        }
    }

    @Nested
    class Truncate {

        @Test
        void keepsTextWithinTheLimit() {
            assertThat(Mrkdwn.truncate("short", 5)).isEqualTo("short");
        }

        @Test
        void cutsToTheLimitWithAnEllipsis() {
            assertThat(Mrkdwn.truncate("abcdefghij", 5)).isEqualTo("abcd…");
        }

        @Test
        void neverSplitsAnEscapedEntity() {
            String escaped = Mrkdwn.escape("abc<def");

            assertThat(Mrkdwn.truncate(escaped, 6)).isEqualTo("abc…");
        }

        @Test
        void neverSplitsASurrogatePair() {
            String truncated = Mrkdwn.truncate("ab😀cdef", 4);

            assertThat(truncated).isEqualTo("ab…");
        }

        @Test
        void escapeWithLimitCountsTheEscapedLength() {
            String escaped = Mrkdwn.escape("&".repeat(100), 50);

            assertThat(escaped).hasSizeLessThanOrEqualTo(50).endsWith("&amp;…");
        }

        @Test
        void refusesALimitBelowOne() {
            assertThatThrownBy(() -> Mrkdwn.truncate("x", 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
