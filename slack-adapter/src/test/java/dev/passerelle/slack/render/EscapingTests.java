package dev.passerelle.slack.render;

import static dev.passerelle.slack.render.TestCards.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Home;
import dev.passerelle.core.conversation.PersonCard;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever users wrote, nothing Slack would read as a mention, broadcast or link survives. */
class EscapingTests {

    private static final String HOSTILE = "<!channel> <!here> @channel @here @everyone <@U999> "
            + "<!subteam^S1|@devs> <#C42|general> <https://evil.example|click> & < >";
    private static final List<String> FORBIDDEN = List.of("<!channel>", "<!here>", "<!subteam", "<@U999>", "<#C42",
            "@channel", "@here", "@everyone", "<!");

    private final BlockKit kit = new BlockKit(TestCards.knownLink());

    @Test
    void replyBlocksNeverCarryRawMarkup() {
        Reply reply = new Reply(HOSTILE, null, false, List.of(
                new Block.Section(HOSTILE),
                new Block.Fields(List.of(new Block.Field(HOSTILE, HOSTILE))),
                new Block.Entries(List.of(entry(1).title(HOSTILE).body(HOSTILE).build()
                                .withButtons(List.of(new Block.Button(HOSTILE, Action.HELPFUL, 1))),
                        entry(2).kind(EntryKind.PAIN_POINT).status(EntryStatus.DRAFT).title(HOSTILE).body(HOSTILE)
                                .build())),
                new Block.People(List.of(hostilePerson("U0123ABC"), hostilePerson(HOSTILE)))));

        assertClean(Rendered.strings(kit.blocks(reply, Language.EN)));
        assertClean(List.of(kit.fallbackText(reply)));
    }

    @Test
    void mrkdwnTextKeepsOnlyTheBotsOwnMarkup() {
        Reply reply = new Reply("x", null, false, List.of(new Block.Section(HOSTILE),
                new Block.People(List.of(hostilePerson("U0123ABC")))));

        String text = Rendered.text(kit.blocks(reply, Language.EN)).replace("<@U0123ABC>", "");

        assertThat(text).doesNotContain("<", ">").contains("&lt;", "&gt;", "&amp;");
    }

    @Test
    void homeTabNeverCarriesRawMarkup() {
        PersonCard me = hostilePerson("U0123ABC");
        Home home = new Home(Language.EN, me, List.of(HOSTILE), "knowledge manager",
                List.of(entry(1).kind(EntryKind.QUESTION).status(EntryStatus.OPEN).title(HOSTILE).build()),
                List.of(entry(2).kind(EntryKind.PAIN_POINT).title(HOSTILE).build()),
                List.of(entry(3).status(EntryStatus.DRAFT).title(HOSTILE).build()));

        assertClean(Rendered.strings(kit.home(home)));
    }

    private static PersonCard hostilePerson(String user) {
        return new PersonCard(user, HOSTILE, HOSTILE, 1, List.of(HOSTILE), List.of(HOSTILE, HOSTILE));
    }

    private static void assertClean(List<String> strings) {
        assertThat(strings).isNotEmpty();
        for (String text : strings) {
            for (String forbidden : FORBIDDEN) {
                assertThat(text).as("rendered text %s", text).doesNotContainIgnoringCase(forbidden);
            }
        }
    }
}
