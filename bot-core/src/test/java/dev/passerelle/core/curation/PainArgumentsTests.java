package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.PainStatus;
import org.junit.jupiter.api.Test;

/** The words of the pain-point register, English and French. */
class PainArgumentsTests {

    private final CommandParser parser = new CommandParser();

    private Command parse(String text) {
        return parser.parse(text, false).orElseThrow().command();
    }

    @Test
    void painpointsReadsTeamStatusAndPageInAnyOrder() {
        assertThat(parse("/kb painpoints")).isEqualTo(new Command.PainPoints());
        assertThat(parse("/kb painpoints Sales resolved page 2"))
                .isEqualTo(new Command.PainPoints("Sales", PainStatus.RESOLVED, 2));
        assertThat(parse("/kb irritants Service client pris en compte page 3"))
                .isEqualTo(new Command.PainPoints("Service client", PainStatus.ACKNOWLEDGED, 3));
        assertThat(parse("/kb irritants résolus")).isEqualTo(new Command.PainPoints(null, PainStatus.RESOLVED, 1));
        assertThat(parse("/kb painpoints page 0")).isEqualTo(new Command.Invalid("usage.painpoints"));
    }

    @Test
    void painReadsTheMoveAndItsNote() {
        assertThat(parse("/kb pain 12 acknowledge on it this week"))
                .isEqualTo(new Command.PainMove("12", PainStatus.ACKNOWLEDGED, "on it this week"));
        assertThat(parse("/kb irritant #12 pris en compte on s’en occupe"))
                .isEqualTo(new Command.PainMove("#12", PainStatus.ACKNOWLEDGED, "on s’en occupe"));
        assertThat(parse("/kb irritant 12 résolu")).isEqualTo(new Command.PainMove("12", PainStatus.RESOLVED, null));
        assertThat(parse("/kb pain 12 reopen")).isEqualTo(new Command.PainMove("12", PainStatus.OPEN, null));
        assertThat(parse("/kb irritant 12 responsable @kim")).isEqualTo(new Command.PainOwner("12", "@kim"));
        assertThat(parse("/kb pain 12")).isEqualTo(new Command.Invalid("usage.pain"));
        assertThat(parse("/kb pain 12 owner")).isEqualTo(new Command.Invalid("usage.pain"));
    }

    @Test
    void theFrenchWordsSayTheLanguage() {
        assertThat(parser.parse("/kb irritant 12 résolu", false).orElseThrow().language()).contains(Language.FR);
        assertThat(parser.parse("/kb pain 12 resolve", false).orElseThrow().language()).contains(Language.EN);
    }

    @Test
    void withoutTheSlashCommandOnlyTheExactFormCounts() {
        assertThat(parser.parse("pain au chocolat ce matin ?", true)).isEmpty();
        assertThat(parser.parse("pain 12 resolve", true).orElseThrow().command())
                .isEqualTo(new Command.PainMove("12", PainStatus.RESOLVED, null));
    }

    @Test
    void mentionsOfEveryPlatformNameThePerson() {
        assertThat(PainCommands.mentioned("<@U123|kim>")).isEqualTo("U123");
        assertThat(PainCommands.mentioned("<at>Kim Lee</at>")).isEqualTo("Kim Lee");
        assertThat(PainCommands.mentioned("@kim")).isEqualTo("kim");
    }
}
