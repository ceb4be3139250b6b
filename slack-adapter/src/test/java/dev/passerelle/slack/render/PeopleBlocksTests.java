package dev.passerelle.slack.render;

import static dev.passerelle.slack.render.TestCards.CHANNEL;
import static dev.passerelle.slack.render.TestCards.PERMALINK;
import static dev.passerelle.slack.render.TestCards.TS;
import static dev.passerelle.slack.render.TestCards.person;
import static dev.passerelle.slack.render.TestCards.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeopleBlocksTests {

    private final BlockKit kit = new BlockKit(TestCards.knownLink());

    @ParameterizedTest
    @ValueSource(strings = {"U0123ABC", "W0ENTERPRISE"})
    void validUserIdBecomesAMention(String user) {
        assertThat(sectionText(person(user, "Alice Martin"))).startsWith("<@" + user + "> · Sales\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"person-12", "u0123abc", "U1", "U123>", "U123|x", "<!channel>", "C0123ABC", ""})
    void invalidUserIdShowsTheNameInstead(String user) {
        String text = sectionText(person(user, "Alice <Martin>"));

        assertThat(text).startsWith("*Alice &lt;Martin&gt;* · Sales").doesNotContain("<@");
    }

    @Test
    void reasonsAreBulletLines() {
        PersonCard alice = new PersonCard("U0123ABC", "Alice", null, 2, List.of(),
                List.of("wrote FAQ #12: CRM export", "answered in a thread: use the export button"));

        assertThat(sectionText(alice)).isEqualTo(
                "<@U0123ABC>\n• wrote FAQ #12: CRM export\n• answered in a thread: use the export button");
    }

    @Test
    void evidenceWithItsChannelIsLinked() {
        PersonCard alice = new PersonCard("U0123ABC", "Alice", null, 2, List.of(TS), List.of("x"),
                List.of(new PersonCard.Source(CHANNEL, TS)));

        List<String> texts = Rendered.strings(kit.blocks(reply(new Block.People(List.of(alice))), Language.EN));

        assertThat(texts).contains("Evidence: <" + PERMALINK + "|1>");
    }

    @Test
    void evidenceWithoutAKnownLinkAddsNoContextLine() {
        PersonCard alice = new PersonCard("U0123ABC", "Alice", null, 2, List.of(TS, "C999:1.2"), List.of("x"));

        JsonArray blocks = Rendered.json(kit.blocks(reply(new Block.People(List.of(alice))), Language.EN))
                .getAsJsonArray();

        assertThat(blocks).hasSize(1);
    }

    private String sectionText(PersonCard person) {
        return Rendered.json(kit.blocks(reply(new Block.People(List.of(person))), Language.EN)).getAsJsonArray().get(0)
                .getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
    }
}
