package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.vocabulary.Language;
import org.junit.jupiter.api.Test;

/** The gaps commands' words, English and French. */
class GapWordsTests {

    private final CommandParser parser = new CommandParser();

    Command parse(String text) {
        return parser.parse(text, false).orElseThrow().command();
    }

    @Test
    void gapsTakesATeamAndAPage() {
        assertThat(parse("/kb gaps")).isEqualTo(new Command.Gaps(null, 1));
        assertThat(parse("/kb lacunes page 3")).isEqualTo(new Command.Gaps(null, 3));
        assertThat(parse("/kb gaps Customer Success p 2")).isEqualTo(new Command.Gaps("Customer Success", 2));
        assertThat(parse("/kb gaps page")).isEqualTo(new Command.Invalid("usage.gaps"));
        assertThat(parser.parse("/kb lacunes", false).orElseThrow().language()).contains(Language.FR);
    }

    @Test
    void answerLinkAndRouteInBothLanguages() {
        assertThat(parse("/kb answer 12 In the Sales drive")).isEqualTo(new Command.AnswerGap("12", "In the Sales drive"));
        assertThat(parse("/kb répondre #12 Dans le drive")).isEqualTo(new Command.AnswerGap("#12", "Dans le drive"));
        assertThat(parse("/kb link 12 to 5")).isEqualTo(new Command.LinkGap("12", "5"));
        assertThat(parse("/kb lier 12 à #5")).isEqualTo(new Command.LinkGap("12", "#5"));
        assertThat(parse("/kb route 12 @bob")).isEqualTo(new Command.RouteGap("12", "@bob"));
        assertThat(parse("/kb router 12 <@U123|bob>")).isEqualTo(new Command.RouteGap("12", "<@U123|bob>"));
        assertThat(parse("/kb answer 12")).isEqualTo(new Command.Invalid("usage.answer"));
        assertThat(parse("/kb link 12 to")).isEqualTo(new Command.Invalid("usage.link"));
        assertThat(parse("/kb route 12")).isEqualTo(new Command.Invalid("usage.route"));
    }

    @Test
    void withoutTheSlashOnlyExactFormsAreCommands() {
        assertThat(parser.parse("route 66 is a famous road", true)).isEmpty();
        assertThat(parser.parse("answer 12 In the drive", true)).map(CommandParser.Parsed::command)
                .contains(new Command.AnswerGap("12", "In the drive"));
    }
}
