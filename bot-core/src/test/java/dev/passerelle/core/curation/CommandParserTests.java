package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.curation.Command.SkillAction;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandParserTests {

    private final CommandParser parser = new CommandParser();

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("/kb help", new Command.Help(), Language.EN),
                Arguments.of("/kb aide", new Command.Help(), Language.FR),
                Arguments.of("/KB   Help", new Command.Help(), Language.EN),
                Arguments.of("/kb ask how do I reset?", new Command.Ask("how do I reset?"), Language.EN),
                Arguments.of("/kb demande où sont les devis ?", new Command.Ask("où sont les devis ?"), Language.FR),
                Arguments.of("/kb who CRM", new Command.Who("CRM"), Language.EN),
                Arguments.of("/kb qui facturation", new Command.Who("facturation"), Language.FR),
                Arguments.of("/kb add faq Q? | A", new Command.Add(EntryKind.FAQ, "Q? | A"), Language.EN),
                Arguments.of("/kb add insight tip", new Command.Add(EntryKind.INSIGHT, "tip"), Language.EN),
                Arguments.of("/kb add pain slow", new Command.Add(EntryKind.PAIN_POINT, "slow"), Language.EN),
                Arguments.of("/kb ajoute astuce truc", new Command.Add(EntryKind.INSIGHT, "truc"), Language.FR),
                Arguments.of("/kb ajoute irritant lent", new Command.Add(EntryKind.PAIN_POINT, "lent"), Language.FR),
                Arguments.of("/kb skills", new Command.Skills(SkillAction.LIST, List.of()), Language.EN),
                Arguments.of("/kb skills add CRM, SQL", new Command.Skills(SkillAction.ADD, List.of("CRM", "SQL")),
                        Language.EN),
                Arguments.of("/kb compétences retire SQL", new Command.Skills(SkillAction.REMOVE, List.of("SQL")),
                        Language.FR),
                Arguments.of("/kb team Sales", new Command.Team("Sales"), Language.EN),
                Arguments.of("/kb équipe", new Command.Team(null), Language.FR),
                Arguments.of("/kb me", new Command.Me(), Language.EN),
                Arguments.of("/kb moi", new Command.Me(), Language.FR),
                Arguments.of("/kb show #12", new Command.Show("#12"), Language.EN),
                Arguments.of("/kb montre 12", new Command.Show("12"), Language.FR),
                Arguments.of("/kb painpoints", new Command.PainPoints(), Language.EN),
                Arguments.of("/kb irritants", new Command.PainPoints(), Language.FR),
                Arguments.of("/kb pending", new Command.Pending(), Language.EN),
                Arguments.of("/kb attente", new Command.Pending(), Language.FR),
                Arguments.of("/kb verify 3", new Command.Verify("3"), Language.EN),
                Arguments.of("/kb valide 3", new Command.Verify("3"), Language.FR));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void readsEveryCommandAndItsFrenchAlias(String text, Command expected, Language language) {
        assertThat(parser.parse(text, false)).hasValueSatisfying(parsed -> {
            assertThat(parsed.command()).isEqualTo(expected);
            assertThat(parsed.language()).contains(language);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kb ask", "/kb who", "/kb add", "/kb add faq", "/kb add recipe cake", "/kb skills add",
            "/kb skills juggle CRM", "/kb show", "/kb verify", "/kb archive"})
    void aKnownCommandUsedWronglyIsInvalid(String text) {
        assertThat(parser.parse(text, false)).hasValueSatisfying(
                parsed -> assertThat(parsed.command()).isInstanceOf(Command.Invalid.class));
    }

    @Test
    void anUnknownWordAfterKbIsReported() {
        assertThat(parser.parse("/kb frobnicate", false).map(Parsed -> Parsed.command()))
                .contains(new Command.Unknown("frobnicate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "aide", "me", "painpoints", "show 12", "verify #4", "skills add CRM",
            "painpoints resolved", "irritants pris en compte page 2"})
    void aMessageToTheBotThatIsExactlyACommandRunsIt(String text) {
        assertThat(parser.parse(text, true)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aide-moi avec le VPN", "help me with the VPN please", "team meeting at 3?",
            "show me the invoicing FAQ", "me too", "verify the numbers", "hello there", "ask",
            "painpoints of the sales team?"})
    void aSentenceToTheBotThatMerelyStartsWithACommandWordIsNotOne(String text) {
        assertThat(parser.parse(text, true)).isEmpty();
    }

    @Test
    void aSlashCommandOtherThanKbTypedToTheBotIsReadAsOne() {
        assertThat(parser.parse("/help", true).map(CommandParser.Parsed::command)).containsInstanceOf(Command.Help.class);
        assertThat(parser.parse("/aide", true).map(CommandParser.Parsed::language)).contains(Optional.of(Language.FR));
        assertThat(parser.parse("/frobnicate", true).map(CommandParser.Parsed::command))
                .contains(new Command.Unknown("/frobnicate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/usr/share is full", "/ marche pas", "/quit"})
    void aPathOrASlashAloneIsNoCommandAndNothingUnaddressedIs(String text) {
        assertThat(parser.parse(text, !text.equals("/quit"))).isEmpty();
    }

    @Test
    void textNotAddressedToTheBotIsNeverACommandWithoutKb() {
        assertThat(parser.parse("help", false)).isEqualTo(Optional.empty());
    }
}
