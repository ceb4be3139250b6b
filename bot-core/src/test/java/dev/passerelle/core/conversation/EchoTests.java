package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Echo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EchoTests {

    @ParameterizedTest
    @ValueSource(strings = {"@channel", "@here", "@everyone", "@Channel", "<!channel>", "<!here|here>", "<!everyone>",
            "<!subteam^S123|@devs>", "< !channel>", "<@U123>", "<#C123|general>"})
    void massMentionsAndPlatformMentionMarkupNeverSurvive(String ping) {
        String safe = Echo.neutralise("hey " + ping + " look");

        assertThat(safe).doesNotContain(ping);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Write @channel or <!here> to alert", "ping @everyone now"})
    void neutralisedTextStillReadsTheSame(String text) {
        assertThat(Echo.neutralise(text).replace("\u2060", "")).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"write to bob@example.com", "Here we go", "channel 5 at 3pm", "a < b and c > d"})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(Echo.neutralise(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"@here", "<!channel>"})
    void everyReplyTypeNeutralisesWhatItHolds(String ping) {
        Reply reply = new Reply("say " + ping, null, false, List.of(new Block.Section(ping),
                new Block.People(List.of(new PersonCard("u1", ping, ping, 1, List.of(), List.of(ping))))));

        assertThat(reply.text()).doesNotContain(ping);
        assertThat(((Block.Section) reply.blocks().getFirst()).text()).doesNotContain(ping);
        PersonCard card = reply.people().getFirst();
        assertThat(List.of(card.name(), card.team(), card.reasons().getFirst())).noneMatch(s -> s.contains(ping));
    }
}
