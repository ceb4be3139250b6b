package dev.passerelle.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackTextTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '⇒', textBlock = """
            <@UBOT> help                                 ⇒ help
            <@UBOT|passerelle>: qui connaît SAP ?        ⇒ qui connaît SAP ?
            ask <@U42> about <#C1|general>               ⇒ ask @U42 about #general
            see <https://x.example/a?b=1&amp;c=2>        ⇒ see https://x.example/a?b=1&c=2
            see <https://x.example|the doc>              ⇒ see the doc (https://x.example)
            hey <!here> and <!channel>                   ⇒ hey @here and @channel
            ping <!subteam^S123|@devs>                   ⇒ ping @devs
            a &lt;b&gt; &amp; c                         ⇒ a <b> & c
            """)
    void slackMarkupBecomesPlainText(String slack, String plain) {
        assertThat(SlackText.plain(slack, "UBOT")).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource({"'<@UBOT> hi', true", "'hi <@UBOT|passerelle>', true", "'hi <@UOTHER>', false", "'UBOT', false"})
    void knowsWhenTheBotIsMentioned(String text, boolean mentioned) {
        assertThat(SlackText.mentions(text, "UBOT")).isEqualTo(mentioned);
    }
}
