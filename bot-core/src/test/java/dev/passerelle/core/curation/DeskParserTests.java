package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Role;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeskParserTests {

    private final CommandParser parser = new CommandParser();

    static Stream<Arguments> desk() {
        return Stream.of(
                Arguments.of("/kb stats", new Command.Stats(30, "30d"), null),
                Arguments.of("/kb stats 7d", new Command.Stats(7, "7d"), null),
                Arguments.of("/kb statistiques 2 semaines", new Command.Stats(14, "2 semaines"), Language.FR),
                Arguments.of("/kb stats month", new Command.Stats(30, "month"), null),
                Arguments.of("/kb stats 30j", new Command.Stats(30, "30j"), null),
                Arguments.of("/kb endorse @julien CRM migration", new Command.Endorse("@julien", "CRM migration"),
                        Language.EN),
                Arguments.of("/kb recommande @julien « facturation »", new Command.Endorse("@julien", "facturation"),
                        Language.FR),
                Arguments.of("/kb recommande retire @julien CRM", new Command.Unendorse("@julien", "CRM"), Language.FR),
                Arguments.of("/kb unendorse <@U1|julien> CRM", new Command.Unendorse("<@U1|julien>", "CRM"), Language.EN),
                Arguments.of("/kb capture off", new Command.CaptureSwitch(false), null),
                Arguments.of("/kb collecte oui", new Command.CaptureSwitch(true), Language.FR),
                Arguments.of("/kb audit", new Command.Audit(10, 1, null, null), null),
                Arguments.of("/kb audit 5 page 3 @kim", new Command.Audit(5, 3, "@kim", null), null),
                Arguments.of("/kb journal #12", new Command.Audit(10, 1, null, 12L), Language.FR),
                Arguments.of("/kb role grant @julien km", new Command.RoleChange(true, "@julien", Role.KNOWLEDGE_MANAGER),
                        null),
                Arguments.of("/kb droits retire @julien administrateur",
                        new Command.RoleChange(false, "@julien", Role.ADMIN), Language.FR),
                Arguments.of("/kb forget @bob", new Command.Forget("@bob"), Language.EN),
                Arguments.of("/kb oublie bob@example.com", new Command.Forget("bob@example.com"), Language.FR));
    }

    @ParameterizedTest
    @MethodSource("desk")
    void readsEachDeskCommandAndItsFrenchAlias(String text, Command expected, Language language) {
        assertThat(parser.parse(text, false)).hasValueSatisfying(parsed -> {
            assertThat(parsed.command()).isEqualTo(expected);
            assertThat(parsed.language()).isEqualTo(Optional.ofNullable(language));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kb stats forever", "/kb stats 0d", "/kb stats 400d", "/kb endorse @julien",
            "/kb capture maybe", "/kb audit 0", "/kb audit 51", "/kb audit #x", "/kb audit @a @b",
            "/kb role grant @julien", "/kb role promote @julien km", "/kb role grant @julien boss", "/kb forget",
            "/kb forget Bob Martin"})
    void wrongArgumentsAreInvalid(String text) {
        assertThat(parser.parse(text, false)).hasValueSatisfying(
                parsed -> assertThat(parsed.command()).isInstanceOf(Command.Invalid.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"forget it", "forget about the meeting", "endorse this idea please"})
    void aSentenceToTheBotIsNoDeskCommand(String text) {
        assertThat(parser.parse(text, true)).isEmpty();
    }
}
