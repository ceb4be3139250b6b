package dev.passerelle.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.curation.Command.EditField;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewSyntaxTests {

    private final CommandParser parser = new CommandParser();

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("/kb pending", new Command.Pending(null, 1), Language.EN),
                Arguments.of("/kb pending 2", new Command.Pending(null, 2), Language.EN),
                Arguments.of("/kb pending faq", new Command.Pending(EntryKind.FAQ, 1), Language.EN),
                Arguments.of("/kb pending pain page 3", new Command.Pending(EntryKind.PAIN_POINT, 3), Language.EN),
                Arguments.of("/kb attente page 2 astuce", new Command.Pending(EntryKind.INSIGHT, 2), Language.FR),
                Arguments.of("/kb attente irritants", new Command.Pending(EntryKind.PAIN_POINT, 1), Language.FR),
                Arguments.of("/kb unverify #12", new Command.Unverify("#12"), Language.EN),
                Arguments.of("/kb dévalide 12", new Command.Unverify("12"), Language.FR),
                Arguments.of("/kb unarchive 12", new Command.Unarchive("12"), Language.EN),
                Arguments.of("/kb désarchiver 12", new Command.Unarchive("12"), Language.FR),
                Arguments.of("/kb reject 12", new Command.Reject("12", null), Language.EN),
                Arguments.of("/kb rejette 12 doublon de #7", new Command.Reject("12", "doublon de #7"), Language.FR),
                Arguments.of("/kb edit 12 answer In the drive", new Command.EditEntry("12", EditField.ANSWER,
                        "In the drive"), Language.EN),
                Arguments.of("/kb edit 12 title New", new Command.EditEntry("12", EditField.TITLE, "New"), Language.EN),
                Arguments.of("/kb modifie 12 réponse Dans le drive", new Command.EditEntry("12", EditField.ANSWER,
                        "Dans le drive"), Language.FR),
                Arguments.of("/kb modifie 12 question Où ?", new Command.EditEntry("12", EditField.TITLE, "Où ?"),
                        Language.FR),
                Arguments.of("/kb tag 12 #CRM, export", new Command.Tags("12", true, List.of("crm", "export")),
                        Language.EN),
                Arguments.of("/kb étiquette 12 crm", new Command.Tags("12", true, List.of("crm")), Language.FR),
                Arguments.of("/kb untag 12 crm", new Command.Tags("12", false, List.of("crm")), Language.EN),
                Arguments.of("/kb merge 12 into 7", new Command.Merge("12", "7"), Language.EN),
                Arguments.of("/kb merge #12 #7", new Command.Merge("#12", "#7"), Language.EN),
                Arguments.of("/kb fusionne 12 dans 7", new Command.Merge("12", "7"), Language.FR));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void readsEachReviewCommandAndTheLanguageItsWordGivesAway(String text, Command command, Language language) {
        var parsed = parser.parse(text, false).orElseThrow();

        assertThat(parsed.command()).isEqualTo(command);
        assertThat(parsed.language()).contains(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kb pending gizmo", "/kb pending page", "/kb edit 12", "/kb edit 12 colour red",
            "/kb edit twelve answer x", "/kb tag 12", "/kb merge 12", "/kb merge 12 into 7 and 8", "/kb reject",
            "/kb unverify 12 now", "/kb fusionne douze dans 7"})
    void malformedReviewCommandsAreInvalidWithTheirUsage(String text) {
        assertThat(parser.parse(text, false).orElseThrow().command()).isInstanceOf(Command.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"merge duplicate accounts in the CRM?", "edit my message please", "tag someone"})
    void sentencesAddressedToTheBotThatStartWithAReviewWordStayQuestions(String text) {
        assertThat(parser.parse(text, true)).isEmpty();
    }
}
