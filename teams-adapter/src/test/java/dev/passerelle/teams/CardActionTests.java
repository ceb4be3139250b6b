package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.AdaptiveCardInvokeAction;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.vocabulary.Language;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which button was pressed, on which entry, in which reply language, from an {@code Action.Execute} or an
 * {@code Action.Submit}; which reaction means what.
 */
class CardActionTests {

    @Test
    void anExecuteNamesItsActionByVerbAndItsEntryAndLanguageInData() {
        assertThat(CardAction.fromExecute(execute("verify", Map.of("entry", "12", "language", "fr"))))
                .contains(new CardAction(Action.VERIFY, 12, Language.FR));
    }

    @Test
    void anExecuteWithoutAVerbFallsBackToTheData() {
        assertThat(CardAction.fromExecute(execute(null, Map.of("action", "not_helpful", "entry", 7))))
                .contains(new CardAction(Action.NOT_HELPFUL, 7, null));
    }

    @Test
    void aSubmitNamesAllThreeInItsDataEvenAsAJsonTree() {
        var value = new ObjectMapper().createObjectNode().put("action", "helpful").put("entry", "#3")
                .put("language", "en");

        assertThat(CardAction.fromSubmit(value)).contains(new CardAction(Action.HELPFUL, 3, Language.EN));
    }

    @Test
    void aLanguagePasserelleDoesNotSpeakIsNoLanguage() {
        assertThat(CardAction.fromSubmit(Map.of("action", "archive", "entry", "5", "language", "de")))
                .contains(new CardAction(Action.ARCHIVE, 5, null));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(nullValues = "null", textBlock = """
            something.else,   12
            feedback.helpful, 12
            curation.verify,  12
            helpful,          null
            helpful,          twelve
            helpful,          1234567890123
            """)
    void anythingElseIsNoAction(String action, @Nullable String entry) {
        Map<String, Object> data = new java.util.HashMap<>();
        data.put("action", action);
        data.put("entry", entry);

        assertThat(CardAction.fromSubmit(data)).isEmpty();
        assertThat(CardAction.fromExecute(execute(action, data))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "null", textBlock = """
            like,            PLUS_ONE
            1f44d_thumbsup,  PLUS_ONE
            👍,              PLUS_ONE
            1f4a1_lightbulb, SAVE_INSIGHT
            2705_whiteheavycheckmark, CONFIRM_ANSWER
            heart,           null
            laugh,           null
            """)
    void reactionsMapToWhatTheyAsk(String type, Reaction.@Nullable Kind kind) {
        assertThat(ReactionHandler.kind(type)).isEqualTo(java.util.Optional.ofNullable(kind));
    }

    private static AdaptiveCardInvokeValue execute(@Nullable String verb, Object data) {
        AdaptiveCardInvokeAction action = new AdaptiveCardInvokeAction();
        action.setType("Action.Execute");
        action.setVerb(verb);
        action.setData(data);
        AdaptiveCardInvokeValue value = new AdaptiveCardInvokeValue();
        value.setAction(action);
        return value;
    }
}
